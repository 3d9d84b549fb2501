import type { Page } from '@playwright/test';
import { URL_WORDS } from '../../src/i18n/languages';
import { expect, test } from './fixtures';
import { SEED, appTookOver } from './helpers';

// Runs in the phone project only: the reading bars on a phone, from 320 to 430 px.

const FUNICULAR = 'kyiv-funicular-at-120';

/** The bar's controls' boxes: one row means they all share a line; room is what is left at its end. */
async function barRow(page: Page) {
  return page.evaluate(() => {
    const bar = document.querySelector('[data-reading-line] .reader__bar-inner');
    if (!bar) return null;
    const controls = [...bar.querySelectorAll('a, button, [aria-disabled]')]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 1);
    const inner = bar.getBoundingClientRect();
    const right = Math.max(...controls.map((box) => box.right));
    const left = Math.min(...controls.map((box) => box.left));
    const used = controls.reduce((sum, box) => sum + box.width, 0);
    return {
      // Rows: tops more than 8 px apart (controls of one row differ by their centring only).
      tops: controls
        .map((box) => box.top)
        .sort((a, b) => a - b)
        .filter((top, i, all) => i === 0 || top - (all[i - 1] ?? top) > 8).length,
      height: document.querySelector('[data-reading-line]')?.getBoundingClientRect().height ?? 0,
      within: left >= 0 && right <= window.innerWidth,
      // What a further icon button (the reading settings) would have beside the others, 2 px apart.
      room: inner.width - used - 2 * controls.length,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

for (const width of [320, 375, 430]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 } });
    for (const word of URL_WORDS) {
      for (const [what, path] of [
        ['an article in every language', `/${word}/${SEED}`],
        ['an article that lacks Russian', `/${word}/${FUNICULAR}`],
        [
          'the parallel view of three',
          `/${word}/${SEED}?compare=${word === 'ua' ? 'en,ru' : 'ua,' + (word === 'en' ? 'ru' : 'en')}`,
        ],
      ] as const) {
        test(`/${word}: the bar of ${what} is one row, with room for one more button`, async ({ page }) => {
          await page.goto(path);
          await appTookOver(page);
          const row = await barRow(page);
          expect(row).not.toBeNull();
          expect(row?.tops).toBe(1);
          expect(row?.within).toBe(true);
          expect(row?.overflow).toBeLessThanOrEqual(0);
          expect(row?.height).toBeLessThan(64);
          // Room for the reading settings' icon button, unless it is there already.
          const settings = await page.getByRole('button', { name: /reading settings|налаштування|настройки/i }).count();
          if (settings === 0) expect(row?.room).toBeGreaterThanOrEqual(44);
        });
      }
    }
  });
}

test('the back and side-by-side controls say in words what they are', async ({ page }) => {
  await page.goto(`/en/${SEED}`);
  await expect(page.locator('.reader__home')).toContainText('Library');
  await expect(page.locator('.reader__home')).toBeVisible();
  const caption = page.locator('.reader__compare .bar-button__caption').filter({ visible: true });
  await expect(caption).toHaveText('Compare');
});

test('a missing language keeps its reason for screen readers and the bar keeps one row', async ({ page }) => {
  await page.goto(`/ru/${FUNICULAR}`);
  await appTookOver(page);
  // No version here: nothing to compare and no progress to show.
  await expect(page.getByRole('link', { name: 'Сравнить переводы рядом' })).toHaveCount(0);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.locator('.language-switcher .is-missing')).toContainText('ещё не переведено');
  expect((await barRow(page))?.tops).toBe(1);
});

for (const input of ['mouse', 'touch'] as const) {
  test(`a passage's share menu stays on screen at 375 px, opened by ${input}`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`/ua/${SEED}`);
    await appTookOver(page);
    const segments = page.locator('p.segment');
    // Far passages skip layout until near the screen (content-visibility): one of them too.
    for (const index of [1, 2, 3, 12]) {
      const segment = segments.nth(index);
      await segment.scrollIntoViewIfNeeded();
      const button = segment.getByRole('button', { name: 'Поділитися фрагментом' });
      const box = await button.boundingBox();
      if (!box) throw new Error('no share button');
      if (input === 'touch') await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      else {
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      }
      const menu = segment.getByRole('group', { name: 'Поділитися фрагментом' });
      await expect(menu).toBeVisible();
      const edges = await menu.evaluate((element) => {
        const { left, right, top, bottom } = element.getBoundingClientRect();
        return { left, right, top, bottom, width: window.innerWidth, height: window.innerHeight };
      });
      expect(edges.left).toBeGreaterThanOrEqual(0);
      expect(edges.right).toBeLessThanOrEqual(edges.width);
      expect(edges.bottom).toBeLessThanOrEqual(edges.height);
      await expect(menu.getByRole('button', { name: 'Копіювати посилання' })).toBeInViewport();
      await button.click();
      await expect(menu).toBeHidden();
    }
  });
}
