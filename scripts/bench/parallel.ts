/** Measure 4: entering the parallel view of a long article with `c`, then a steady scroll through all of it. */
import type { Browser, Page } from '@playwright/test';
import { benchContext, openTab, settle, VIEWPORT, waitForHydration } from './browser.ts';

/** The whole page scrolls in about this long at 60 frames a second (longer if frames are dropped). */
const SCROLL_SECONDS = 9;
const FRAME_RATE = 60;

export interface ParallelRun {
  /** From the `c` keydown to the first rAF callback that finds rows in the DOM. */
  firstRowsMs: number;
  /** The same to that callback's rAF timestamp. */
  firstRowsFrameMs: number;
  /** Columns `c` opened (the reader's language and its fallback). */
  firstColumns: number;
  /** Columns while scrolling (a third added with the column control). */
  scrollColumns: number;
  rows: number;
  longestTaskMs: number;
  tasksOver50: number;
  scroll: { ms: number; frames: number; pxPerFrame: number; heightBefore: number; heightAfter: number };
}

interface FirstRows {
  key: number | null;
  done: number | null;
  doneFrame: number | null;
}

/** In the page: the keydown time, and the first frame with a parallel row in the DOM. */
function watchFirstRows(): void {
  const state: FirstRows = { key: null, done: null, doneFrame: null };
  (window as unknown as { __benchRows: FirstRows }).__benchRows = state;
  window.addEventListener(
    'keydown',
    () => {
      const key = performance.now();
      state.key = key;
      // As in the switch: the time the rAF callback runs, since its timestamp can precede the keydown.
      const loop = (frame: number) => {
        const now = performance.now();
        if (document.querySelector('.parallel-row')) {
          state.done = now;
          state.doneFrame = frame;
        } else if (now - key < 20_000) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    { capture: true, once: true },
  );
}

/**
 * Waits until the view of `columns` columns holds all its rows (a long view
 * puts only those near the screen on the page, and its list says how many it
 * has), with rows on the page, and nothing is loading.
 */
async function waitForAllRows(page: Page, rows: number, columns: number): Promise<void> {
  await page.waitForFunction(
    ([count, cells]) => {
      const list = document.querySelector(`.parallel-rows--${cells}`);
      return (
        list?.getAttribute('data-segment-count') === String(count) &&
        list.querySelector('.parallel-row')?.querySelectorAll('.parallel-cell').length === cells &&
        document.querySelector('.parallel[aria-busy="true"]') === null
      );
    },
    [rows, columns] as const,
    { timeout: 120_000, polling: 250 },
  );
}

/** Scrolls top to bottom by a fixed step each frame, recording long tasks from just before the first step. */
function steadyScroll({ pxPerFrame, maxMs }: { pxPerFrame: number; maxMs: number }) {
  return new Promise<{ tasks: number[]; ms: number; frames: number; heightBefore: number; heightAfter: number }>(
    (done) => {
      const tasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask', buffered: false });
      const root = document.scrollingElement ?? document.documentElement;
      const heightBefore = root.scrollHeight;
      const started = performance.now();
      let frames = 0;
      const step = () => {
        frames += 1;
        window.scrollBy(0, pxPerFrame);
        const atEnd = window.scrollY + window.innerHeight >= root.scrollHeight - 1;
        if (!atEnd && performance.now() - started < maxMs) {
          requestAnimationFrame(step);
          return;
        }
        const ms = performance.now() - started;
        // Let a task that ends with the last frame reach the observer.
        setTimeout(() => {
          for (const entry of observer.takeRecords()) tasks.push(entry.duration);
          observer.disconnect();
          done({ tasks, ms, frames, heightBefore, heightAfter: root.scrollHeight });
        }, 200);
      };
      requestAnimationFrame(step);
    },
  );
}

export interface ScrollCalibration {
  /** The page's full height in the three-column view with every row laid out. */
  height: number;
  pxPerFrame: number;
}

/**
 * Rows far from the screen have an estimated height until they have been
 * on it, so the page's height changes while it scrolls. To scroll
 * the real page in SCROLL_SECONDS, this scrolls through it once in a
 * throwaway context (not slowed, not timed), so every row is measured, and
 * reads the height then.
 */
export async function calibrateScroll(
  browser: Browser,
  origin: string,
  slug: string,
  rows: number,
): Promise<ScrollCalibration> {
  const context = await benchContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/en/${slug}?compare=ua,ru`, { waitUntil: 'networkidle', timeout: 120_000 });
    await waitForAllRows(page, rows, 3);
    const height = await page.evaluate(async () => {
      const root = document.scrollingElement ?? document.documentElement;
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      while (window.scrollY + window.innerHeight < root.scrollHeight - 1) {
        window.scrollBy(0, window.innerHeight * 1.5);
        await frame();
        await frame();
      }
      await frame();
      return root.scrollHeight;
    });
    const pxPerFrame = Math.ceil((height - VIEWPORT.height) / (SCROLL_SECONDS * FRAME_RATE));
    return { height, pxPerFrame };
  } finally {
    await context.close();
  }
}

/** From `c` on the reader's page to the first frame with parallel rows (ms): the first part of each parallel run. */
export async function firstRowsOnce(browser: Browser, url: string): Promise<number> {
  const tab = await openTab(browser);
  try {
    const first = await pressForFirstRows(tab.page, url);
    return (first.done ?? 0) - (first.key ?? 0);
  } finally {
    await tab.close();
  }
}

async function pressForFirstRows(page: Page, url: string): Promise<FirstRows> {
  await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
  await waitForHydration(page, '[data-reading-line] nav a');
  await settle(page);
  await page.evaluate(watchFirstRows);
  await page.keyboard.press('c');
  await page.waitForFunction(
    () => (window as unknown as { __benchRows: FirstRows }).__benchRows.done !== null,
    null,
    // On a timer, not in every animation frame (Playwright's default): those are the frames measured.
    { polling: 100, timeout: 30_000 },
  );
  return page.evaluate(() => (window as unknown as { __benchRows: FirstRows }).__benchRows);
}

async function parallelOnce(
  browser: Browser,
  url: string,
  rowsFor: (columns: string[]) => number,
  pxPerFrame: number,
): Promise<ParallelRun> {
  const tab = await openTab(browser);
  const { page } = tab;
  try {
    const first = await pressForFirstRows(page, url);
    const columnsOf = () =>
      page.evaluate(() => {
        const compare = new URLSearchParams(window.location.search).get('compare') ?? '';
        return [window.location.pathname.split('/')[1] ?? '', ...compare.split(',').filter(Boolean)];
      });
    // The app makes the history entry just after the frame it paints (src/routing/navigation.ts).
    await page.waitForURL(/[?&]compare=/);
    const opened = await columnsOf();
    await waitForAllRows(page, rowsFor(opened), opened.length);

    // The heaviest layout: all three languages.
    await page.locator('.languages-menu__toggle').click();
    await page.locator('.languages-menu__add button').first().click();
    await page.waitForFunction(
      (n) => new URLSearchParams(window.location.search).get('compare')?.split(',').length === n,
      2,
    );
    const all = await columnsOf();
    const rows = rowsFor(all);
    await waitForAllRows(page, rows, all.length);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.waitForTimeout(1000);
    const scroll = await page.evaluate(steadyScroll, { pxPerFrame, maxMs: SCROLL_SECONDS * 6000 });
    return {
      firstRowsMs: (first.done ?? 0) - (first.key ?? 0),
      firstRowsFrameMs: (first.doneFrame ?? 0) - (first.key ?? 0),
      firstColumns: opened.length,
      scrollColumns: all.length,
      rows,
      longestTaskMs: Math.max(0, ...scroll.tasks),
      tasksOver50: scroll.tasks.filter((ms) => ms > 50).length,
      scroll: {
        ms: scroll.ms,
        frames: scroll.frames,
        pxPerFrame,
        heightBefore: scroll.heightBefore,
        heightAfter: scroll.heightAfter,
      },
    };
  } finally {
    await tab.close();
  }
}

/** `rowsFor` gives the number of aligned rows for columns named by URL words (ua, en, ru). */
export async function measureParallel(
  browser: Browser,
  origin: string,
  slug: string,
  rowsFor: (columns: string[]) => number,
  pxPerFrame: number,
  runs: number,
): Promise<ParallelRun[]> {
  const result: ParallelRun[] = [];
  for (let run = 0; run < runs; run++) {
    result.push(await parallelOnce(browser, `${origin}/en/${slug}`, rowsFor, pxPerFrame));
  }
  return result;
}
