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

/** The passages from `place` on that begin above the bottom of the window, as the page is laid out now. */
function beginningOnScreen(place: string): string[] {
  const ids = [...document.querySelectorAll<HTMLElement>('[data-segment-id]')].map((element) => element.id);
  return ids
    .slice(ids.indexOf(place))
    .filter((id) => (passage(id)?.getBoundingClientRect().top ?? Infinity) < window.innerHeight);
}

test.each([
  ['en', 'ru'],
  ['ru', 'en'],
] as const)(
  'a switch from %s to %s shows the reader’s place in the new language at once, and the rest of the article a frame later',
  async (from, to) => {
    const [before, after] = from === 'en' ? [en, ru] : [ru, en];
    const { click } = await readyToSwitch(from, 's20');

    await click();
    // At once: the new title, and every passage from the reading line to the bottom of the screen
    // as the new text lays them out (however much taller or shorter it is), each marked as new…
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(after.title);
    expect(screen.getByRole('heading', { level: 1 }).closest('[lang]')).toHaveAttribute('lang', to);
    const onScreen = beginningOnScreen('s20');
    expect(onScreen.length).toBeGreaterThan(2);
    for (const id of onScreen) {
      expect(passage(id)).toHaveTextContent(textOf(after, id) ?? '');
      expect(passage(id)).toHaveAttribute('lang', to);
    }
    expect(layout.topOf('s20')).toBe(0);
    // …while those a screen and a half down and further are still the old text, marked as such, for a frame.
    const far = before.segments
      .map((segment) => segment.id)
      .filter((id) => (passage(id)?.getBoundingClientRect().top ?? 0) > window.innerHeight * 1.5);
    expect(far.length).toBeGreaterThan(10);
    for (const id of far) {
      expect(passage(id)).toHaveTextContent(textOf(before, id) ?? '');
      expect(passage(id)).toHaveAttribute('lang', from);
    }
    // The page's and the article's `lang` follow with them: changed at once, they would restyle every passage.
    expect(document.documentElement.lang).toBe(from);
    expect(screen.getByRole('article')).toHaveAttribute('lang', from);

    await waitFor(() => expect(passage('s50')).toHaveAttribute('lang', to));
    await waitFor(() => expect(document.documentElement.lang).toBe(to));
    expect(screen.getByRole('article')).toHaveAttribute('lang', to);
    for (const segment of after.segments) {
      expect(passage(segment.id)).toHaveTextContent(segment.text);
      expect(passage(segment.id)).toHaveAttribute('lang', to);
    }
    expect(document.querySelectorAll('[data-segment-id]')).toHaveLength(after.segments.length);
    // The passages above changed height too; the place is corrected over the next frames.
    await waitFor(() => expect(layout.topOf('s20')).toBe(0));
  },
);

test('nothing above the reader’s place changes size in the switch’s first frame, so the page does not scroll', async () => {
  // English has s22 and Russian does not: switching from Russian, s22 is new, above the place.
  expect(textOf(ru, 's22')).toBeUndefined();
  expect(ru.lead && en.lead).toBeTruthy();
  const { click } = await readyToSwitch('ru', 's30');
  const header = screen.getByRole('article').querySelector('header');
  const heightBefore = header?.getBoundingClientRect().height;
  const scrolledBefore = window.scrollY;
  let scrolls = 0;
  const count = () => (scrolls += 1);
  window.addEventListener('scroll', count);

  await click();
  // At once: the new title in a header that keeps its height and, out of sight, the rest of its old
  // text, and no passage added above the place…
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.title);
  expect(screen.getByRole('heading', { level: 1 }).closest('[lang]')).toHaveAttribute('lang', 'en');
  expect(header?.style.height).toBe(`${heightBefore}px`);
  expect(header?.querySelector('.article__lead')).toHaveTextContent(ru.lead ?? '');
  expect(header).toHaveAttribute('lang', 'ru');
  expect(passage('s22')).toBeNull();
  expect(passage('s30')).toHaveTextContent(textOf(en, 's30') ?? '');
  // …so the place is where it was without a scroll.
  expect(layout.topOf('s30')).toBe(0);
  expect(window.scrollY).toBe(scrolledBefore);
  expect(scrolls).toBe(0);
  window.removeEventListener('scroll', count);

  // A frame later, the passage English adds and the header's own height, and the place held through them.
  await waitFor(() => expect(passage('s22')).toHaveTextContent(textOf(en, 's22') ?? ''));
  expect(header?.style.height).toBe('');
  expect(header?.querySelector('.article__lead')).toHaveTextContent(en.lead ?? '');
  expect(header).toHaveAttribute('lang', 'en');
  expect(screen.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang');
  await waitFor(() => expect(layout.topOf('s30')).toBe(0));
});

test('a header still on screen takes its new height at once', async () => {
  const { click } = await readyToSwitch('en', null);
  await click();
  const header = screen.getByRole('article').querySelector('header');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(ru.title);
  expect(header?.style.height).toBe('');
  expect(header?.querySelector('.article__lead')).toHaveTextContent(ru.lead ?? '');
  expect(header).toHaveAttribute('lang', 'ru');
});

test('a passage only the old language had stays above the place for the switch’s first frame', async () => {
  // Switching from English, s22 is one Russian lacks, above the place.
  const { click } = await readyToSwitch('en', 's30');
  const scrolledBefore = window.scrollY;

  await click();
  expect(passage('s30')).toHaveTextContent(textOf(ru, 's30') ?? '');
  expect(passage('s22')).toHaveTextContent(textOf(en, 's22') ?? '');
  expect(passage('s22')).toHaveAttribute('lang', 'en');
  expect(layout.topOf('s30')).toBe(0);
  expect(window.scrollY).toBe(scrolledBefore);

  await waitFor(() => expect(passage('s22')).toBeNull());
  await waitFor(() => expect(layout.topOf('s30')).toBe(0));
});
