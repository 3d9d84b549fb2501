import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeEach, expect, test } from 'vitest';
import { generateLibrary } from '../../../scripts/generate';
import type { Bundle } from '../../../src/articles/schema';
import { installFakeLayout } from '../../helpers/fake-layout';
import { renderApp } from '../../helpers/render-app';
import { serveArticles } from '../../helpers/serve-articles';

// A 60-passage article in all three languages, as the benchmark switches.
const dir = mkdtempSync(join(tmpdir(), 'triptych-switch-'));
generateLibrary(dir, { articles: 1, segments: 60, seed: 4 });
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const read = (lang: string) => JSON.parse(readFileSync(join(dir, 'generated-1', `${lang}.json`), 'utf8')) as Bundle;
const [en, ru] = [read('en'), read('ru')];
const textOf = (bundle: Bundle, id: string) => bundle.segments.find((segment) => segment.id === id)?.text;
const passage = (id: string) => document.querySelector<HTMLElement>(`[data-segment-id="${id}"]`);

let layout: ReturnType<typeof installFakeLayout>;
beforeEach(() => {
  layout = installFakeLayout();
  serveArticles(dir);
});
afterEach(() => layout.restore());

/**
 * Opens the article in `from` with the passage `at` (if any) at the reading line, and hovers the link to
 * the other language, so that it is fetched ahead, as after idle prefetch: the switch is then one render.
 * The user clicks with no pause between the click's events, so a test looks before the next frame.
 */
async function readyToSwitch(from: 'en' | 'ru', at: string | null) {
  const user = userEvent.setup({ delay: null });
  renderApp(`/${from}/generated-1`);
  await screen.findByRole('heading', { level: 1, name: (from === 'en' ? en : ru).title });
  if (at) layout.scrollToSegment(at);
  const switcher = screen.getByRole('navigation', {
    name: from === 'en' ? /read this article in/i : /читать эту статью/i,
  });
  const link = within(switcher).getByRole('link', { name: from === 'en' ? 'Русский' : 'English' });
  await user.hover(link);
  return { click: () => user.click(link) };
}

test.each([
  ['en', 'ru'],
  ['ru', 'en'],
] as const)(
  'a switch from %s to %s shows the whole article in the new language with the reader’s place where it was',
  async (from, to) => {
    const after = from === 'en' ? ru : en;
    const { click } = await readyToSwitch(from, 's20');
    await click();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(after.title));
    // The new text is drawn whole, in one commit: no passage is left in the old language.
    expect(screen.getByRole('article')).toHaveAttribute('lang', to);
    for (const segment of after.segments) expect(passage(segment.id)).toHaveTextContent(segment.text);
    expect(document.querySelectorAll('[data-segment-id]')).toHaveLength(after.segments.length);
    expect(layout.topOf('s20')).toBe(0);
    await waitFor(() => expect(document.documentElement.lang).toBe(to));
  },
);

test('a passage only one language has comes or goes above the place, and the place stays where it was', async () => {
  // English has s22 and Russian does not.
  expect(textOf(ru, 's22')).toBeUndefined();
  const { click } = await readyToSwitch('en', 's30');
  await click();
  await waitFor(() => expect(passage('s22')).toBeNull());
  expect(passage('s30')).toHaveTextContent(textOf(ru, 's30') ?? '');
  expect(layout.topOf('s30')).toBe(0);

  const english = within(screen.getByRole('navigation', { name: /читать эту статью/i })).getByRole('link', {
    name: 'English',
  });
  await userEvent.setup({ delay: null }).click(english);
  await waitFor(() => expect(passage('s22')).toHaveTextContent(textOf(en, 's22') ?? ''));
  expect(layout.topOf('s30')).toBe(0);
});

test('until the new language is here, the old text stays on screen, not an empty page', async () => {
  const { click } = await readyToSwitch('en', 's20');
  await click();
  // Whatever the moment, the page shows one whole language: the old until the new is ready.
  const h1 = screen.getByRole('heading', { level: 1 }).textContent;
  expect([en.title, ru.title]).toContain(h1);
  expect(document.querySelectorAll('[data-segment-id]').length).toBeGreaterThan(50);
  await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(ru.title));
});
