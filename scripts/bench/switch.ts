/** Measure 3: English to Russian in the reader, from the click to the frame that shows Russian at the same place. */
import type { Browser, Page } from '@playwright/test';
import { openTab, settle, waitForHydration } from './browser.ts';

export interface SwitchRun {
  /** From the click to the first rAF callback that sees the Russian title and the segment at the reading line. */
  ms: number;
  /** The same to that callback's rAF timestamp (the frame's start; see watchSwitch). */
  frameMs: number;
  /** Requests the app started between the click and that frame (resource timing; the page's icons left out). */
  requests: string[];
  /** When each of those started and ended, from the click (ms). */
  timing: { start: number; end: number }[];
  /** Icons the browser fetched in the same window on its own (favicon), not counted. */
  icons: string[];
  /** Whether ru.json had been fetched before the click. */
  bundleFetchedBefore: boolean;
}

interface SwitchState {
  click: number | null;
  /** performance.now() in the first rAF callback that saw the switch done. */
  done: number | null;
  /** That callback's rAF timestamp. */
  doneFrame: number | null;
  /** For a run that never got there: what the last frame saw. */
  last: { title: string; distance: number } | null;
}

const SWITCHER = '[data-reading-line] nav a[hreflang="ru"]';

/** Scrolls the segment's top to the reading line (the sticky bar's bottom), correcting while the layout settles. */
export function scrollToReadingLine(page: Page, segmentId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    const distance = () => {
      const line = document.querySelector('[data-reading-line]')?.getBoundingClientRect().bottom ?? 0;
      const top = document.querySelector(`[data-segment-id="${id}"]`)?.getBoundingClientRect().top;
      return top === undefined ? Number.POSITIVE_INFINITY : top - line;
    };
    for (let turn = 0; turn < 20 && Math.abs(distance()) >= 0.5; turn++) {
      window.scrollBy(0, distance());
      await frame();
      await frame();
    }
    return distance();
  }, segmentId);
}

async function fetched(page: Page, path: string): Promise<boolean> {
  return page.evaluate(
    (suffix) => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(suffix)),
    path,
  );
}

interface SwitchWindow {
  __benchSwitch: SwitchState;
  /** Settles when the loop stops (at the frame that shows the switch, or 10 s after the click), or 15 s after it was set up with no click. */
  __benchSwitchOver: Promise<void>;
}

/** In the page: from a capturing click listener, a rAF loop that stops at the first frame showing `title` with the segment at the line. */
function watchSwitch({ segmentId, title }: { segmentId: string; title: string }): void {
  const state: SwitchState = { click: null, done: null, doneFrame: null, last: null };
  let over = () => {};
  const bench = window as unknown as SwitchWindow;
  bench.__benchSwitch = state;
  bench.__benchSwitchOver = new Promise((settle) => (over = settle));
  // The click comes right after this; should it never come, the run ends as one that never arrived.
  setTimeout(() => over(), 15_000);
  const arrived = () => {
    const shown = document.querySelector('main h1')?.textContent ?? '';
    const line = document.querySelector('[data-reading-line]')?.getBoundingClientRect().bottom ?? 0;
    const top = document.querySelector(`[data-segment-id="${segmentId}"]`)?.getBoundingClientRect().top;
    const distance = top === undefined ? Number.POSITIVE_INFINITY : top - line;
    state.last = { title: shown, distance };
    return shown === title && Math.abs(distance) <= 2;
  };
  window.addEventListener(
    'click',
    () => {
      const click = performance.now();
      state.click = click;
      // The rAF timestamp is when the frame began, which can be before a long click handler ran
      // (it comes out negative then); the time the callback runs is after all work of the click.
      const loop = (frame: number) => {
        const now = performance.now();
        if (arrived()) {
          state.done = now;
          state.doneFrame = frame;
          over();
        } else if (now - click < 10_000) requestAnimationFrame(loop);
        else over();
      };
      requestAnimationFrame(loop);
    },
    { capture: true, once: true },
  );
}

