/** Measure 4: entering the parallel view of a long article with `c`, then a steady scroll through all of it. */
import type { Browser, Page } from '@playwright/test';
import { openTab, waitForHydration } from './browser.ts';

/** The whole page scrolls in about this long at 60 frames a second (longer if frames are dropped). */
const SCROLL_SECONDS = 9;

export interface ParallelRun {
  /** From the `c` keydown to the rAF of the first frame with rows in the DOM. */
  firstRowsMs: number;
  /** Columns `c` opened (the reader's language and its fallback). */
  firstColumns: number;
  /** Columns while scrolling (a third added with the column control). */
  scrollColumns: number;
  rows: number;
  longestTaskMs: number;
  tasksOver50: number;
  scroll: { ms: number; frames: number; pxPerFrame: number; height: number };
}

interface FirstRows {
  key: number | null;
  done: number | null;
}

/** In the page: the keydown time, and the rAF timestamp of the first frame with a parallel row in the DOM. */
function watchFirstRows(): void {
  const state: FirstRows = { key: null, done: null };
  (window as unknown as { __benchRows: FirstRows }).__benchRows = state;
  window.addEventListener(
    'keydown',
    () => {
      const key = performance.now();
      state.key = key;
      const loop = (time: number) => {
        if (document.querySelector('.parallel-row')) state.done = time;
        else if (time - key < 20_000) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    { capture: true, once: true },
  );
}

/** Waits until every row is in the DOM with `columns` cells and nothing is loading. */
async function waitForAllRows(page: Page, rows: number, columns: number): Promise<void> {
  await page.waitForFunction(
    ([count, cells]) => {
      const all = document.querySelectorAll('.parallel-row');
      return (
        all.length === count &&
        all[all.length - 1]?.querySelectorAll('.parallel-cell').length === cells &&
        document.querySelector('.parallel[aria-busy="false"]') !== null
      );
    },
    [rows, columns] as const,
    { timeout: 120_000, polling: 250 },
  );
}

/** Scrolls top to bottom by a fixed step each frame, recording long tasks from just before the first step. */
function steadyScroll(seconds: number) {
  return new Promise<{ tasks: number[]; ms: number; frames: number; pxPerFrame: number; height: number }>((done) => {
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const root = document.scrollingElement ?? document.documentElement;
    const height = root.scrollHeight;
    const pxPerFrame = Math.max(1, Math.ceil((height - window.innerHeight) / (seconds * 60)));
    const started = performance.now();
    let frames = 0;
    const step = () => {
      frames += 1;
      window.scrollBy(0, pxPerFrame);
      const atEnd = window.scrollY + window.innerHeight >= root.scrollHeight - 1;
      if (!atEnd && performance.now() - started < seconds * 6000) {
        requestAnimationFrame(step);
        return;
      }
      const ms = performance.now() - started;
      // Let a task that ends with the last frame reach the observer.
      setTimeout(() => {
        for (const entry of observer.takeRecords()) tasks.push(entry.duration);
        observer.disconnect();
        done({ tasks, ms, frames, pxPerFrame, height });
      }, 200);
    };
    requestAnimationFrame(step);
  });
}

async function parallelOnce(
  browser: Browser,
  url: string,
  rowsFor: (columns: string[]) => number,
): Promise<ParallelRun> {
  const tab = await openTab(browser);
  const { page } = tab;
  try {
    await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
    await waitForHydration(page, '[data-reading-line] nav a');
    await page.evaluate(watchFirstRows);
    await page.keyboard.press('c');
    await page.waitForFunction(
      () => (window as unknown as { __benchRows: FirstRows }).__benchRows.done !== null,
      null,
      { timeout: 30_000 },
    );
    const first = await page.evaluate(() => (window as unknown as { __benchRows: FirstRows }).__benchRows);
    const columnsOf = () =>
      page.evaluate(() => {
        const compare = new URLSearchParams(window.location.search).get('compare') ?? '';
        return [window.location.pathname.split('/')[1] ?? '', ...compare.split(',').filter(Boolean)];
      });
    const opened = await columnsOf();
    await waitForAllRows(page, rowsFor(opened), opened.length);

    // The heaviest layout: all three languages.
    await page.locator('.column-controls__add button').first().click();
    await page.waitForFunction(
      (n) => new URLSearchParams(window.location.search).get('compare')?.split(',').length === n,
      2,
    );
    const all = await columnsOf();
    const rows = rowsFor(all);
    await waitForAllRows(page, rows, all.length);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.waitForTimeout(1000);
    const scroll = await page.evaluate(steadyScroll, SCROLL_SECONDS);
    return {
      firstRowsMs: (first.done ?? 0) - (first.key ?? 0),
      firstColumns: opened.length,
      scrollColumns: all.length,
      rows,
      longestTaskMs: Math.max(0, ...scroll.tasks),
      tasksOver50: scroll.tasks.filter((ms) => ms > 50).length,
      scroll: { ms: scroll.ms, frames: scroll.frames, pxPerFrame: scroll.pxPerFrame, height: scroll.height },
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
  runs: number,
): Promise<ParallelRun[]> {
  const result: ParallelRun[] = [];
  for (let run = 0; run < runs; run++) result.push(await parallelOnce(browser, `${origin}/en/${slug}`, rowsFor));
  return result;
}
