import { expect, test } from './fixtures';
import { SEED, appTookOver } from './helpers';

test('a keyboard reader skips to the text and switches language without a mouse', async ({ page }) => {
  await page.goto(`/en/${SEED}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Before the app takes over, the skip link is the browser's own, which puts #_main in the URL.
  await appTookOver(page);

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(`/en/${SEED}`);

  // Back from the text: the shortcuts, saving for offline, the reading settings, the side-by-side link,
  // then the last language.
  // A touch-only phone has no shortcuts button (it has no keys).
  const shortcuts = page.getByRole('button', { name: 'Keyboard shortcuts' });
  const backwards = [
    ...((await shortcuts.isVisible()) ? [shortcuts] : []),
    page.getByRole('button', { name: 'Save for offline' }),
    page.getByRole('button', { name: 'Reading settings' }),
    page.getByRole('link', { name: 'Compare translations side by side' }),
  ];
  for (const control of backwards) {
    await page.keyboard.press('Shift+Tab');
    await expect(control).toBeFocused();
  }
  await page.keyboard.press('Shift+Tab');
  const russian = page.getByRole('navigation', { name: 'Read this article in' }).getByRole('link', { name: 'Русский' });
  await expect(russian).toBeFocused();
  const outline = await russian.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/ru/${SEED}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the skip link is out of sight until focused, even where its words take two lines', async ({ page }) => {
    await page.goto('/ru/');
    await appTookOver(page);
    const skip = page.getByRole('link', { name: 'Перейти к основному содержимому' });
    await expect(skip).not.toBeInViewport();
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport({ ratio: 1 });
  });
});