async function switchOnce(
  browser: Browser,
  url: string,
  bundlePath: string,
  segmentId: string,
  title: string,
  prefetched: boolean,
): Promise<SwitchRun> {
  // Not prefetched: Save-Data turns idle prefetch off, and an in-page click neither hovers nor focuses.
  const tab = await openTab(browser, { saveData: !prefetched });
  const { page } = tab;
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await waitForHydration(page, SWITCHER);
    await settle(page);
    const off = await scrollToReadingLine(page, segmentId);
    if (Math.abs(off) >= 1) throw new Error(`bench: could not put ${segmentId} at the reading line (${off} px off)`);
    // Past the reader's throttled position save (250 ms), so nothing is pending at the click.
    await page.waitForTimeout(600);
    const link = page.locator(SWITCHER);
    if (prefetched && !(await fetched(page, bundlePath))) {
      const response = page.waitForResponse((r) => new URL(r.url()).pathname === bundlePath);
      await link.hover();
      await (await response).finished();
      // The loader parses and checks the bundle once it arrives.
      await page.waitForTimeout(300);
    }
    const bundleFetchedBefore = await fetched(page, bundlePath);
    await page.evaluate(watchSwitch, { segmentId, title });
    // Waited for in the page, from before the click: polling from here would run a script in the page
    // between the click and the frame measured (Playwright evaluates a waitForFunction at once).
    const over = page.evaluate(() => (window as unknown as SwitchWindow).__benchSwitchOver);
    // Calls reach the page in order: once this returns, the one above is waiting in the page.
    await page.evaluate(() => undefined);
    if (prefetched) {
      const box = await link.boundingBox();
      if (!box) throw new Error('bench: the Russian link has no box');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    } else {
      await page.evaluate((selector) => document.querySelector<HTMLElement>(selector)?.click(), SWITCHER);
    }
    await over;
    // Requests that started in the window but end later show up in resource timing once done.
    await page.waitForTimeout(1000);
    const state = await page.evaluate(() => (window as unknown as SwitchWindow).__benchSwitch);
    const click = state.click ?? 0;
    const end = state.done ?? click + 10_000;
    const started = await page.evaluate(
      ([from, to]) => {
        const icons = new Set(
          [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"], link[rel="apple-touch-icon"]')].map(
            (link) => link.href,
          ),
        );
        const all = performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime >= from && entry.startTime <= to);
        const path = (entry: PerformanceEntry) => new URL(entry.name).pathname;
        const own = all.filter((entry) => !icons.has(entry.name)) as PerformanceResourceTiming[];
        return {
          requests: own.map(path),
          timing: own.map((entry) => ({ start: entry.startTime - from, end: entry.responseEnd - from })),
          icons: all.filter((entry) => icons.has(entry.name)).map(path),
        };
      },
      [click, end] as const,
    );
    if (state.done === null) {
      console.warn(`bench: switch never arrived within 10 s; last frame saw ${JSON.stringify(state.last)}`);
    }
    const never = Number.POSITIVE_INFINITY;
    return {
      ms: state.done === null ? never : state.done - click,
      frameMs: state.doneFrame === null ? never : state.doneFrame - click,
      ...started,
      bundleFetchedBefore,
    };
  } finally {
    await tab.close();
  }
}

export interface SwitchResult {
  prefetched: SwitchRun[];
  notPrefetched: SwitchRun[];
}

export async function measureSwitch(
  browser: Browser,
  origin: string,
  slug: string,
  segmentId: string,
  ruTitle: string,
  runs: number,
  { coldToo = true } = {},
): Promise<SwitchResult> {
  const result: SwitchResult = { prefetched: [], notPrefetched: [] };
  const url = `${origin}/en/${slug}`;
  const bundlePath = `/articles/${slug}/ru.json`;
  for (let run = 0; run < runs; run++) {
    result.prefetched.push(await switchOnce(browser, url, bundlePath, segmentId, ruTitle, true));
    if (!coldToo) continue;
    const cold = await switchOnce(browser, url, bundlePath, segmentId, ruTitle, false);
    if (cold.bundleFetchedBefore) console.warn('bench: the not-prefetched run had fetched ru.json before the click');
    result.notPrefetched.push(cold);
  }
  return result;
}
