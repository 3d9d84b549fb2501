import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useReaderStore } from '../../../src/store/reader-store';
import { installFakeLayout, segmentHeight } from '../../helpers/fake-layout';
import { renderApp } from '../../helpers/render-app';
import { DEMO_ARTICLES, FIXTURE_ARTICLES, serveArticles } from '../../helpers/serve-articles';

const SEED = 'us-pulls-out-of-gaza-peace-talks';
const EN_TITLE = 'Trump officials explain why US pulled out of Gaza peace talks';
const UK_TITLE = 'Посадовці адміністрації Трампа пояснили, чому США вийшли з мирних переговорів щодо Гази';

let layout: ReturnType<typeof installFakeLayout>;
beforeEach(() => {
  layout = installFakeLayout();
});
afterEach(() => layout.restore());

const title = (name: string) => screen.findByRole('heading', { level: 1, name });
/**
 * After a switch the passages above the place are redrawn a frame later, and the place is held
 * through it to within a pixel (scrollToSegment corrects more than that): whether a check lands
 * before or after that frame depends on the test's timers.
 */
const expectNear = (top: number, expected: number) => expect(Math.abs(top - expected)).toBeLessThanOrEqual(1);
const switcher = () => screen.getByRole('navigation', { name: /read this article in|читати цю статтю/i });

test('the article shows its title, lead, date, reading time and segments in the URL language', async () => {
  serveArticles(DEMO_ARTICLES);
  renderApp(`/en/${SEED}`);
  await title(EN_TITLE);
  expect(screen.getByText(/Washington recalls its negotiators/)).toBeInTheDocument();
  expect(screen.getByText('Published July 25, 2025')).toBeInTheDocument();
  expect(screen.getByText(/minutes? to read$/)).toBeInTheDocument();
  expect(
    screen.getByRole('heading', { level: 2, name: 'Ceasefire negotiations in the Gaza Strip' }),
  ).toBeInTheDocument();
  expect(screen.getByRole('article')).toHaveAttribute('lang', 'en');
  await waitFor(() => expect(document.title).toBe(`${EN_TITLE} · Triptych`));
  expect(document.documentElement.lang).toBe('en');
});

test('switching language keeps the segment at the same place on screen', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/en/${SEED}`);
  await title(EN_TITLE);
  layout.scrollToSegment('pigott-no-details', 0.5);

  await user.click(within(switcher()).getByRole('link', { name: 'Українська' }));

  await title(UK_TITLE);
  const segment = document.querySelector('[data-segment-id="pigott-no-details"]');
  expect(segment).not.toBeNull();
  // Half of the Ukrainian segment (a different height from the English one) lies above the reading line.
  expectNear(layout.topOf('pigott-no-details'), -0.5 * segmentHeight(segment as Element));
  // The browser's history gets the URL once the switch is painted.
  await waitFor(() => expect(window.location.pathname).toBe(`/ua/${SEED}`));
  // The page's own language follows the painted switch.
  await waitFor(() => expect(document.documentElement.lang).toBe('uk'));
});

test('a reading line in the gap between two paragraphs keeps the next paragraph at the top', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/en/${SEED}`);
  await title(EN_TITLE);
  // The line 10 px above "hamas-surprised": in the margin below the paragraph before it.
  layout.scrollToSegment('hamas-surprised', 0, -10);

  await user.click(within(switcher()).getByRole('link', { name: 'Українська' }));

  await title(UK_TITLE);
  expectNear(layout.topOf('hamas-surprised'), 0);
});

