import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { afterAll, beforeEach, expect, test, vi } from 'vitest';
import { BLOCK, WINDOW_FROM } from '../../../src/features/parallel/ParallelRows';
import { generateLibrary } from '../../../scripts/generate';
import { renderApp } from '../../helpers/render-app';
import { serveArticles } from '../../helpers/serve-articles';

// One generated article, long enough to be windowed, in all three languages (article 0 has them all).
const SEGMENTS = 450;
const dir = mkdtempSync(join(tmpdir(), 'triptych-window-'));
generateLibrary(dir, { articles: 1, segments: SEGMENTS, seed: 2 });
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const URL = '/en/generated-1?compare=ua,ru';

/** jsdom has no IntersectionObserver: this one reports what the test says is near the screen. */
const observers: FakeObserver[] = [];
class FakeObserver {
  targets = new Set<Element>();
  constructor(readonly callback: IntersectionObserverCallback) {
    observers.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  takeRecords() {
    return [];
  }
}

/** Tells the view that exactly these blocks are near the screen, the first on it, and lets it catch up. */
async function nearTheScreen(blocks: number[]) {
  await act(async () => {
    for (const observer of observers) {
      const entries = [...observer.targets].map((target) => {
        const index = blocks.indexOf(Number((target as HTMLElement).dataset.block));
        const top = index * 1000;
        return {
          target,
          isIntersecting: index >= 0,
          boundingClientRect: { top, bottom: top + 900 },
        } as unknown as IntersectionObserverEntry;
      });
      observer.callback(entries, observer as unknown as IntersectionObserver);
    }
    // One block a frame: give it the frames.
    for (let frame = 0; frame <= blocks.length + 2; frame++) await new Promise((done) => requestAnimationFrame(done));
  });
}

/** Opens the view and waits until every passage is on the page (rows are added a chunk at a time). */
async function openLongView(url = URL) {
  renderApp(url);
  await screen.findByRole('heading', { level: 1 });
  await waitFor(() => expect(document.querySelectorAll('.parallel-rows [data-segment-id]')).toHaveLength(SEGMENTS));
}

const shownRows = () => screen.queryAllByRole('group', { name: /^Passage \d+ of/ }).map((row) => row.id);
const spacer = (id: string) => document.querySelector<HTMLElement>(`.parallel-spacer[data-segment-id="${id}"]`);
const idsOfBlock = (block: number) => Array.from({ length: BLOCK }, (_, i) => `s${block * BLOCK + i + 1}`);

beforeEach(() => {
  observers.length = 0;
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  serveArticles(dir);
});

test('a long parallel view holds only the rows near the screen; every other passage keeps its place as a spacer', async () => {
  expect(SEGMENTS).toBeGreaterThan(WINDOW_FROM);
  // Every passage is on the page, as itself or as a spacer with a height, so positions and links find it.
  await openLongView();
  expect(document.querySelector('.parallel-rows')).toHaveAttribute('data-windowed', 'true');
  expect(shownRows()).toEqual([...idsOfBlock(0), ...idsOfBlock(1)]);
  const far = spacer('s300');
  expect(far).not.toBeNull();
  expect(Number.parseFloat(far?.style.height ?? '')).toBeGreaterThan(21);

  await nearTheScreen([40, 41, 42]);
  expect(shownRows()).toEqual([...idsOfBlock(0), ...idsOfBlock(40), ...idsOfBlock(41), ...idsOfBlock(42)]);
  // Block 0 stays: its first row is the one Tab reaches. Block 1 has left.
  expect(spacer(`s${BLOCK + 1}`)).not.toBeNull();
  expect(screen.getByRole('group', { name: `Passage ${40 * BLOCK + 1} of 450` })).toHaveTextContent(/\S/);
});

test('the marked passage stays on the page when the screen moves far from it', async () => {
  const user = userEvent.setup();
  await openLongView();
  await nearTheScreen([60]);
  const marked = 60 * BLOCK + 1;
  const row = screen.getByRole('group', { name: `Passage ${marked} of 450` });
  await user.click(row);
  expect(row).toHaveAttribute('aria-current', 'location');

  await nearTheScreen([10]);
  expect(shownRows()).toEqual(expect.arrayContaining([`s${marked}`, ...idsOfBlock(10)]));
  expect(screen.getByRole('group', { name: `Passage ${marked} of 450` })).toHaveAttribute('aria-current', 'location');
});

test('a link to a passage deep in a long article shows that passage at once', async () => {
  renderApp(`${URL}#s377`);
  const row = await screen.findByRole('group', { name: 'Passage 377 of 450' });
  expect(row.id).toBe('s377');
  expect(row.querySelectorAll('.parallel-cell')).toHaveLength(3);
});

test('an article up to the windowing size keeps every row on the page', async () => {
  const short = mkdtempSync(join(tmpdir(), 'triptych-window-'));
  try {
    generateLibrary(short, { articles: 1, segments: 60, seed: 2 });
    serveArticles(short);
    renderApp(URL);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(shownRows()).toHaveLength(60));
    expect(document.querySelector('.parallel-spacer')).toBeNull();
    expect(document.querySelector('.parallel-rows')).not.toHaveAttribute('data-windowed');
  } finally {
    rmSync(short, { recursive: true, force: true });
  }
});
