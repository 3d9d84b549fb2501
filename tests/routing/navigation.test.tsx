import { act, render, screen } from '@testing-library/react';
import { Suspense, use } from 'react';
import { expect, test, vi } from 'vitest';
import { navigate, useLocation } from '../../src/routing/navigation';

/** What the app shows: the location as React state. */
function Where({ wait }: { wait?: (url: string) => Promise<unknown> | null }) {
  const { location, pending } = useLocation(window.location.pathname + window.location.search);
  const url = location.pathname + location.search;
  return (
    <>
      <Page url={url} wait={wait?.(url) ?? null} />
      <p data-testid="pending">{String(pending)}</p>
    </>
  );
}
function Page({ url, wait }: { url: string; wait: Promise<unknown> | null }) {
  if (wait) use(wait);
  return <p data-testid="where">{url}</p>;
}
const pendingShown = () => screen.getByTestId('pending').textContent;
const shown = () => screen.getByTestId('where').textContent;
const browserUrl = () => window.location.pathname + window.location.search;

test('a navigation makes a history entry and shows the new URL', async () => {
  window.history.replaceState(null, '', '/en/');
  render(<Where />);
  const push = vi.spyOn(window.history, 'pushState');
  await act(() => navigate('/en/story'));
  expect(push).toHaveBeenCalledTimes(1);
  expect(browserUrl()).toBe('/en/story');
  expect(shown()).toBe('/en/story');
});

test('replace changes the entry instead of adding one, and navigating to where one is adds nothing', async () => {
  window.history.replaceState(null, '', '/en/story');
  const entries = window.history.length;
  render(<Where />);
  await act(() => navigate('/en/story?compare=ua', { replace: true }));
  await act(() => navigate('/en/story?compare=ua'));
  expect(shown()).toBe('/en/story?compare=ua');
  expect(window.history.length).toBe(entries);
});

test('the page on screen stays until the next one is ready (a transition), then the next is shown', async () => {
  window.history.replaceState(null, '', '/en/story');
  let arrive = () => {};
  const strings = new Promise<void>((resolve) => (arrive = resolve));
  render(
    <Suspense fallback={<p data-testid="where">loading</p>}>
      <Where wait={(url) => (url.startsWith('/ru/') ? strings : null)} />
    </Suspense>,
  );
  expect(shown()).toBe('/en/story');
  await act(() => navigate('/ru/story'));
  expect(shown()).toBe('/en/story');
  expect(pendingShown()).toBe('true');
  await act(async () => {
    arrive();
    await strings;
  });
  expect(shown()).toBe('/ru/story');
  expect(pendingShown()).toBe('false');
});

test('Back shows the page it returns to', async () => {
  window.history.replaceState(null, '', '/en/');
  render(<Where />);
  await act(() => navigate('/en/story'));
  await act(async () => {
    window.history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  });
  expect(shown()).toBe('/en/');
});
