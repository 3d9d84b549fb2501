import { expect, type Page } from '@playwright/test';

export const SEED = 'us-pulls-out-of-gaza-peace-talks';
export const LONG = 'the-dnipro-a-river-of-three-names';

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

/** Scrolls as a reader would (the wheel) until the segment sits at the reading line. */
export async function scrollSegmentToReadingLine(page: Page, segmentId: string): Promise<void> {
  await page.locator(`[data-segment-id="${segmentId}"]`).waitFor();
  const distance = await distanceFromReadingLine(page, segmentId);
  await page.mouse.move(200, 400);
  await page.mouse.wheel(0, distance);
  await expect.poll(() => distanceFromReadingLine(page, segmentId)).toBeLessThan(2);
  expect(await distanceFromReadingLine(page, segmentId)).toBeGreaterThan(-2);
}

export async function expectAtReadingLine(page: Page, segmentId: string): Promise<void> {
  await expect.poll(async () => Math.abs(await distanceFromReadingLine(page, segmentId))).toBeLessThan(2);
}
