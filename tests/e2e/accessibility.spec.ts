import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LONG, SEED, appTookOver, violations } from './helpers';

for (const word of ['ua', 'en', 'ru']) {
  test.describe(`in /${word}/`, () => {
    test('the library has no accessibility violations', async ({ page }) => {
      await page.goto(`/${word}/`);
      await expect(page.locator('.card').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('an article has none', async ({ page }) => {
      await page.goto(`/${word}/${SEED}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('the parallel view has none', async ({ page }) => {
      await page.goto(`/${word}/${SEED}?compare=${word === 'en' ? 'ua,ru' : 'en'}`);
      await expect(page.locator('.parallel-row').first()).toBeVisible();
      await page.locator('.parallel-row').nth(2).click();
      expect(await violations(page)).toEqual([]);
    });

    test('the 404 page has none', async ({ page }) => {
      await page.goto(`/${word}/no-such-article`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('the shortcuts dialog has none', async ({ page }) => {
      await page.goto(`/${word}/${SEED}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The shortcuts are the app's.
      await appTookOver(page);
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

/** Settings as a returning reader's browser holds them. */
async function chooseTheme(page: Page, theme: string) {
  await page.addInitScript(
    (value) => {
      localStorage.setItem(
        'triptych-reader',
        JSON.stringify({ version: 2, state: { positions: {}, settings: value } }),
      );
    },
    { theme },
  );
}

const SETTINGS_NAME = { ua: 'Налаштування читання', en: 'Reading settings', ru: 'Настройки чтения' } as const;

for (const theme of ['light', 'sepia', 'dark']) {
  for (const word of ['ua', 'en', 'ru'] as const) {
    test(`in ${theme}, a long article with its settings and contents open has none (/${word}/)`, async ({ page }) => {
      await chooseTheme(page, theme);
      await page.goto(`/${word}/${LONG}`);
      await appTookOver(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.getByRole('button', { name: SETTINGS_NAME[word] }).click();
      await expect(page.getByRole('navigation').last()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
}

for (const theme of ['sepia', 'dark']) {
  test(`in ${theme}, the library has none`, async ({ page }) => {
    await chooseTheme(page, theme);
    await page.goto('/en/');
    await expect(page.locator('.card').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test(`in ${theme}, the parallel view with a marked row and stale marks has none`, async ({ page }) => {
    await chooseTheme(page, theme);
    await page.goto('/ua/kyiv-funicular-at-120?compare=en,ru');
    await expect(page.locator('.parallel-row').first()).toBeVisible();
    await page.locator('.parallel-row').nth(2).click();
    expect(await violations(page)).toEqual([]);
  });
}
