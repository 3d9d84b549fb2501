import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LONG, SEED, appTookOver } from './helpers';

// Screenshots to look at, in the test's output folder; not compared with anything.
const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: test.info().outputPath(`${name}-${test.info().project.name}.png`), fullPage });

/** Settings as a returning reader's browser holds them, in every page this test opens. */
async function storeSettings(page: Page, settings: Record<string, unknown>) {
  await page.addInitScript((value) => {
    localStorage.setItem('triptych-reader', JSON.stringify({ version: 2, state: { positions: {}, settings: value } }));
  }, settings);
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const articleFont = (page: Page) =>
  page
    .locator('.article p.segment')
    .first()
    .evaluate((p) => {
      const style = getComputedStyle(p);
      return { size: parseFloat(style.fontSize), leading: parseFloat(style.lineHeight), width: p.clientWidth };
    });

async function openSettings(page: Page) {
  await appTookOver(page);
  await page.getByRole('button', { name: 'Reading settings' }).click();
  const panel = page.getByRole('dialog', { name: 'Reading settings' });
  await expect(panel).toBeVisible();
  return panel;
}

test('the reader picks dark from the bar: the page turns dark at once, and stays dark after a reload', async ({
  page,
}) => {
  await page.goto(`/en/${SEED}`);
  const light = await background(page);
  const panel = await openSettings(page);
  await panel.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe('rgb(21, 23, 27)');
  expect(light).not.toBe('rgb(21, 23, 27)');
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
  await shot(page, 'dark-panel');
  // Escape closes the panel and gives focus back to its button.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Reading settings' })).toBeFocused();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe('rgb(21, 23, 27)');
  await shot(page, 'dark');
});

test('sepia is a palette of its own, in the article and in the parallel view with a marked row and a gap', async ({
  page,
}) => {
  await storeSettings(page, { theme: 'sepia', textSize: 1, lineSpacing: 'normal' });
  await page.goto(`/ua/${SEED}`);
  expect(await background(page)).toBe('rgb(244, 236, 216)');
  await shot(page, 'sepia');
  await page.goto(`/en/${LONG}?compare=ua,ru`);
  await page.locator('.parallel-row').nth(3).click();
  await expect(page.locator('.parallel-row[data-active]')).toHaveCSS('background-color', 'rgb(240, 216, 144)');
  await shot(page, 'sepia-parallel');
});

test('with no choice made, the theme follows the system; a choice of light overrides a dark system', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/ru/${SEED}`);
  expect(await background(page)).toBe('rgb(21, 23, 27)');
  await appTookOver(page);
  // The button and its panel are named in the page's language.
  await page.getByRole('button', { name: 'Настройки чтения' }).click();
  const panel = page.getByRole('dialog', { name: 'Настройки чтения' });
  await panel.getByRole('radio', { name: 'Светлая' }).check();
  expect(await background(page)).toBe('rgb(253, 252, 249)');
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'light');
});

/** The page's theme-color tags: which colour scheme each is for, and its colour. */
const themeColors = (page: Page) =>
  page
    .locator('meta[name="theme-color"]')
    .evaluateAll((metas) => metas.map((meta) => `${meta.getAttribute('media')} ${meta.getAttribute('content')}`));
/** The reading bar's colour, as #rrggbb. */
const barColour = (page: Page) =>
  page.locator('.reader__bar').evaluate((bar) => {
    const rgb = getComputedStyle(bar).backgroundColor.match(/\d+/g) ?? [];
    return `#${rgb.map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
  });

test("the browser's own bar takes the reading bar's colour of the theme chosen, and the system's pair without a choice", async ({
  page,
}) => {
  await page.goto(`/en/${SEED}`);
  const systemPair = ['(prefers-color-scheme: light) #fdfcf9', '(prefers-color-scheme: dark) #15171b'];
  expect(await themeColors(page)).toEqual(systemPair);
  const panel = await openSettings(page);
  for (const theme of ['Sepia', 'Dark', 'Light']) {
    await panel.getByRole('radio', { name: theme }).check();
    const colour = await barColour(page);
    expect(await themeColors(page), theme).toEqual([
      `(prefers-color-scheme: light) ${colour}`,
      `(prefers-color-scheme: dark) ${colour}`,
    ]);
  }
  // Both halves of the pair are the bar's colours under each system scheme.
  await panel.getByRole('radio', { name: 'System' }).check();
  expect(await themeColors(page)).toEqual(systemPair);
  expect(await barColour(page)).toBe('#fdfcf9');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await barColour(page)).toBe('#15171b');

  // A choice is on the tags from the start of the next page, before the app runs (the head script).
  await panel.getByRole('radio', { name: 'Sepia' }).check();
  await page.route('**/assets/*.js', () => undefined);
  await page.goto(`/en/${SEED}`, { waitUntil: 'commit' });
  await expect(page.locator('.article__title')).toBeVisible();
  expect(await themeColors(page)).toEqual([
    '(prefers-color-scheme: light) #f4ecd8',
    '(prefers-color-scheme: dark) #f4ecd8',
  ]);
});

test('text size has six steps; the text grows at each, and the line keeps a comfortable length', async ({ page }) => {
  await page.goto(`/en/${SEED}`);
  const panel = await openSettings(page);
  const sizes: number[] = [];
  const lineLengths: number[] = [];
  for (const name of ['Smallest', 'Default', 'Large', 'Larger', 'Very large', 'Largest']) {
    await panel.getByRole('radio', { name, exact: true }).check();
    const font = await articleFont(page);
    sizes.push(font.size);
    // Characters a line holds, roughly: the serif's average letter is about half its size.
    lineLengths.push(font.width / (font.size * 0.5));
  }
  for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1]!);
  expect(sizes[5]! / sizes[1]!).toBeCloseTo(1.6, 1);
  if (test.info().project.name === 'desktop') {
    // The column widens with the text: the same measure at every size, on a wide screen.
    for (const length of lineLengths) {
      expect(length).toBeGreaterThan(60);
      expect(length).toBeLessThan(80);
    }
  }
  await page.keyboard.press('Escape');
  await shot(page, 'largest');
  // Nothing overflows sideways at the largest size, even on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('line spacing has three steps, and every setting survives a reload', async ({ page }) => {
  await page.goto(`/en/${SEED}`);
  const panel = await openSettings(page);
  const leading: number[] = [];
  for (const name of ['Compact', 'Normal', 'Relaxed']) {
    await panel.getByRole('radio', { name, exact: true }).check();
    const font = await articleFont(page);
    leading.push(font.leading / font.size);
  }
  expect(leading.map((n) => Math.round(n * 100) / 100)).toEqual([1.45, 1.65, 1.9]);
  await panel.getByRole('radio', { name: 'Larger', exact: true }).check();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-line-spacing', 'relaxed');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');
  const panelAgain = await openSettings(page);
  await expect(panelAgain.getByRole('radio', { name: 'Relaxed' })).toBeChecked();
  await expect(panelAgain.getByRole('radio', { name: 'Larger', exact: true })).toBeChecked();
});

test('a reader who asks for less motion gets no fades (and nothing scrolls smoothly for anyone)', async ({ page }) => {
  await page.goto(`/en/${SEED}`);
  // The fade of a language switch under way.
  const fade = () =>
    page.evaluate(() => {
      document.querySelector('.reader')?.setAttribute('aria-busy', 'true');
      const article = document.querySelector('.article');
      return article ? getComputedStyle(article).transitionDuration : null;
    });
  expect(await fade()).toBe('0.2s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await fade()).toBe('0s');
  await expect(page.locator('html')).toHaveCSS('scroll-behavior', 'auto');
});
