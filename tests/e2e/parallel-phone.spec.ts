import { expect, test } from './fixtures';
import { SEED } from './helpers';

// Runs in the phone project only (see playwright.config.ts): stacked pairs are for narrow windows.

test('rows become stacked pairs with each counterpart labelled', async ({ page }) => {
  await page.goto(`/en/${SEED}?compare=ua,ru`);
  const row = page.locator('.parallel-row').first();
  const cells = row.locator('.parallel-cell');
  await expect(cells).toHaveCount(3);
  const boxes = await cells.evaluateAll((all) => all.map((cell) => cell.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes[1]!.top).toBeGreaterThanOrEqual(boxes[0]!.bottom);
  expect(boxes[2]!.top).toBeGreaterThanOrEqual(boxes[1]!.bottom);
  await expect(cells.nth(1).locator('.parallel-cell__lang')).toBeVisible();
  await expect(cells.nth(1).locator('.parallel-cell__lang')).toContainText('UA');
  expect(page.viewportSize()?.width).toBeLessThan(720);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('peek shows counterparts only for the tapped passage', async ({ page }) => {
  await page.goto(`/en/${SEED}?compare=ua`);
  await page.getByRole('checkbox', { name: 'Translations on tap' }).check();
  const row = page.locator('.parallel-row').nth(1);
  await expect(row.locator('.parallel-cell').nth(1)).toBeHidden();
  await row.locator('.parallel-cell').first().click();
  await expect(row.locator('.parallel-cell').nth(1)).toBeVisible();
});
