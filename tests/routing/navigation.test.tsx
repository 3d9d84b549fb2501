import { act, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { navigate, setNavigationGuard, useLocation } from '../../src/routing/navigation';

afterEach(() => setNavigationGuard(null));

/** What the app shows: the location as React state. */
function Where() {
  const { pathname, search } = useLocation();
  return <p data-testid="where">{pathname + search}</p>;
}
const shown = () => screen.getByTestId('where').textContent;
const browserUrl = () => window.location.pathname + window.location.search;
const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

test('a navigation waits for what its guard asks for, then shows the URL', async () => {
  let arrive = () => {};
  const strings = new Promise<void>((resolve) => (arrive = resolve));
  setNavigationGuard((to) => (to.startsWith('/ru/') ? strings : null));
  render(<Where />);
  act(() => navigate('/en/story'));
  expect(shown()).toBe('/en/story');
  act(() => navigate('/ru/story'));
  expect(shown()).toBe('/en/story');
  arrive();
  await act(() => strings);
  expect(shown()).toBe('/ru/story');
});

test('a guard that fails still lets the reader through', async () => {
  const failed = Promise.reject(new Error('offline'));
  setNavigationGuard(() => failed);
  render(<Where />);
  act(() => navigate('/uk/story'));
  await act(() => failed.catch(() => undefined));
  expect(shown()).toBe('/uk/story');
});

test('the page changes at once; the browser’s history gets the entry once that frame is painted', async () => {
  render(<Where />);
  const push = vi.spyOn(window.history, 'pushState');
  act(() => navigate('/en/story'));
  expect(shown()).toBe('/en/story');
  expect(push).not.toHaveBeenCalled();
  await painted();
  expect(push).toHaveBeenCalledTimes(1);
  expect(browserUrl()).toBe('/en/story');
  expect(shown()).toBe('/en/story');
});

test('two navigations in one frame leave the history as if made one after the other', async () => {
  window.history.replaceState(null, '', '/start');
  const entries = window.history.length;
  render(<Where />);
  act(() => {
    navigate('/en/story');
    navigate('/en/story?compare=ua', { replace: true });
  });
  expect(shown()).toBe('/en/story?compare=ua');
  await painted();
  expect(browserUrl()).toBe('/en/story?compare=ua');
  expect(window.history.length).toBe(entries + 1);
});

test('Back before the entry was made leaves the history alone and shows where the browser went', async () => {
  window.history.replaceState(null, '', '/en/');
  render(<Where />);
  const push = vi.spyOn(window.history, 'pushState');
  act(() => navigate('/en/story'));
  act(() => void window.dispatchEvent(new PopStateEvent('popstate')));
  expect(shown()).toBe('/en/');
  await painted();
  expect(push).not.toHaveBeenCalled();
  expect(browserUrl()).toBe('/en/');
});

test('in a hidden tab, which paints no frames, the entry is made at once', () => {
  vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
  navigate('/ru/story');
  expect(browserUrl()).toBe('/ru/story');
});
