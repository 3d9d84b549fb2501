import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LONG, SEED, appTookOver, distanceFromReadingLine } from './helpers';

async function openContents(page: Page, settingsName = 'Reading settings', contentsName = 'Contents') {
  await appTookOver(page);
  await page.getByRole('button', { name: settingsName }).click();
  const contents = page.getByRole('navigation', { name: contentsName });
  await expect(contents).toBeVisible();
  return contents;
}

test('a long article lists its headings in its language; a jump puts the heading at the reading line and marks it as the section being read', async ({
  page,
}) => {
  await page.goto(`/en/${LONG}`);
  const headings = await page
    .locator('.article h2.segment')
    .evaluateAll((list) =>
      list.map((h) => ({ id: h.getAttribute('data-segment-id'), text: (h.textContent ?? '').trim() })),
    );
  expect(headings.length).toBeGreaterThanOrEqual(3);
  const contents = await openContents(page);
  const links = contents.getByRole('link');
  await expect(links).toHaveText(headings.map((h) => h.text));
  // The reader is in the introduction, before any heading.
  await expect(contents.locator('[aria-current]')).toHaveCount(0);

  const target = headings[3]!;
  await links.nth(3).click();
  await expect(contents).toBeHidden();
  await expect.poll(() => distanceFromReadingLine(page, target.id!)).toBeLessThan(2);
  expect(await distanceFromReadingLine(page, target.id!)).toBeGreaterThan(-2);
  await expect(page.locator(`[data-segment-id="${target.id}"]`)).toBeFocused();

  const again = await openContents(page);
  await expect(again.locator('[aria-current="location"]')).toHaveText(target.text);
  // A link is the passage's own address, to open elsewhere or copy.
  await expect(again.getByRole('link').nth(3)).toHaveAttribute('href', `/en/${LONG}#${target.id}`);
  await page.screenshot({ path: test.info().outputPath(`contents-${test.info().project.name}.png`) });
});

test('the contents follow the reading: scrolled on, the panel marks the later section', async ({ page }) => {
  await page.goto(`/ua/${LONG}`);
  const ids = await page.locator('.article h2.segment').evaluateAll((list) => list.map((h) => h.id));
  await appTookOver(page);
  await page.evaluate((id) => {
    const line = document.querySelector('[data-reading-line]')!.getBoundingClientRect().bottom;
    window.scrollBy(0, document.getElementById(id)!.getBoundingClientRect().top - line + 40);
  }, ids[5]!);
  const contents = await openContents(page, 'Налаштування читання', 'Зміст');
  const current = contents.locator('[aria-current="location"]');
  await expect(current).toHaveAttribute('href', `/ua/${LONG}#${ids[5]}`);
  await page.evaluate((id) => {
    const line = document.querySelector('[data-reading-line]')!.getBoundingClientRect().bottom;
    window.scrollBy(0, document.getElementById(id)!.getBoundingClientRect().top - line + 40);
  }, ids[7]!);
  await expect(current).toHaveAttribute('href', `/ua/${LONG}#${ids[7]}`);
});

test('the contents are reachable and usable by keyboard alone', async ({ page }) => {
  await page.goto(`/ru/${LONG}`);
  await appTookOver(page);
  const button = page.getByRole('button', { name: 'Настройки чтения' });
  await button.focus();
  await page.keyboard.press('Enter');
  const contents = page.getByRole('navigation', { name: 'Содержание' });
  await expect(contents).toBeVisible();
  const first = contents.getByRole('link').first();
  const id = (await first.getAttribute('href'))!.split('#')[1]!;
  // Through the panel's controls to the first heading (each radio group is one stop).
  for (let i = 0; i < 10 && !(await first.evaluate((link) => link === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(contents).toBeHidden();
  await expect.poll(() => distanceFromReadingLine(page, id)).toBeLessThan(2);
  await expect(page.locator(`[data-segment-id="${id}"]`)).toBeFocused();
});

test('in the parallel view, the contents are the first column’s headings and a jump marks the row', async ({
  page,
}) => {
  await page.goto(`/ru/${LONG}?compare=en`);
  await expect(page.locator('.parallel-row').first()).toBeVisible();
  const contents = await openContents(page, 'Настройки чтения', 'Содержание');
  const link = contents.getByRole('link').nth(4);
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(new RegExp(`^/ru/${LONG}\\?compare=en#`));
  const id = href.split('#')[1]!;
  const text = await link.textContent();
  await link.click();
  await expect.poll(() => distanceFromReadingLine(page, id)).toBeLessThan(2);
  const row = page.locator(`.parallel-row[data-segment-id="${id}"]`);
  await expect(row).toHaveAttribute('data-active');
  await expect(row).toBeFocused();
  await expect(row.locator('[lang="ru"]').first()).toContainText(text!);
});

test('an article with fewer than three headings has settings but no contents', async ({ page }) => {
  await page.goto(`/en/${SEED}`);
  await appTookOver(page);
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Reading settings' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(0);
});
