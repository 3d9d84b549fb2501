import { expect, test } from './fixtures';
import { LONG, clickInPlace, expectAtReadingLine, scrollSegmentToReadingLine } from './helpers';

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
  // The served page is the article, with the same ids; scroll once the view has replaced it.
  await expect(page.locator('.parallel-row').first()).toBeVisible();
  await scrollSegmentToReadingLine(page, 'end-of-the-sich');
  await page.reload();
  await expectAtReadingLine(page, 'end-of-the-sich');
});
