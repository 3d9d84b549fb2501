import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LONG } from './helpers';

// Runs in the desktop project only (see playwright.config.ts): the side-by-side grid is for wide windows.

/** The largest difference between the tops of a row's cells, over every row on the page. */
function worstRowDrift(page: Page): Promise<number> {
  return page.evaluate(() => {
    let worst = 0;
    for (const row of document.querySelectorAll('.parallel-row')) {
      const tops = [...row.querySelectorAll(':scope > .parallel-cell')].map((cell) => cell.getBoundingClientRect().top);
      worst = Math.max(worst, Math.max(...tops) - Math.min(...tops));
    }
    return worst;
  });
}

test('counterparts stay on the same line in the middle and at the end of a long article', async ({ page }) => {
  await page.goto(`/ua/${LONG}?compare=en,ru`);
  const rows = page.locator('.parallel-row');
  await expect(rows).toHaveCount(70);
  await expect(rows.first().locator('.parallel-cell')).toHaveCount(3);
  expect(
    await rows
      .first()
      .locator('.parallel-cell')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('lang'))),
  ).toEqual(['uk', 'en', 'ru']);

  await page.mouse.move(640, 500);
  await page.mouse.wheel(0, (await page.evaluate(() => document.documentElement.scrollHeight)) / 2);
  await page.waitForTimeout(200);
  expect(await worstRowDrift(page)).toBeLessThanOrEqual(2);

  await page.keyboard.press('End');
  await page.waitForTimeout(200);
  expect(await worstRowDrift(page)).toBeLessThanOrEqual(2);
});
