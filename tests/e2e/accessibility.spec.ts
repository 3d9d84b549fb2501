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

/** Settings as a returning reader's browser holds them, with a place in an article they started (if any). */
async function chooseTheme(page: Page, theme: string, started?: string) {
  await page.addInitScript(
    ({ settings, slug }) => {
      const positions = slug
        ? { [slug]: { segmentId: 'x', offset: 0, progress: 0.4, updatedAt: Date.now() - 3 * 86_400_000 } }
        : {};
      localStorage.setItem('triptych-reader', JSON.stringify({ version: 2, state: { positions, settings } }));
    },
    { settings: { theme }, slug: started ?? null },
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

for (const theme of ['light', 'sepia', 'dark']) {
  test(`in ${theme}, the library with an article to continue has none`, async ({ page }) => {
    await chooseTheme(page, theme, LONG);
    await page.goto('/ua/');
    await expect(page.locator('.card').first()).toBeVisible();
    await expect(page.getByRole('progressbar')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

for (const theme of ['sepia', 'dark']) {
  test(`in ${theme}, the library has none`, async ({ page }) => {
    await chooseTheme(page, theme);
    await page.goto('/en/');
    await expect(page.locator('.card').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test(`in ${theme}, the search results have none`, async ({ page }) => {
    // The first search loads its code and index; axe reads the whole page: slow on a busy machine.
    test.slow();
    await chooseTheme(page, theme);
    await page.goto('/ru/search?q=1965&in=all');
    await expect(page.locator('.search-hit mark').first()).toBeVisible({ timeout: 20_000 });
    expect(await violations(page)).toEqual([]);
  });

  test(`in ${theme}, an article and its parallel view on a phone-sized page have none`, async ({ page }) => {
    await chooseTheme(page, theme);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/en/${SEED}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.goto(`/en/${SEED}?compare=ua,ru`);
    await expect(page.locator('.parallel-row').first()).toBeVisible();
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
