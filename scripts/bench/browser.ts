/** Chromium as the bench drives it: a fresh context per run, the CPU slowed 4× like a mid-range phone. */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

export const CPU_SLOWDOWN = 4;
export const VIEWPORT = { width: 1280, height: 800 };

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface PaintMarks {
  fcp: number | null;
  lcp: number | null;
  lcpElement: string | null;
}

export interface BenchWindow {
  __benchPaint: PaintMarks;
}

/** An init script: records first contentful paint and the latest largest contentful paint. */
function observePaint(): void {
  const marks: PaintMarks = { fcp: null, lcp: null, lcpElement: null };
  (window as unknown as BenchWindow).__benchPaint = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LargestContentfulPaint[]) {
      marks.lcp = entry.startTime;
      const element = entry.element;
      marks.lcpElement = element ? `${element.tagName.toLowerCase()}.${element.className}` : null;
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

/** Tells the page the reader asked to save data (navigator.connection.saveData), so the app skips idle prefetch. */
function emulateSaveData(): void {
  // Not in TypeScript's DOM types: Chromium only.
  const info = (window as unknown as { NetworkInformation?: { prototype: object } }).NetworkInformation;
  if (info) Object.defineProperty(info.prototype, 'saveData', { get: () => true });
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/** A browser context at the bench's window size, in which the bench's functions can run in the page. */
export async function benchContext(browser: Browser, options: { locale?: string } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, ...options });
  // tsx keeps function names with a helper the page does not have.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  return context;
}

export async function openTab(browser: Browser, { saveData = false } = {}): Promise<Tab> {
  const context = await benchContext(browser, { locale: 'en-US' });
  await context.addInitScript(observePaint);
  if (saveData) await context.addInitScript(emulateSaveData);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page, close: () => context.close() };
}

/** Waits until React has hydrated the element (it carries React's props). */
export async function waitForHydration(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const element = document.querySelector(sel);
      return element !== null && Object.keys(element).some((key) => key.startsWith('__reactProps'));
    },
    selector,
    { timeout: 30_000 },
  );
}

export function paintMarks(page: Page): Promise<PaintMarks> {
  return page.evaluate(() => (window as unknown as BenchWindow).__benchPaint);
}

/**
 * Waits until the page has settled as a reader's would before they act: the
 * browser idle (hydration done, idle-time work started) and the network quiet
 * (what that work fetched has arrived), then idle once more.
 */
export async function settle(page: Page): Promise<void> {
  const idle = () =>
    page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 5000 })));
  await idle();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await idle();
}

/**
 * How fast this machine runs a page's script just now, not slowed: a fixed
 * piece of string and array work, repeated for half a second, in rounds a
 * millisecond. Machines differ, and so does one machine from hour to hour
 * (a shared host); timings taken at different speeds are not comparable.
 */
export async function hostSpeed(browser: Browser): Promise<number> {
  const context = await benchContext(browser);
  try {
    const page = await context.newPage();
    return await page.evaluate(() => {
      const round = () => {
        const words: string[] = [];
        for (let i = 0; i < 100; i++) words.push(`w${(i * 7919) % 1000}`);
        return words.sort().join(' ').length;
      };
      let rounds = 0;
      let sink = 0;
      const start = performance.now();
      while (performance.now() - start < 500) {
        sink += round();
        rounds += 1;
      }
      // Kept, so the work cannot be optimised away.
      return sink > 0 ? rounds / (performance.now() - start) : 0;
    });
  } finally {
    await context.close();
  }
}
