/**
 * Search on the large library (issue 28): what the first query fetches, from
 * the reader's first keystroke in a fresh tab, and how long its results take
 * after typing stops once the search code is loaded. Each run is a fresh
 * context (nothing cached) at the bench's CPU slowdown.
 */
import type { Browser, Page } from '@playwright/test';
import { openTab, waitForHydration } from './browser.ts';

export interface SearchRun {
  /** Response bytes (headers and body, as sent) of everything the search fetched for its first query. */
  bytes: number;
  requests: number;
  /** From the last keystroke of a second query, the code and index metadata loaded, to its results on screen. */
  ms: number;
  hits: number;
}

/** Types `query` into the search page's field and resolves with the ms from its last key to the first result. */
async function typeAndTime(page: Page, query: string): Promise<number> {
  await page.evaluate((wanted) => {
    const state = window as unknown as { __benchLastKey: number; __benchResults: Promise<number> };
    state.__benchLastKey = 0;
    document.addEventListener('keydown', () => (state.__benchLastKey = performance.now()), { capture: true });
    // Shown: the status names this query and a result is on the page.
    const shown = () =>
      (document.getElementById('_search-status')?.textContent ?? '').includes(`“${wanted}”`) &&
      document.querySelector('.search-hit') !== null;
    state.__benchResults = new Promise((done) => {
      new MutationObserver((_, observer) => {
        if (!shown()) return;
        observer.disconnect();
        // Measured once the frame that shows it is painted.
        requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  }, query);
  const field = page.getByRole('searchbox');
  await field.fill('');
  await field.pressSequentially(query);
  return page.evaluate(async () => {
    const state = window as unknown as { __benchLastKey: number; __benchResults: Promise<number> };
    return (await state.__benchResults) - state.__benchLastKey;
  });
}

export async function measureSearch(browser: Browser, origin: string, queries: [string, string], runs: number) {
  const result: SearchRun[] = [];
  for (let run = 0; run < runs; run += 1) {
    const tab = await openTab(browser);
    const { page } = tab;
    try {
      await page.goto(`${origin}/en/search`);
      await waitForHydration(page, '#_main');
      const sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        sizes.push(request.sizes().then((size) => size.responseHeadersSize + size.responseBodySize));
      });
      // The first query in a fresh tab: everything it needs, the search code included.
      await typeAndTime(page, queries[0]);
      await page.waitForLoadState('networkidle');
      const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
      const requests = sizes.length;
      // A second query, the code loaded: the time a reader waits after typing stops.
      const ms = await typeAndTime(page, queries[1]);
      const hits = await page.locator('.search-hit').count();
      result.push({ bytes, requests, ms, hits });
    } finally {
      await tab.close();
    }
  }
  return result;
}
