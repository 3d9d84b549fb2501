import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { renderApp } from '../../helpers/render-app';
import { DEMO_ARTICLES, serveArticles } from '../../helpers/serve-articles';

const SEED = 'us-pulls-out-of-gaza-peace-talks';
const EN_TITLE = 'Trump officials explain why US pulled out of Gaza peace talks';
const bundle = (lang: string) => `/articles/${SEED}/${lang}.json`;

beforeEach(() => {
  // The browser is idle as soon as it is asked.
  vi.stubGlobal('requestIdleCallback', (task: () => void) => window.setTimeout(task, 0));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => window.clearTimeout(handle));
});

function saveData(on: boolean) {
  Object.defineProperty(navigator, 'connection', { value: { saveData: on }, configurable: true });
}

test('when the browser is idle, the article’s other languages are fetched ahead of a switch', async () => {
  saveData(false);
  const { requests } = serveArticles(DEMO_ARTICLES);
  renderApp(`/en/${SEED}`);
  await screen.findByRole('heading', { level: 1, name: EN_TITLE });
  await waitFor(() => expect(requests).toEqual(expect.arrayContaining([bundle('uk'), bundle('ru')])));
});

/** The hidden samples of text the page lays out ahead of a switch (warm-text.ts), and which of them it took away. */
function watchSamples() {
  const samples: HTMLElement[] = [];
  const removed = new Set<Node>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof HTMLElement && node.classList.contains('text-warmup')) samples.push(node);
      }
      for (const node of record.removedNodes) removed.add(node);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return { samples, removed, stop: () => observer.disconnect() };
}

test('once the other languages are fetched and the browser is idle, their text is laid out unseen, once', async () => {
  saveData(false);
  serveArticles(DEMO_ARTICLES);
  const { samples, removed, stop } = watchSamples();
  renderApp(`/en/${SEED}`);
  await screen.findByRole('heading', { level: 1, name: EN_TITLE });
  await waitFor(() => expect(samples.map((sample) => sample.lang).sort()).toEqual(['ru', 'uk']));
  const titleOf = (lang: string) => samples.find((sample) => sample.lang === lang)?.querySelector('h1')?.textContent;
  expect(titleOf('uk')).toBe('Посадовці адміністрації Трампа пояснили, чому США вийшли з мирних переговорів щодо Гази');
  expect(titleOf('ru')).toBe(
    'Чиновники администрации Трампа объяснили, почему США вышли из мирных переговоров по Газе',
  );
  // Hovering a language prepares it again, which finds it done.
  await userEvent.setup().hover(screen.getByRole('link', { name: /Русский/ }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  stop();
  expect(samples).toHaveLength(2);
  expect(samples.every((sample) => removed.has(sample))).toBe(true);
  expect(document.querySelector('.text-warmup')).toBeNull();
});

test('a reader who saves data gets no idle prefetch, but hovering a language still fetches that one', async () => {
  saveData(true);
  const { requests } = serveArticles(DEMO_ARTICLES);
  const user = userEvent.setup();
  renderApp(`/en/${SEED}`);
  await screen.findByRole('heading', { level: 1, name: EN_TITLE });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(requests).not.toContain(bundle('uk'));
  expect(requests).not.toContain(bundle('ru'));
  await user.hover(screen.getByRole('link', { name: /Русский/ }));
  await waitFor(() => expect(requests).toContain(bundle('ru')));
  expect(requests).not.toContain(bundle('uk'));
});

test('hovering a language also lays its text out unseen, for a reader who saves data too', async () => {
  saveData(true);
  serveArticles(DEMO_ARTICLES);
  const { samples, removed, stop } = watchSamples();
  renderApp(`/en/${SEED}`);
  await screen.findByRole('heading', { level: 1, name: EN_TITLE });
  await userEvent.setup().hover(screen.getByRole('link', { name: /Русский/ }));
  await waitFor(() => expect(samples.map((sample) => sample.lang)).toEqual(['ru']));
  stop();
  expect(removed.has(samples[0]!)).toBe(true);
});