test('Back after a switch returns to the previous language at the same place', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/en/${SEED}`);
  await title(EN_TITLE);
  layout.scrollToSegment('hamas-surprised');
  await user.click(within(switcher()).getByRole('link', { name: 'Русский' }));
  await screen.findByRole('heading', { level: 1, name: /Чиновники администрации Трампа/ });
  await waitFor(() => expect(window.location.pathname).toBe(`/ru/${SEED}`));
  window.history.back();

  await title(EN_TITLE);
  await waitFor(() => expect(window.location.pathname).toBe(`/en/${SEED}`));
  // Passages above the place are redrawn in English a frame later, and the place is held through it.
  await waitFor(() => expectNear(layout.topOf('hamas-surprised'), 0));
});

test('a language the article lacks is shown disabled with the reason, not hidden', async () => {
  serveArticles(FIXTURE_ARTICLES);
  renderApp('/en/two-languages');
  await title('Two languages');
  const nav = switcher();
  expect(within(nav).queryByRole('link', { name: /Русский/ })).toBeNull();
  const russian = within(nav).getByText('Русский').closest('[aria-disabled]');
  expect(russian).toHaveAttribute('aria-disabled', 'true');
  expect(russian).toHaveTextContent('not translated yet');
  expect(within(nav).getByRole('link', { name: 'Українська' })).toHaveAttribute('href', '/ua/two-languages');
  expect(within(nav).getByRole('link', { name: 'English', current: 'page' })).toBeInTheDocument();
});

test('a bundle that fails validation shows a translated error and the languages that work', async () => {
  serveArticles(FIXTURE_ARTICLES);
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  renderApp('/ru/broken-russian');
  await screen.findByRole('heading', { level: 1, name: 'Эту статью невозможно показать' });
  expect(within(screen.getByRole('main')).getByRole('link', { name: 'Українська' })).toHaveAttribute(
    'href',
    '/ua/broken-russian',
  );
  expect(consoleError).toHaveBeenCalledWith(
    '[articles] /articles/broken-russian/ru.json: segments[1].id: "part-1" is already the id of segments[0]; ids must be unique',
  );
});

test('a #segment-id link scrolls that segment to the top and marks it', async () => {
  serveArticles(DEMO_ARTICLES);
  renderApp(`/en/${SEED}#hamas-surprised`);
  await title(EN_TITLE);
  const segment = document.getElementById('hamas-surprised');
  expect(segment).toHaveAttribute('data-marked', 'true');
  expect(segment).toHaveTextContent(/^Linked passage: In a statement, Hamas/);
  expect(layout.topOf('hamas-surprised')).toBeCloseTo(0, 0);
  expect(document.querySelectorAll('[data-marked]')).toHaveLength(1);
});

test('j and k mark the passage they bring to the reading line as a link would, and the address follows', async () => {
  serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/en/${SEED}#hamas-surprised`);
  await title(EN_TITLE);
  const historyLength = window.history.length;
  const ids = [...document.querySelectorAll('[data-segment-id]')].map((segment) => segment.id);
  const next = ids[ids.indexOf('hamas-surprised') + 1]!;

  await user.keyboard('j');
  await waitFor(() => expect(document.getElementById(next)).toHaveAttribute('data-marked', 'true'));
  expect(document.getElementById(next)).toHaveTextContent(/^Linked passage: /);
  expect(document.querySelectorAll('[data-marked]')).toHaveLength(1);
  expect(document.getElementById(next)).toHaveFocus();
  expect(window.location.pathname + window.location.hash).toBe(`/en/${SEED}#${next}`);
  expect(layout.topOf(next)).toBeCloseTo(0, 0);

  await user.keyboard('k');
  await waitFor(() => expect(document.getElementById('hamas-surprised')).toHaveAttribute('data-marked', 'true'));
  expect(window.location.hash).toBe('#hamas-surprised');
  expect(document.querySelectorAll('[data-marked]')).toHaveLength(1);
  // Stepping through the text replaces the address: Back still leaves the article.
  expect(window.history.length).toBe(historyLength);
});

test('a saved position is restored when the article is opened again', async () => {
  serveArticles(DEMO_ARTICLES);
  useReaderStore.getState().savePosition(SEED, { segmentId: 'qatar-talks', offset: 0.25, progress: 0.6 });
  renderApp(`/ru/${SEED}`);
  await screen.findByRole('heading', { level: 1, name: /Чиновники администрации Трампа/ });
  const segment = document.querySelector('[data-segment-id="qatar-talks"]') as Element;
  expect(layout.topOf('qatar-talks')).toBeCloseTo(-0.25 * segmentHeight(segment), 0);
});

