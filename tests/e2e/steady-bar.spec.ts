import type { Page } from '@playwright/test';
import { URL_WORDS } from '../../src/i18n/languages';
import { expect, test } from './fixtures';
import { LONG, appTookOver, clickInPlace } from './helpers';

/*
 * Nothing in the bars may move when the language changes: the language just chosen stays under the
 * pointer (so switching back is the same gesture), and the article's reading line (its bar's bottom),
 * from which a switch keeps the place, stays where it was.
 */

/** The language links' boxes, and the bar's bottom where it is a reading line, rounded to the pixel. */
function barLayout(page: Page, bar: string): Promise<string> {
  return page.evaluate((selector) => {
    const box = (element: Element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return [x, y, width, height].map(Math.round).join(',');
    };
    const links = [...document.querySelectorAll(`${selector} .language-switcher li`)].map(box);
    const bar = document.querySelector(selector);
    const line = bar?.hasAttribute('data-reading-line')
      ? ` | reading line ${Math.round(bar.getBoundingClientRect().bottom)}`
      : '';
    return links.join(' ') + line;
  }, bar);
}

async function layoutsByLanguage(page: Page, path: (word: string) => string, bar: string): Promise<string[]> {
  const layouts: string[] = [];
  for (const word of URL_WORDS) {
    await page.goto(path(word));
    await appTookOver(page);
    layouts.push(`${word}: ${await barLayout(page, bar)}`);
  }
  return layouts;
}

function expectTheSame(layouts: string[]): void {
  const [first] = layouts;
  const unprefixed = (layout: string) => layout.slice(layout.indexOf(':'));
  expect(
    layouts.filter((layout) => unprefixed(layout) !== unprefixed(first ?? '')),
    layouts.join('\n'),
  ).toEqual([]);
}

for (const width of [null, 700]) {
  test.describe(width ? `at ${width} px` : "at the project's width", () => {
    if (width) test.use({ viewport: { width, height: 800 } });

    test("the article's language links and reading line are in the same place in every language", async ({ page }) => {
      expectTheSame(await layoutsByLanguage(page, (word) => `/${word}/${LONG}`, '.reader__bar'));
    });

    test("the library's language links are in the same place in every language", async ({ page }) => {
      expectTheSame(await layoutsByLanguage(page, (word) => `/${word}/`, '.site-header'));
    });
  });
}

test('after a switch, the language just chosen is still under the pointer', async ({ page }) => {
  await page.goto(`/en/${LONG}`);
  await appTookOver(page);
  const russian = page.locator('.reader__bar .language-switcher a', { hasText: 'Русский' });
  const box = await russian.boundingBox();
  if (!box) throw new Error('the Russian link has no box');
  await clickInPlace(page, russian);
  await expect(page).toHaveURL(`/ru/${LONG}`);
  await expect(page.getByRole('article')).toHaveAttribute('lang', 'ru');
  const under = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x, y)?.closest('a')?.getAttribute('aria-current'),
    [box.x + box.width / 2, box.y + box.height / 2] as const,
  );
  expect(under).toBe('page');
});
