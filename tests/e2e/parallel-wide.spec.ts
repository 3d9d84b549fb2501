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

test('every row keeps the same columns, a row with a gap too: each column starts at one place and all are one width', async ({
  page,
}) => {
  // The Russian version without its second passage: that row has a gap in the Russian column.
  await page.route(`**/articles/${LONG}/ru.json`, async (route) => {
    const bundle = await (await route.fetch()).json();
    bundle.segments.splice(1, 1);
    await route.fulfill({ json: bundle });
  });
  await page.goto(`/en/${LONG}?compare=ua,ru`);
  await expect(page.locator('.parallel-row').first().locator('.parallel-cell')).toHaveCount(3);
  await expect(page.locator('.parallel-cell--gap')).toHaveCount(1);
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll('.parallel-row')].map((row) =>
      [...row.querySelectorAll(':scope > .parallel-cell')].map((cell) => {
        const { left, width } = cell.getBoundingClientRect();
        return { left, width };
      }),
    ),
  );
  const first = boxes[0] ?? [];
  expect(first).toHaveLength(3);
  const width = first[0]?.width ?? 0;
  expect(width).toBeGreaterThan(200);
  for (const row of boxes) {
    expect(row).toHaveLength(3);
    row.forEach((cell, column) => {
      expect(Math.abs(cell.width - width)).toBeLessThanOrEqual(1);
      expect(Math.abs(cell.left - (first[column]?.left ?? 0))).toBeLessThanOrEqual(1);
    });
  }
});
