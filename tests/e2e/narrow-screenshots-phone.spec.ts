import type { Page } from '@playwright/test';
import { URL_WORDS } from '../../src/i18n/languages';
import { expect, test } from './fixtures';
import { LONG, SEED, appTookOver, scrollSegmentToReadingLine } from './helpers';

// Runs in the phone project only. Screenshots at the narrowest width we design for, in every language,
// to look at (in the test's output folder; nothing compares them), with the checks a look would make.

test.use({ viewport: { width: 320, height: 640 } });

const COMPARE = { ua: 'en,ru', en: 'ua,ru', ru: 'ua,en' } as const;

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}-320.png`) });

/** Nothing wider than the window, and no text cut off in a box too small for it. */
async function fitsTheWidth(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => {
        const style = getComputedStyle(element);
        // Hidden on purpose: not shown, or kept for screen readers only (a 1 px box).
        if (style.display === 'none' || style.visibility === 'hidden' || element.clientWidth <= 1) return false;
        const clips = /hidden|clip/.test(style.overflowX) && !element.matches('progress');
        return clips && element.scrollWidth > element.clientWidth + 1 && element.textContent?.trim();
      })
      .map((element) => element.className || element.tagName),
  );
  expect(clipped).toEqual([]);
}

/** The bar is one row: its controls' tops within a few pixels of each other. */
async function barIsOneRow(page: Page) {
  const tops = await page
    .locator('[data-reading-line] .reader__bar-inner')
    .locator('a:visible, button:visible')
    .evaluateAll((controls) => controls.map((control) => control.getBoundingClientRect().top));
  expect(tops.length).toBeGreaterThan(1);
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(8);
}

for (const word of URL_WORDS) {
  test(`/${word}/ at 320 px: the article's top, its text under the bar, and the parallel view`, async ({ page }) => {
    await page.goto(`/${word}/${LONG}`);
    await appTookOver(page);
    await barIsOneRow(page);
    await fitsTheWidth(page);
    await shot(page, `${word}-article-top`);
    await scrollSegmentToReadingLine(page, 'heading-dams');
    await barIsOneRow(page);
    await shot(page, `${word}-article-text`);

    await page.goto(`/${word}/${SEED}?compare=${COMPARE[word]}`);
    await appTookOver(page);
    await expect(page.locator('.parallel-row').first()).toBeVisible();
    await barIsOneRow(page);
    await fitsTheWidth(page);
    await shot(page, `${word}-parallel-top`);
    await page.locator('.parallel-row').nth(3).click();
    await expect(page.locator('.parallel-row[data-active]')).toHaveCount(1);
    await shot(page, `${word}-parallel-marked`);
  });
}

test('/ua/ at 320 px: the library with an article to continue', async ({ page }) => {
  await page.addInitScript((slug) => {
    const positions = { [slug]: { segmentId: 'x', offset: 0, progress: 0.37, updatedAt: Date.now() } };
    localStorage.setItem('triptych-reader', JSON.stringify({ version: 2, state: { positions, settings: {} } }));
  }, LONG);
  await page.goto('/ua/');
  await expect(page.getByRole('progressbar')).toBeVisible();
  await fitsTheWidth(page);
  await shot(page, 'ua-library');
});
