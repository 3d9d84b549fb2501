import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SEED, appTookOver } from './helpers';

const results = (page: Page) => page.locator('.search-hit');
// The first query loads the search code and index; on a busy two-core machine that can take seconds.
const slow = expect.configure({ timeout: 20_000 });

/** Follows a result and checks it landed on its passage, marked, with the searched word in it. */
async function landsOnPassage(page: Page, word: string, text: string) {
  const first = results(page).first();
  await slow(first.locator('mark').first()).toHaveText(new RegExp(text, 'i'));
  const href = (await first.getByRole('heading').getByRole('link').getAttribute('href')) ?? '';
  const segmentId = href.split('#')[1] ?? '';
  expect(href).toMatch(new RegExp(`^/${word}/[a-z0-9-]+#[a-z0-9-]+$`));
  await first.getByRole('heading').getByRole('link').click();
  await expect(page).toHaveURL(href);
  const segment = page.locator(`[data-segment-id="${segmentId}"]`);
  await expect(segment).toHaveAttribute('data-marked', 'true');
  await expect(segment).toContainText(new RegExp(text, 'i'));
  await expect(segment).toBeInViewport();
}

for (const [word, query, heading] of [
  ['ua', 'Київпастранс', 'Пошук у бібліотеці'],
  ['en', 'hostages', 'Search the library'],
  ['ru', 'Геродот', 'Поиск по библиотеке'],
] as const) {
  test(`a search from the /${word}/ library finds a passage and lands on it, and Back returns to the results`, async ({
    page,
  }) => {
    await page.goto(`/${word}/`);
    await appTookOver(page);
    const field = page.getByRole('search').getByRole('searchbox');
    await field.fill(query);
    await field.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page).toHaveURL(`/${word}/search?q=${encodeURIComponent(query)}`);
    await expect(page.locator('html')).toHaveAttribute('lang', word === 'ua' ? 'uk' : word);
    await landsOnPassage(page, word, query);

    await page.goBack();
    await expect(page).toHaveURL(`/${word}/search?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('searchbox')).toHaveValue(query);
    await slow(results(page).first()).toBeVisible();
  });
}

test('a result offers the passage side by side with its translations', async ({ page }) => {
  await page.goto('/en/search?q=hostages');
  const first = results(page).first();
  await slow(first.getByText(/Available in: Ukrainian, English, Russian/)).toBeVisible();
  await expect(first.locator('time')).toHaveText('July 25, 2025');
  const side = first.getByRole('link', { name: /side by side/ });
  const href = (await side.getAttribute('href')) ?? '';
  expect(href).toMatch(new RegExp(`^/en/${SEED}\\?compare=ua,ru#[a-z0-9-]+$`));
  await side.click();
  await expect(page).toHaveURL(href);
  await expect(page.locator('.parallel-row').first()).toBeVisible();
  await expect(page.locator(`[data-segment-id="${href.split('#')[1] ?? ''}"]`).first()).toBeInViewport();
});

test('all languages groups each article’s hits under it, one per language', async ({ page }) => {
  await page.goto('/ua/search?q=1965&in=all');
  await slow(page.getByRole('status')).toHaveText('3 результати за запитом «1965» у 1 статті');
  const group = page.locator('.search-group');
  await expect(group).toHaveCount(1);
  await expect(group.getByRole('heading', { level: 2 })).toHaveText('Дніпро: річка трьох імен');
  await expect(group.locator('.search-hit .badge')).toHaveText(['Українська', 'Англійська', 'Російська']);
  await expect(page.getByRole('radio', { name: 'Усіма мовами' })).toBeChecked();

  await page.getByRole('radio', { name: 'Лише українською' }).check();
  await expect(page).toHaveURL('/ua/search?q=1965');
  await slow(page.getByRole('status')).toHaveText('1 результат за запитом «1965»');
});

test('no results: a translated message with suggestions, the same keys in Cyrillic among them', async ({ page }) => {
  await page.goto('/ru/search?q=lytgh');
  await slow(page.getByRole('status')).toHaveText('По запросу «lytgh» ничего не найдено.');
  await expect(page.getByRole('link', { name: 'искать на всех языках' })).toHaveAttribute(
    'href',
    '/ru/search?q=lytgh&in=all',
  );
  await expect(page.getByRole('link', { name: 'посмотреть библиотеку' })).toHaveAttribute('href', '/ru/');
  await appTookOver(page);
  await page.getByRole('link', { name: 'днепр', exact: true }).click();
  await expect(page).toHaveURL(`/ru/search?q=${encodeURIComponent('днепр')}`);
  await slow(results(page).first().locator('mark').first()).toHaveText(/днепр/i);
});

test('a hostile query is shown as text and runs nothing', async ({ page }) => {
  const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.goto(`/en/search?q=${encodeURIComponent(hostile)}`);
  // Whatever it finds (its words may match), the query is shown as the text it is.
  await slow(page.getByRole('status')).toContainText(`“${hostile}”`);
  await expect(page.getByRole('searchbox')).toHaveValue(hostile);
  await expect(page.locator('main img, main script')).toHaveCount(0);
  await expect(page).toHaveTitle(`${hostile} · Search · Triptych`);
});

test('keyboard only: / opens search anywhere, typing finds, Tab reaches a result, Enter lands on it', async ({
  page,
}) => {
  await page.goto(`/en/${SEED}`);
  await appTookOver(page);
  await page.keyboard.press('/');
  await expect(page).toHaveURL('/en/search');
  const field = page.getByRole('searchbox', { name: 'Search articles' });
  await expect(field).toBeFocused();
  await page.keyboard.type('ceasefire');
  await expect(page).toHaveURL('/en/search?q=ceasefire');
  await slow(results(page).first()).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Only in English' })).toBeFocused();
  await page.keyboard.press('Tab');
  const title = results(page).first().getByRole('heading').getByRole('link');
  await expect(title).toBeFocused();
  const href = (await title.getAttribute('href')) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href);

  // In the library, / puts the cursor in its own field.
  await page.goto('/en/');
  await appTookOver(page);
  await page.keyboard.press('/');
  await expect(page.getByRole('search').getByRole('searchbox')).toBeFocused();
});

test('the shortcuts list names /', async ({ page }) => {
  await page.goto(`/en/${SEED}`);
  await appTookOver(page);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog').getByText('Search the library')).toBeVisible();
});

for (const word of ['ua', 'en', 'ru']) {
  test(`the /${word}/ results page has no accessibility violations`, async ({ page }) => {
    // axe reads the whole page: slow on a busy machine.
    test.slow();
    await page.goto(`/${word}/search?q=1965&in=all`);
    await slow(results(page).first()).toBeVisible();
    const found = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(found.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);
  });
}
