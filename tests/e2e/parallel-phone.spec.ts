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
  // Each counterpart is named by its language, and shows its word (drawn by CSS, silent to screen readers).
  await expect(row.getByRole('group', { name: 'Ukrainian' })).toHaveText(/\S/);
  const word = await cells.nth(1).evaluate((cell) => {
    const before = getComputedStyle(cell, '::before');
    return { content: before.content, width: Number.parseFloat(before.width), display: before.display };
  });
  expect(word.content).toMatch(/^"UA"/);
  expect(word.display).toBe('inline-block');
  expect(word.width).toBeGreaterThan(10);
  expect(page.viewportSize()?.width).toBeLessThan(720);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('peek shows counterparts only for the tapped passage', async ({ page }) => {
  await page.goto(`/en/${SEED}?compare=ua`);
  await page.getByRole('button', { name: /Languages/ }).click();
  await page.getByRole('checkbox', { name: 'Translations on tap' }).check();
  await page.keyboard.press('Escape');
  const row = page.locator('.parallel-row').nth(1);
  await expect(row.locator('.parallel-cell').nth(1)).toBeHidden();
  await row.locator('.parallel-cell').first().click();
  await expect(row.locator('.parallel-cell').nth(1)).toBeVisible();
});
