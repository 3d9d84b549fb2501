import { expect, test, type Page } from '@playwright/test';
import { LONG, SEED, clickInPlace, expectAtReadingLine, scrollSegmentToReadingLine } from './helpers';

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

test.describe('wide windows', () => {
  test.skip(({ viewport }) => (viewport?.width ?? 0) < 720, 'the side-by-side grid is for wide windows');

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
});

test.describe('phones', () => {
  test.skip(({ viewport }) => (viewport?.width ?? 0) >= 720, 'the stacked layout is for narrow windows');

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
});

test('entering and leaving the parallel view keeps the segment at the top', async ({ page }) => {
  await page.goto(`/en/${LONG}`);
  await scrollSegmentToReadingLine(page, 'the-paton-bridge');
  await clickInPlace(page, page.getByRole('link', { name: 'Compare translations side by side' }));
  await expect(page).toHaveURL(`/en/${LONG}?compare=ua`);
  await expectAtReadingLine(page, 'the-paton-bridge');

  await scrollSegmentToReadingLine(page, 'kuindzhi-moonlit-night');
  await clickInPlace(page, page.getByRole('link', { name: 'Leave the side-by-side view' }));
  await expect(page).toHaveURL(`/en/${LONG}`);
  await expectAtReadingLine(page, 'kuindzhi-moonlit-night');
});

test('a #segment-id link in the parallel view lands on that row, marked', async ({ page }) => {
  await page.goto(`/ru/${LONG}?compare=ua,en#quote-gogol`);
  await expectAtReadingLine(page, 'quote-gogol');
  await expect(page.locator('#quote-gogol')).toHaveAttribute('aria-current', 'location');
});

test('a reload in the parallel view restores the place', async ({ page }) => {
  await page.goto(`/ua/${LONG}?compare=en`);
  await scrollSegmentToReadingLine(page, 'end-of-the-sich');
  await page.reload();
  await expectAtReadingLine(page, 'end-of-the-sich');
});