test('the position is saved while the reader scrolls, before any pagehide (a tab crash loses at most 250 ms)', async () => {
  serveArticles(DEMO_ARTICLES);
  renderApp(`/en/${SEED}`);
  await title(EN_TITLE);
  layout.scrollToSegment('bruce-framework');
  await waitFor(() => expect(useReaderStore.getState().positions[SEED]?.segmentId).toBe('bruce-framework'));
  expect(JSON.parse(localStorage.getItem('triptych-reader') ?? '{}').state.positions[SEED].segmentId).toBe(
    'bruce-framework',
  );
});

test('scrolling saves the position, language-independently, for the library and the next visit', async () => {
  serveArticles(DEMO_ARTICLES);
  renderApp(`/en/${SEED}`);
  await title(EN_TITLE);
  layout.scrollToSegment('commitment-not-in-question', 0.5);
  window.dispatchEvent(new Event('pagehide'));
  expect(useReaderStore.getState().positions[SEED]).toMatchObject({
    segmentId: 'commitment-not-in-question',
    offset: 0.5,
  });
  expect(useReaderStore.getState().positions[SEED]?.progress).toBeCloseTo((6 + 0.5) / 15, 2);
});

test('a position whose segment was removed falls back to the nearest earlier segment that survived', async () => {
  serveArticles(DEMO_ARTICLES);
  useReaderStore.getState().savePosition(SEED, {
    segmentId: 'removed-paragraph',
    offset: 0.3,
    progress: 0.9,
    previousIds: ['also-removed', 'hamas-surprised', 'pigott-no-details'],
  });
  renderApp(`/en/${SEED}`);
  await title(EN_TITLE);
  expect(layout.topOf('hamas-surprised')).toBeCloseTo(0, 0);
});

test('scrolling remembers the segments before the current one', async () => {
  serveArticles(DEMO_ARTICLES);
  renderApp(`/en/${SEED}`);
  await title(EN_TITLE);
  layout.scrollToSegment('hamas-surprised');
  window.dispatchEvent(new Event('pagehide'));
  expect(useReaderStore.getState().positions[SEED]?.previousIds).toEqual([
    'pigott-no-details',
    'witkoff-quote',
    'team-recalled',
    'talks-suspended',
  ]);
});

test('a position whose segment and its neighbours are gone falls back to the same point in the article', async () => {
  serveArticles(DEMO_ARTICLES);
  useReaderStore.getState().savePosition(SEED, { segmentId: 'removed-paragraph', offset: 0, progress: 0.6 });
  renderApp(`/en/${SEED}`);
  await title(EN_TITLE);
  // 60% of 15 segments: the tenth, "ap-no-breakthrough".
  expect(layout.topOf('ap-no-breakthrough')).toBeCloseTo(0, 0);
});

test('a failed request is retried with growing pauses, then shows a translated error; Try again loads it', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
  const bundle = `/articles/${SEED}/uk.json`;
  const network = serveArticles(DEMO_ARTICLES, { failing: [bundle] });
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  renderApp(`/ua/${SEED}`);
  await vi.advanceTimersByTimeAsync(300);
  expect(network.requests.filter((url) => url === bundle)).toHaveLength(1);
  await vi.advanceTimersByTimeAsync(600);
  expect(network.requests.filter((url) => url === bundle)).toHaveLength(2);
  await vi.advanceTimersByTimeAsync(2500);
  expect(network.requests.filter((url) => url === bundle)).toHaveLength(3);
  await screen.findByRole('heading', { level: 1, name: 'Не вдалося завантажити статтю' });
  network.heal();
  await user.click(screen.getByRole('button', { name: 'Спробувати ще раз' }));
  await title(UK_TITLE);
  vi.useRealTimers();
});

