import { expect, test } from './fixtures';
import { SEED, appTookOver, expectAtReadingLine } from './helpers';

// What a new reader tripped on, at 1280 px and at 375 px (both projects).

test('a glance at an article, then back to the library and in again, opens at the top with the title', async ({
  page,
}) => {
  await page.goto(`/en/${SEED}`);
  await appTookOver(page);
  await page.getByRole('link', { name: /Library/ }).click();
  await expect(page).toHaveURL('/en/');
  await page
    .getByRole('link', { name: /Trump officials/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await appTookOver(page);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
});

test('a fresh ?compare= link opens at the top, with the column titles in view', async ({ page }) => {
  await page.goto(`/en/${SEED}?compare=ua`);
  await expect(page.locator('.parallel-row').first()).toBeVisible();
  await appTookOver(page);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
});

test('entering the parallel view from a linked passage keeps that passage, by the link and by c', async ({ page }) => {
  const id = await page.goto(`/en/${SEED}`).then(() => page.locator('.segment').nth(5).getAttribute('id'));
  expect(id).toBeTruthy();
  for (const enter of ['link', 'key'] as const) {
    await page.goto(`/en/${SEED}#${id}`);
    await appTookOver(page);
    await expectAtReadingLine(page, id ?? '');
    if (enter === 'link') await page.getByRole('link', { name: 'Compare translations side by side' }).click();
    else await page.keyboard.press('c');
    await expect(page).toHaveURL(/\?compare=/);
    await expectAtReadingLine(page, id ?? '');
  }
});

test('the parallel view shows each column’s lead, byline and date', async ({ page }) => {
  await page.goto(`/en/${SEED}?compare=ua`);
  const en = page.locator('.parallel-titles [lang="en"]');
  const uk = page.locator('.parallel-titles [lang="uk"]');
  await expect(en.locator('.parallel-titles__lead')).toContainText('Washington recalls');
  await expect(uk.locator('.parallel-titles__lead')).toContainText('Вашингтон відкликає');
  await expect(en.locator('time')).toHaveText('July 25, 2025');
  await expect(uk.locator('time')).toHaveText('25 липня 2025 р.');
});

test('a missing-language page offers no side-by-side view and shows no progress', async ({ page }) => {
  await page.goto('/ru/kyiv-funicular-at-120');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await appTookOver(page);
  await expect(page.getByRole('link', { name: 'Сравнить переводы рядом' })).toHaveCount(0);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});

test('the Languages control reorders columns in words, keeps the interface language and works by keyboard', async ({
  page,
}) => {
  await page.goto(`/en/${SEED}?compare=ua`);
  await appTookOver(page);
  const toggle = page.getByRole('button', { name: /Languages/ });
  await expect(toggle).toContainText('EN UA');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();

  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Move Ukrainian to first' }).click();
  // Ukrainian first, the interface still English, and the order in the query.
  await expect(page).toHaveURL(`/en/${SEED}?compare=ua,en`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.parallel-row').first().locator('.parallel-cell').first()).toHaveAttribute('lang', 'uk');
  await expect(toggle).toContainText('UA EN');
  await expect(toggle).toBeFocused();

  await toggle.click();
  await page.getByRole('button', { name: 'Add Russian' }).click();
  await expect(page).toHaveURL(`/en/${SEED}?compare=ua,en,ru`);
  await toggle.click();
  await page.getByRole('button', { name: 'Remove Ukrainian' }).click();
  await expect(page).toHaveURL(`/en/${SEED}?compare=ru`);
  await expect(page.getByRole('button', { name: /Languages/ })).toContainText('EN RU');
});

test('the old ?compare= links keep working: the path’s language first', async ({ page }) => {
  await page.goto(`/ua/${SEED}?compare=en,ru`);
  const cells = page.locator('.parallel-row').first().locator('.parallel-cell');
  await expect(cells).toHaveCount(3);
  expect(await cells.evaluateAll((all) => all.map((cell) => cell.getAttribute('lang')))).toEqual(['uk', 'en', 'ru']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
});
