import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  LONG,
  SEED,
  appTookOver,
  clickInPlace,
  expectAtReadingLine,
  recordNetworkFetches,
  repeated,
  saveData,
  scrollSegmentToReadingLine,
} from './helpers';

const UK_TITLE = 'Посадовці адміністрації Трампа пояснили, чому США вийшли з мирних переговорів щодо Гази';
const EN_TITLE = 'Trump officials explain why US pulled out of Gaza peace talks';

test('the Ukrainian page has lang="uk" and the Ukrainian title', async ({ page }) => {
  await page.goto(`/ua/${SEED}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(UK_TITLE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page).toHaveTitle(`${UK_TITLE} · Triptych`);
  await expect(page.getByRole('article')).toHaveAttribute('lang', 'uk');
});

test('switching to English lands on /en/ with the same segment at the top', async ({ page }) => {
  await page.goto(`/ua/${LONG}`);
  await scrollSegmentToReadingLine(page, 'the-wandering-sich');
  await clickInPlace(
    page,
    page.getByRole('navigation', { name: 'Читати цю статтю мовою' }).getByRole('link', { name: 'English' }),
  );
  await expect(page).toHaveURL(`/en/${LONG}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAtReadingLine(page, 'the-wandering-sich');
});

test('Back after a switch returns to the previous language at the same place', async ({ page }) => {
  await page.goto(`/en/${LONG}`);
  await scrollSegmentToReadingLine(page, 'heading-kyiv-bridges');
  await clickInPlace(
    page,
    page.getByRole('navigation', { name: 'Read this article in' }).getByRole('link', { name: 'Русский' }),
  );
  await expect(page).toHaveURL(`/ru/${LONG}`);
  await expectAtReadingLine(page, 'heading-kyiv-bridges');
  await page.goBack();
  await expect(page).toHaveURL(`/en/${LONG}`);
  await expectAtReadingLine(page, 'heading-kyiv-bridges');
});

test('a reload restores the reading position', async ({ page }) => {
  await page.goto(`/en/${LONG}`);
  await scrollSegmentToReadingLine(page, 'the-flood');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAtReadingLine(page, 'the-flood');
});

test('a #segment-id link lands on that segment, marked', async ({ page }) => {
  await page.goto(`/ru/${SEED}#qatar-talks`);
  await expectAtReadingLine(page, 'qatar-talks');
  await expect(page.locator('#qatar-talks')).toHaveAttribute('data-marked', 'true');
});

test('a language the article lacks is disabled with its reason', async ({ page }) => {
  await page.goto('/en/kyiv-funicular-at-120');
  const nav = page.getByRole('navigation', { name: 'Read this article in' });
  await expect(nav.getByRole('link', { name: 'Українська' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Русский' })).toHaveCount(0);
  await expect(nav.getByText('not translated yet')).toBeVisible();
});

test('the library marks an article missing in its language and Continue reading shows progress', async ({ page }) => {
  await page.goto(`/ru/${LONG}`);
  await scrollSegmentToReadingLine(page, 'heading-dams');
  await clickInPlace(page, page.getByRole('link', { name: 'Библиотека' }));
  await expect(page).toHaveURL('/ru/');
  const row = page.getByRole('region', { name: 'Продолжить чтение' });
  await expect(row.getByRole('link', { name: 'Днепр: река трёх имён' })).toBeVisible();
  const said = await row.getByText(/Прочитано \d+%/).textContent();
  const bar = row.getByRole('progressbar', { name: 'Сколько прочитано из статьи «Днепр: река трёх имён»' });
  await expect(bar).toBeVisible();
  // The bar and the words say the same, and it is not the start or the end of the text.
  const percent = Number(await bar.getAttribute('value'));
  expect(said).toBe(`Прочитано ${percent}%`);
  expect(percent).toBeGreaterThan(0);
  expect(percent).toBeLessThan(100);
  await expect(row).toContainText('В последний раз сегодня');
  // A short line, not a second card of the article, whose one card stays in the list below.
  const line = await row.getByRole('listitem').boundingBox();
  expect(line?.height).toBeLessThan(110);
  await expect(row.getByRole('article')).toHaveCount(0);
  await expect(page.getByRole('article').filter({ hasText: 'Днепр: река трёх имён' })).toHaveCount(1);
  await expect(page.getByText('На русском пока нет · читаете на украинском')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath(`continue-reading-${test.info().project.name}.png`) });
});

test('an unknown page is a translated 404 with a link to the library', async ({ page }) => {
  await page.goto('/en/no-such-article');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the library' }).click();
  await expect(page).toHaveURL('/en/');
});

test('/uk/ redirects to the same page under /ua/', async ({ page }) => {
  await page.goto(`/uk/${SEED}`);
  await expect(page).toHaveURL(`/ua/${SEED}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(UK_TITLE);
});

test.describe('a ru-RU browser', () => {
  test.use({ locale: 'ru-RU' });
  test('is sent from / to /ru/', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/ru/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });
});

test.describe('a de-DE browser', () => {
  test.use({ locale: 'de-DE' });
  test('is sent from / to /ua/', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/ua/');
    await expect(page.getByRole('heading', { level: 2, name: /Останні статті/ })).toBeVisible();
  });
});

/** The paths of the Ukrainian and Russian bundles the page asks for, as it asks (idle prefetch, switches). */
function otherLanguageBundles(page: Page): string[] {
  const bundles: string[] = [];
  page.on('request', (request) => {
    if (/\/articles\/.*\/(uk|ru)\.json$/.test(request.url())) bundles.push(new URL(request.url()).pathname);
  });
  return bundles;
}

test('once the browser has been idle, a switch paints the other language without asking the network', async ({
  page,
}) => {
  const bundles = otherLanguageBundles(page);
  await page.goto(`/en/${LONG}`);
  await expect.poll(() => bundles.sort()).toEqual([`/articles/${LONG}/ru.json`, `/articles/${LONG}/uk.json`]);
  await scrollSegmentToReadingLine(page, 'life-at-the-sich');
  await page.route('**/articles/**', (route) => route.abort());
  await clickInPlace(
    page,
    page.getByRole('navigation', { name: 'Read this article in' }).getByRole('link', { name: 'Русский' }),
  );
  await expect(page.getByRole('article')).toHaveAttribute('lang', 'ru');
  await expectAtReadingLine(page, 'life-at-the-sich');
  expect(bundles).toHaveLength(2);
});

test('a switch deep in an article shows the new language with the place already where it was: nothing jumps', async ({
  page,
}) => {
  const bundles = otherLanguageBundles(page);
  await page.goto(`/en/${LONG}`);
  await expect.poll(() => bundles.length).toBe(2);
  await scrollSegmentToReadingLine(page, 'heading-kyiv-bridges');
  // In the page, every frame from the click until the first that shows Russian: where the place is in that frame.
  const firstRussianFrame = page.evaluate(
    () =>
      new Promise<{ title: string; offset: number }>((done) => {
        const line = () => document.querySelector('[data-reading-line]')?.getBoundingClientRect().bottom ?? 0;
        const watch = () => {
          const title = document.querySelector('h1')?.textContent ?? '';
          if (!/[А-Яа-я]/.test(title)) return void requestAnimationFrame(watch);
          const place = document.getElementById('heading-kyiv-bridges')?.getBoundingClientRect().top ?? NaN;
          done({ title, offset: place - line() });
        };
        addEventListener('click', () => requestAnimationFrame(watch), { capture: true, once: true });
      }),
  );
  await clickInPlace(
    page,
    page.getByRole('navigation', { name: 'Read this article in' }).getByRole('link', { name: 'Русский' }),
  );
  const seen = await firstRussianFrame;
  expect(seen.title).toMatch(/[А-Яа-я]/);
  expect(Math.abs(seen.offset)).toBeLessThan(2);
  await expectAtReadingLine(page, 'heading-kyiv-bridges');
});

test('English title in English', async ({ page }) => {
  await page.goto(`/en/${SEED}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EN_TITLE);
});

test('on a slow network, with nothing prefetched (Save-Data), a switch keeps the current text on screen until the next is ready, and keeps the place', async ({
  page,
}) => {
  await saveData(page);
  await page.goto(`/en/${LONG}`);
  await scrollSegmentToReadingLine(page, 'life-at-the-sich');
  await page.route('**/articles/*/uk.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await clickInPlace(
    page,
    page.getByRole('navigation', { name: 'Read this article in' }).getByRole('link', { name: 'Українська' }),
  );
  await expect(page).toHaveURL(`/ua/${LONG}`);
  // Still the English text, marked busy, at the same place.
  await expect(page.locator('.reader')).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('article')).toHaveAttribute('lang', 'en');
  await expectAtReadingLine(page, 'life-at-the-sich');
  await expect(page.getByRole('article')).toHaveAttribute('lang', 'uk', { timeout: 10_000 });
  await expectAtReadingLine(page, 'life-at-the-sich');
});

test('a translation whose original changed says so once in its header and quietly at the passage, in both views', async ({
  page,
}) => {
  await page.goto('/en/kyiv-funicular-at-120');
  await expect(page.getByRole('note')).toHaveText(/^1 passage may be behind the original/);
  const passage = page.locator('#opening-spring-1905');
  await expect(passage.getByText('may be behind')).toBeVisible();
  await expect(passage.getByText('may be behind')).toHaveAttribute('title', /changed on May 22, 2025/);
  // The original has nothing behind it.
  await page.goto('/ua/kyiv-funicular-at-120');
  await expect(page.locator('[data-stale]')).toHaveCount(0);
  await page.goto('/en/kyiv-funicular-at-120?compare=ua');
  const row = page.locator('.parallel-row#opening-spring-1905');
  await expect(row).toHaveAttribute('data-stale', 'true');
  await expect(row.getByText('may be behind')).toBeVisible();
});

test('an article, a language switch, the parallel view and the library fetch nothing twice, the favicon once', async ({
  page,
}) => {
  const fetched = await recordNetworkFetches(page);
  const favicons = () => fetched().filter((path) => path.includes('favicon'));
  await page.goto(`/en/${LONG}`);
  await appTookOver(page);
  // What the page fetches ahead once it has loaded and the browser is idle: the other languages.
  await expect.poll(fetched).toContain(`/articles/${LONG}/ru.json`);
  await expect.poll(favicons).toHaveLength(1);

  await clickInPlace(
    page,
    page.getByRole('navigation', { name: 'Read this article in' }).getByRole('link', { name: 'Русский' }),
  );
  await expect(page.getByRole('article')).toHaveAttribute('lang', 'ru');
  await clickInPlace(page, page.getByRole('link', { name: 'Сравнить переводы рядом' }));
  await expect(page.locator('.parallel-row').first()).toBeVisible();
  await page.getByRole('link', { name: 'Библиотека' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Последние статьи' })).toBeVisible();
  // Let whatever the library fetches ahead arrive before counting.
  await page.waitForLoadState('networkidle');

  expect(fetched().filter((path) => path.startsWith('/en/') || path.startsWith('/ru/'))).toEqual([`/en/${LONG}`]);
  expect(repeated(fetched())).toEqual([]);
  expect(favicons()).toHaveLength(1);
});