test('the reader is told when the network goes and comes back, and what failed meanwhile loads again', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
  const bundle = `/articles/${SEED}/en.json`;
  const network = serveArticles(DEMO_ARTICLES, { failing: [bundle] });
  renderApp(`/en/${SEED}`);
  await vi.advanceTimersByTimeAsync(3000);
  await screen.findByRole('heading', { level: 1, name: 'The article could not be loaded' });

  const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  window.dispatchEvent(new Event('offline'));
  expect(
    await screen.findByText('You are offline. This page stays open; other pages load when you are back online.'),
  ).toHaveAttribute('role', 'status');

  network.heal();
  onLine.mockReturnValue(true);
  window.dispatchEvent(new Event('online'));
  expect(await screen.findByText('You are back online.')).toBeInTheDocument();
  await title(EN_TITLE);
  await act(() => vi.advanceTimersByTimeAsync(6000));
  expect(screen.queryByText('You are back online.')).toBeNull();
  vi.useRealTimers();
});

test('an unknown article is a 404 in the URL language with a link to the library', async () => {
  serveArticles(DEMO_ARTICLES);
  renderApp('/ru/no-such-article');
  await screen.findByRole('heading', { level: 1, name: 'Страница не найдена' });
  expect(screen.getByRole('link', { name: 'В библиотеку' })).toHaveAttribute('href', '/ru/');
});

test('article text is rendered as text, never as markup', async () => {
  serveArticles(FIXTURE_ARTICLES);
  renderApp('/en/two-languages');
  await title('Two languages');
  expect(document.querySelector('article img, article script')).toBeNull();
});

test('with localStorage throwing on every call, the article works and the place is kept in memory', async () => {
  const fail = () => {
    throw new DOMException('denied', 'SecurityError');
  };
  vi.stubGlobal('localStorage', { getItem: fail, setItem: fail, removeItem: fail, clear: fail, key: fail, length: 0 });
  serveArticles(DEMO_ARTICLES);
  renderApp(`/en/${SEED}`);
  await title(EN_TITLE);
  layout.scrollToSegment('qatar-talks');
  window.dispatchEvent(new Event('pagehide'));
  expect(useReaderStore.getState().positions[SEED]?.segmentId).toBe('qatar-talks');
});

test('an idle tab does not stamp its old place over a newer one another tab saved for the same article', async () => {
  serveArticles(DEMO_ARTICLES);
  useReaderStore.getState().savePosition(SEED, { segmentId: 'witkoff-quote', offset: 0, progress: 0.2 }, 1000);
  renderApp(`/en/${SEED}`);
  await title(EN_TITLE);
  expect(layout.topOf('witkoff-quote')).toBeCloseTo(0, 0);
  // Another tab reads on and saves.
  useReaderStore
    .getState()
    .savePosition(SEED, { segmentId: 'bruce-framework', offset: 0, progress: 0.95 }, Date.now() + 1000);
  // This tab, not moved since, is hidden or reloaded.
  window.dispatchEvent(new Event('pagehide'));
  expect(useReaderStore.getState().positions[SEED]?.segmentId).toBe('bruce-framework');
});

test('Back saves the place at once, not at the next scroll save', async () => {
  serveArticles(DEMO_ARTICLES);
  window.history.replaceState(null, '', '/en/');
  window.history.pushState(null, '', `/en/${SEED}`);
  renderApp(`/en/${SEED}`);
  await title(EN_TITLE);
  layout.scrollToSegment('qatar-talks');
  window.dispatchEvent(new Event('scroll'));
  window.history.back();
  await waitFor(() => expect(useReaderStore.getState().positions[SEED]?.segmentId).toBe('qatar-talks'));
});

test('an unknown article names its tab "Page not found", not "not available"', async () => {
  serveArticles(DEMO_ARTICLES);
  renderApp('/en/no-such-article');
  await screen.findByRole('heading', { level: 1, name: 'Page not found' });
  await waitFor(() => expect(document.title).toBe('Page not found · Triptych'));
});
