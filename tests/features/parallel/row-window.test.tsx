import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { afterAll, beforeEach, expect, test, vi } from 'vitest';
import { BLOCK, GROUP, WINDOW_FROM } from '../../../src/features/parallel/ParallelRows';
import { generateLibrary } from '../../../scripts/generate';
import { renderApp } from '../../helpers/render-app';
import { serveArticles } from '../../helpers/serve-articles';

// One generated article, long enough to be windowed, in all three languages (article 0 has them all).
const SEGMENTS = 450;
const dir = mkdtempSync(join(tmpdir(), 'triptych-window-'));
generateLibrary(dir, { articles: 1, segments: SEGMENTS, seed: 2 });
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const URL = '/en/generated-1?compare=ua,ru';

/**
 * jsdom lays nothing out and has no IntersectionObserver. Here each block is
 * BLOCK_PX tall, the screen's top is at a block's top, and this observer
 * reports what the real one would with the view's margin of one screen:
 * the blocks it observes that are within a screen of the screen.
 */
const BLOCK_PX = 1000;
let screenTop = 0;
const blockRect = (element: HTMLElement) => {
  const top = Number(element.dataset.block) * BLOCK_PX - screenTop;
  return { top, bottom: top + BLOCK_PX - 100 };
};
const observers: FakeObserver[] = [];
class FakeObserver {
  targets = new Set<HTMLElement>();
  /** Targets the browser would report on next: each new one, once. */
  fresh = new Set<HTMLElement>();
  constructor(readonly callback: IntersectionObserverCallback) {
    observers.push(this);
  }
  observe(target: HTMLElement) {
    if (!this.targets.has(target)) this.fresh.add(target);
    this.targets.add(target);
  }
  unobserve(target: HTMLElement) {
    this.targets.delete(target);
    this.fresh.delete(target);
  }
  disconnect() {
    this.targets.clear();
    this.fresh.clear();
  }
  takeRecords() {
    return [];
  }
  /** Reports every target (as after a scroll), or only those observed since the last report. */
  report(all: boolean) {
    const targets = all ? [...this.targets] : [...this.fresh];
    this.fresh.clear();
    if (targets.length === 0) return false;
    const entries = targets.map((target) => {
      const rect = blockRect(target);
      return {
        target,
        isIntersecting: rect.top < 2 * window.innerHeight && rect.bottom > -window.innerHeight,
        boundingClientRect: rect,
      } as unknown as IntersectionObserverEntry;
    });
    this.callback(entries, this as unknown as IntersectionObserver);
    return true;
  }
}

/** Puts the top of the screen at this block's top (the blocks either side are then near it) and lets the view catch up. */
async function screenAt(block: number) {
  screenTop = block * BLOCK_PX;
  await act(async () => {
    for (const observer of observers) observer.report(true);
    // Blocks newly observed are reported once, as the browser does.
    for (let round = 0; round < 5 && observers.some((observer) => observer.report(false)); round++);
    // One block a frame: give it the frames.
    for (let frame = 0; frame < 8; frame++) await new Promise((done) => requestAnimationFrame(done));
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
  screenTop = 0;
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  const original = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    if (this.dataset.block === undefined) return original.call(this);
    const { top, bottom } = blockRect(this);
    return new DOMRect(0, top, 1000, bottom - top);
  });
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

  await screenAt(41);
  expect(shownRows()).toEqual([...idsOfBlock(0), ...idsOfBlock(40), ...idsOfBlock(41), ...idsOfBlock(42)]);
  // Block 0 stays: its first row is the one Tab reaches. Block 1 has left.
  expect(spacer(`s${BLOCK + 1}`)).not.toBeNull();
  expect(screen.getByRole('group', { name: `Passage ${40 * BLOCK + 1} of 450` })).toHaveTextContent(/\S/);
});

test('a passage coming on the page and leaving it keeps its element: only its contents change', async () => {
  await openLongView();
  const id = `s${41 * BLOCK + 1}`;
  const element = spacer(id);
  expect(element).not.toBeNull();
  await screenAt(41);
  expect(element).toHaveClass('parallel-row');
  expect(element?.style.height).toBe('');
  expect(element?.querySelectorAll('.parallel-cell')).toHaveLength(3);
  await screenAt(100);
  expect(element).toHaveClass('parallel-spacer');
  expect(element).toBeEmptyDOMElement();
  expect(element).not.toHaveAttribute('role');
  expect(document.getElementById(id)).toBe(element);
});

test('the list holds its blocks in order in groups, so a block that changes height is laid out again with its group only', async () => {
  await openLongView();
  const groups = [...(document.querySelector('.parallel-rows')?.children ?? [])];
  const blocks = Math.ceil(SEGMENTS / BLOCK);
  expect(blocks).toBeGreaterThan(2 * GROUP);
  expect(groups).toHaveLength(Math.ceil(blocks / GROUP));
  for (const group of groups) {
    expect(group).toHaveClass('parallel-group');
    expect(group.children.length).toBeLessThanOrEqual(GROUP);
  }
  const order = groups.flatMap((group) =>
    [...group.children].map((block) => Number((block as HTMLElement).dataset.block)),
  );
  expect(order).toEqual(Array.from({ length: blocks }, (_, i) => i));
});

test('only the blocks around the screen are watched, and a jump anywhere still brings its rows', async () => {
  await openLongView();
  const watched = () =>
    observers.flatMap((observer) => [...observer.targets]).map((block) => Number(block.dataset.block));
  const blocks = SEGMENTS / BLOCK;
  expect(watched().length).toBeLessThan(blocks / 2);

  // Far past every watched block: found by where the blocks are, then watched around there.
  await screenAt(100);
  expect(shownRows()).toEqual(expect.arrayContaining([...idsOfBlock(99), ...idsOfBlock(100), ...idsOfBlock(101)]));
  expect(watched()).toContain(100);
  expect(watched().length).toBeLessThan(blocks / 2);

  await screenAt(3);
  expect(shownRows()).toEqual(expect.arrayContaining([...idsOfBlock(2), ...idsOfBlock(3), ...idsOfBlock(4)]));
  expect(shownRows()).not.toContain(`s${100 * BLOCK + 1}`);
});

test('the marked passage stays on the page when the screen moves far from it', async () => {
  const user = userEvent.setup();
  await openLongView();
  await screenAt(60);
  const marked = 60 * BLOCK + 1;
  const row = screen.getByRole('group', { name: `Passage ${marked} of 450` });
  await user.click(row);
  expect(row).toHaveAttribute('aria-current', 'location');

  await screenAt(10);
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
