import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SEED, appTookOver } from './helpers';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

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
