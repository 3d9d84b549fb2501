import { expect, test } from './fixtures';
import { LONG, SEED, appTookOver, expectAtReadingLine } from './helpers';

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

test('j and k mark the passage they bring to the reading line as a link marks it, and the address follows', async ({
  page,
}) => {
  await page.goto(`/en/${LONG}`);
  await appTookOver(page);
  const ids = await page.locator('.article [data-segment-id]').evaluateAll((all) => all.map((segment) => segment.id));
  const marked = page.locator('[data-marked]');
  await expect(marked).toHaveCount(0);

  await page.keyboard.press('j');
  await expect(marked).toHaveCount(1);
  const first = (await marked.getAttribute('id')) ?? '';
  await expectAtReadingLine(page, first);
  await expect(page).toHaveURL(`/en/${LONG}#${first}`);
  await expect(marked).toBeFocused();
  const look = (id: string) =>
    page.locator(`#${id}`).evaluate((segment) => {
      const style = getComputedStyle(segment);
      return [style.backgroundColor, style.borderLeftWidth, style.borderLeftColor].join(' ');
    });
  const markedLook = await look(first);

  const second = ids[ids.indexOf(first) + 1] ?? '';
  await page.keyboard.press('j');
  await expect(page.locator(`#${second}`)).toHaveAttribute('data-marked', 'true');
  await expect(marked).toHaveCount(1);
  await expectAtReadingLine(page, second);
  await expect(page).toHaveURL(`/en/${LONG}#${second}`);
  await page.keyboard.press('k');
  await expect(page.locator(`#${first}`)).toHaveAttribute('data-marked', 'true');
  await expect(page).toHaveURL(`/en/${LONG}#${first}`);

  // The mark is the linked passage's own: the same after a reload of that address, where the page opens.
  await page.reload();
  await appTookOver(page);
  await expect(page.locator(`#${first}`)).toHaveAttribute('data-marked', 'true');
  await expectAtReadingLine(page, first);
  expect(await look(first)).toBe(markedLook);
  expect(await look(second)).not.toBe(markedLook);
  // Stepping replaced the address: Back leaves the article, as it would have before the steps.
  await page.goBack();
  await expect(page).not.toHaveURL(new RegExp(LONG));
});

test('in the parallel view j and k mark the row they bring to the reading line, as a click marks it', async ({
  page,
}) => {
  const path = `/en/${LONG}?compare=ua`;
  await page.goto(path);
  await appTookOver(page);
  const active = page.locator('.parallel-row[data-active]');
  await expect(active).toHaveCount(0);

  await page.keyboard.press('j');
  await expect(active).toHaveCount(1);
  const first = (await active.getAttribute('data-segment-id')) ?? '';
  await expectAtReadingLine(page, first);
  await expect(active).toBeFocused();
  await expect(active).toHaveAttribute('aria-current', 'location');
  await page.keyboard.press('j');
  await expect(active).toHaveCount(1);
  const second = (await active.getAttribute('data-segment-id')) ?? '';
  expect(second).not.toBe(first);
  await expectAtReadingLine(page, second);
  await page.keyboard.press('k');
  await expect(page.locator(`.parallel-row[data-segment-id="${first}"]`)).toHaveAttribute('data-active', 'true');
  await expect(active).toHaveCount(1);
  // A clicked row is marked on the page alone, and so is a row reached by keys: the address stays.
  await expect(page).toHaveURL(path);
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
