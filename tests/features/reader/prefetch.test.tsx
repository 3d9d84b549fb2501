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
