import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const SEED = 'us-pulls-out-of-gaza-peace-talks';
export const LONG = 'the-dnipro-a-river-of-three-names';

/** The URLs of the requests of one resource type ('image', 'stylesheet') the page makes from now on. */
export function requestsOf(page: Page, type: string): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === type) urls.push(request.url());
  });
  return urls;
}

/** How far the segment's top is below the reading line (the sticky bar's bottom), in px. */
export function distanceFromReadingLine(page: Page, segmentId: string): Promise<number> {
  return page.evaluate((id) => {
    const line = document.querySelector('[data-reading-line]')?.getBoundingClientRect().bottom ?? 0;
    const segment = document.querySelector(`[data-segment-id="${id}"]`);
    // Not rendered yet: infinitely far, so polls keep waiting.
    if (!segment) return Number.POSITIVE_INFINITY;
    return segment.getBoundingClientRect().top - line;
  }, segmentId);
}

/**
 * Waits until the app has taken over a pre-rendered page: React owns the main element and has run
 * its effects (the shortcuts, the saving of places). Before that, links and keys are the browser's
 * own: a link loads a new page, a shortcut does nothing, and no place is saved.
 */
export async function appTookOver(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.getElementById('_main');
    return main !== null && Object.keys(main).some((key) => key.startsWith('__reactProps'));
  });
  // Effects run after the commit that gave the element its props.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

/**
 * Scrolls as a reader would (the wheel) until the segment sits at the reading line. Passages
 * take their real height as they near the screen (content-visibility), so it may take a few turns.
 */
export async function scrollSegmentToReadingLine(page: Page, segmentId: string): Promise<void> {
  await appTookOver(page);
  await page.locator(`[data-segment-id="${segmentId}"]`).waitFor();
  await page.mouse.move(200, 400);
  for (let turn = 0; turn < 10; turn++) {
    const distance = await distanceFromReadingLine(page, segmentId);
    if (Math.abs(distance) < 1) break;
    // Between renders (hydrating, a chunk arriving) the segment can be briefly absent.
    if (!Number.isFinite(distance)) {
      await page.waitForTimeout(100);
      continue;
    }
    await page.mouse.wheel(0, distance);
    await page.waitForTimeout(150);
  }
  expect(Math.abs(await distanceFromReadingLine(page, segmentId))).toBeLessThan(2);
}

export async function expectAtReadingLine(page: Page, segmentId: string): Promise<void> {
  await expect.poll(async () => Math.abs(await distanceFromReadingLine(page, segmentId))).toBeLessThan(2);
}

/**
 * Clicks where the element is, as a finger or mouse would. Playwright's own click first scrolls
 * the element "into view", which for a control in the sticky bar can nudge the page under it,
 * and a reader's tap never does that.
 */
export async function clickInPlace(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('the element has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The reader's browser asks to save data (Save-Data): the app then prefetches nothing on its own. */
export async function saveData(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true } });
  });
}

/**
 * The paths the page fetches over the network from now on, one entry a fetch, read by calling
 * the function returned. Answers from the browser's cache (memory or disk) or a service worker
 * are left out, since nothing crossed the wire for them.
 */
export async function recordNetworkFetches(page: Page): Promise<() => string[]> {
  const cdp = await page.context().newCDPSession(page);
  const sent: { id: string; url: string }[] = [];
  const cached = new Set<string>();
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.request.url.startsWith('http')) sent.push({ id: event.requestId, url: event.request.url });
  });
  cdp.on('Network.requestServedFromCache', (event) => cached.add(event.requestId));
  cdp.on('Network.responseReceived', (event) => {
    if (event.response.fromDiskCache || event.response.fromServiceWorker || event.response.fromPrefetchCache) {
      cached.add(event.requestId);
    }
  });
  await cdp.send('Network.enable');
  return () => sent.filter(({ id }) => !cached.has(id)).map(({ url }) => new URL(url).pathname);
}

/** The entries of a list that appear more than once, each once. */
export function repeated(list: readonly string[]): string[] {
  return [...new Set(list.filter((item, index) => list.indexOf(item) !== index))];
}

/** What axe finds on the page as it is now (WCAG 2.1 A and AA, and best practice), one line per rule. */
export async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
