import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LONG, SEED, appTookOver } from './helpers';

const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: test.info().outputPath(`${name}-${test.info().project.name}.png`), fullPage });

test('printed, an article is the article alone, in black on white, with the address it came from in its language', async ({
  page,
  baseURL,
}) => {
  // A reader who reads in dark still prints on white.
  await page.addInitScript(() =>
    localStorage.setItem(
      'triptych-reader',
      JSON.stringify({ version: 2, state: { positions: {}, settings: { theme: 'dark' } } }),
    ),
  );
  await page.goto(`/ua/${LONG}`);
  await appTookOver(page);
  await page.emulateMedia({ media: 'print' });

  for (const hidden of ['.reader__bar', '.skip-link', '.passage-share']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  await expect(page.locator('button:visible, [role="dialog"]:visible')).toHaveCount(0);
  // (No demo article names a source; its line is styled with the meta, which is printed.)
  for (const shown of ['.article__title', '.article__lead', '.article__meta', 'h2.segment', 'p.segment']) {
    await expect(page.locator(shown).first(), shown).toBeVisible();
  }
  await expect(page.locator('.printed-from')).toBeVisible();
  await expect(page.locator('.printed-from')).toHaveText(`Надруковано зі сторінки ${baseURL}/ua/${LONG}`);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  expect(
    await page
      .locator('p.segment')
      .first()
      .evaluate((p) => getComputedStyle(p).color),
  ).toBe('rgb(0, 0, 0)');
  await shot(page, 'print');

  // On screen, the address is not shown.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.printed-from')).toBeHidden();
});

test('an open settings panel is not printed', async ({ page }) => {
  await page.goto(`/en/${SEED}`);
  await appTookOver(page);
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Reading settings' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('dialog', { name: 'Reading settings' })).toBeHidden();
  await expect(page.locator('.printed-from')).toHaveText(/^Printed from http:\/\/127\.0\.0\.1:\d+\/en\//);
});

test('a printed parallel view keeps its columns side by side on wide paper and stacks pairs on narrow', async ({
  page,
}) => {
  test.slow();
  await page.goto(`/en/${LONG}?compare=ua`);
  await expect(page.locator('.parallel-row').first()).toBeVisible({ timeout: 15_000 });
  await page.locator('.parallel-row').nth(2).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.reader__bar')).toBeHidden();
  await expect(page.locator('.printed-from')).toHaveText(
    /^Printed from http:\/\/127\.0\.0\.1:\d+\/en\/.*\?compare=ua$/,
  );
  const cells = page.locator('.parallel-row').nth(2).locator('.parallel-cell');
  const [first, second] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
  if (test.info().project.name === 'phone') {
    // 375 px is narrower than 110 mm: a pair, one under the other.
    expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1);
  } else {
    expect(Math.abs(second!.y - first!.y)).toBeLessThan(2);
    expect(second!.x).toBeGreaterThan(first!.x + first!.width);
  }
  // The marked row is a screen's mark, not the text's.
  expect(
    await page
      .locator('.parallel-row')
      .nth(2)
      .evaluate((row) => getComputedStyle(row).backgroundColor),
  ).toBe('rgba(0, 0, 0, 0)');
  await shot(page, 'print-parallel', false);
});

test('an A4 PDF of a short article is a page or two of text, with no bar in it', async ({ page }) => {
  await page.goto(`/en/${SEED}`);
  await appTookOver(page);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
});
