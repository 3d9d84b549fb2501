import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { summarize } from '../../src/articles/library-index';
import { parseBundle } from '../../src/articles/schema';
import { expect, test } from './fixtures';
import { LONG, SEED, appTookOver, expectAtReadingLine, saveData, scrollSegmentToReadingLine } from './helpers';

/** Only these are ever fetched for content: the index, summaries and bundles of valid slugs. */
const CONTENT_REQUEST = /^\/articles\/(index\/page-\d+|[a-z0-9]+(-[a-z0-9]+)*\/(index|uk|en|ru))\.json$/;

function recordContentRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/articles/')) paths.push(path);
  });
  return paths;
}

test.describe('hostile and broken links', () => {
  // nginx answers a malformed path (%00, .. above the root) with 400, and the translated page.
  test.use({ expectedConsole: [/status of 400 \(Bad Request\)/] });
  const cases: [string, string, RegExp][] = [
    ['an unknown language', '/xx/', /Сторінку не знайдено|Page not found|Страница не найдена/],
    ['an unknown slug', '/en/no-such-article', /Page not found/],
    ['a slug with ..', '/en/..%2F..%2Fetc%2Fpasswd', /Page not found/],
    ['a slug with %00', '/ru/abc%00def', /Страница не найдена/],
    ['a very long slug', `/en/${'a'.repeat(3000)}`, /Page not found/],
    ['a non-ASCII slug', '/ru/статья', /Страница не найдена/],
    ['a path under an article', '/en/story/../../admin', /Page not found/],
  ];
  for (const [what, url, heading] of cases) {
    test(`${what} gives a translated 404 and fetches nothing outside /articles/<slug>/<lang>.json`, async ({
      page,
    }) => {
      const requests = recordContentRequests(page);
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      for (const path of requests) expect(path).toMatch(CONTENT_REQUEST);
    });
  }

  for (const spelling of [
    `//en/${SEED}`,
    `/en//${SEED}`,
    `/en/${SEED.replace('u', '%75')}`,
    `/en/${SEED}/index.html`,
  ]) {
    test(`${spelling} ends at the article’s own URL, showing the article`, async ({ page, baseURL }) => {
      await page.goto(`${baseURL ?? ''}${spelling}`);
      await expect(page).toHaveURL(`/en/${SEED}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Trump officials/);
    });
  }

  test('junk in ?compare= is dropped and the URL corrected, never a crash', async ({ page }) => {
    await page.goto(`/en/${SEED}?compare=%3Cscript%3Ealert(1)%3C/script%3E,ru,ru,de`);
    await expect(page).toHaveURL(`/en/${SEED}?compare=ru`);
    await expect(page.locator('.parallel-row').first().locator('.parallel-cell')).toHaveCount(2);
  });

  test('a hostile #fragment is ignored: nothing injected, the article shows from the top', async ({ page }) => {
    const requests = recordContentRequests(page);
    await page.goto(`/en/${SEED}#"><img src=x onerror=alert(1)>`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Trump officials/);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('[data-marked]').count()).toBe(0);
    for (const path of requests) expect(path).toMatch(CONTENT_REQUEST);
  });
});

test.describe('a bundle with script payloads in every text field', () => {
  const fixture = readFileSync('tests/fixtures/articles/script-payload/en.json', 'utf8');

  test.beforeEach(async ({ page }) => {
    const result = parseBundle(fixture, { slug: 'script-payload', lang: 'en' });
    if (!result.ok) throw new Error('the payload fixture must be a valid bundle');
    const summary = JSON.stringify(summarize({ slug: 'script-payload', bundles: [result.bundle] }));
    // Served as a static host would serve it, so the production build reads it like any article.
    await page.route('**/articles/script-payload/en.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: fixture }),
    );
    await page.route('**/articles/script-payload/index.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: summary }),
    );
  });

  test('shows the payloads as text under the CSP: no script runs, nothing loads from elsewhere', async ({ page }) => {
    // Served the app (nginx: with a 404 status, since the build did not pre-render this test-only article).
    await page.goto('/en/script-payload');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    // Compiling the search's WebAssembly is the one exception; no inline script or eval beyond it.
    expect(csp?.replace("'wasm-unsafe-eval'", '')).not.toContain('unsafe');

    await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>alert("title")</script>');
    await expect(page).toHaveTitle(/<\/script><script>alert\(1\)<\/script>/);
    await expect(page.getByText('Text 2: "><img src=x onerror=')).toBeVisible();
    // The only elements are ours: no element came from the payload text.
    expect(
      await page
        .locator('article script, article iframe, article svg:not(.icon), article [onerror], article [onload]')
        .count(),
    ).toBe(0);
    const sourceLink = page.getByRole('link', { name: /^Source/ });
    await expect(sourceLink).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(sourceLink).toHaveAttribute('href', /^https:\/\/example\.org\//);
    // The guard fixture fails the test on any dialog, uncaught error or request elsewhere.
  });

  test('the parallel view shows them as text too', async ({ page }) => {
    await page.goto('/en/script-payload?compare=ua');
    await expect(page).toHaveURL('/en/script-payload');
    await expect(page.getByText('Text 8: <a href="javascript:alert(5)">click</a>')).toBeVisible();
  });
});

test.describe('the guard every browser test runs with', () => {
  // These must fail: they prove the guard would catch an injected script or a request elsewhere.
  test('fails a test in which a dialog opens', async ({ page }) => {
    test.fail();
    await page.goto('/en/');
    await page.evaluate(() => setTimeout(() => window.alert('injected'), 0));
    await page.waitForTimeout(200);
  });

  test('fails a test in which the page requests another origin', async ({ page }) => {
    test.fail();
    await page.route('http://elsewhere.invalid/**', (route) => route.abort());
    await page.goto('/en/');
    await page.evaluate(() => fetch('http://elsewhere.invalid/x').catch(() => undefined));
    await page.waitForTimeout(200);
  });
});

test.describe('networks and tabs', () => {
  // Going offline makes the next request fail; the browser logs that, and we expect it.
  test.use({ expectedConsole: [/net::ERR_INTERNET_DISCONNECTED/] });

  test('an offline period: the reader is told, what was read stays, what was not comes back with the network', async ({
    page,
    context,
  }) => {
    await page.goto('/en/');
    // From here links navigate in place: the library read now stays at hand for the offline period.
    await appTookOver(page);
    await page.getByRole('link', { name: 'Trump officials explain why US pulled out of Gaza peace talks' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Trump officials/);
    await context.setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();

    await page.getByRole('link', { name: 'Library' }).click();
    await expect(
      page.getByRole('link', { name: 'Trump officials explain why US pulled out of Gaza peace talks' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'The Dnipro: a river of three names' }).click();
    // No service worker here (playwright.config.ts blocks it), so nothing is kept and none is listed.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not kept for reading offline');
    await expect(page.getByText('No articles are kept yet')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Triptych' })).toHaveAttribute('href', '/en/');

    await context.setOffline(false);
    await expect(page.getByRole('status').filter({ hasText: 'You are back online.' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Dnipro: a river of three names');
  });
});

test.describe('a language switch whose text does not come', () => {
  // One pattern: Playwright reads a second array item that is an object as the option's settings.
  test.use({ expectedConsole: [/status of 500|net::ERR_INTERNET_DISCONNECTED/] });

  test('a server error is said, with Try again and the way to the library, and Try again brings the text', async ({
    page,
  }) => {
    await saveData(page);
    await page.goto(`/en/${LONG}`);
    await scrollSegmentToReadingLine(page, 'life-at-the-sich');
    const broken = `**/articles/${LONG}/ru.json`;
    await page.route(broken, (route) => route.fulfill({ status: 500, body: 'busy' }));
    await page.getByRole('navigation', { name: 'Read this article in' }).getByRole('link', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Не удалось загрузить статью', {
      timeout: 15_000,
    });
    await expect(page.getByRole('link', { name: 'В библиотеку' })).toHaveAttribute('href', '/ru/');
    await page.unroute(broken);
    await page.getByRole('button', { name: 'Попробовать снова' }).click();
    await expect(page.getByRole('article')).toHaveAttribute('lang', 'ru');
    await expectAtReadingLine(page, 'life-at-the-sich');
  });

  test('a switch made offline says so, and the text arrives by itself when the network returns', async ({
    page,
    context,
  }) => {
    await saveData(page);
    await page.goto(`/en/${LONG}`);
    await appTookOver(page);
    // Every language's strings come once the page has loaded and the browser is idle, whatever the
    // connection (src/app/App.tsx): a reader who goes offline after that is told in the new language.
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((entry) => /\/assets\/uk-[\w-]+\.js$/.test(entry.name)),
    );
    await context.setOffline(true);
    await page
      .getByRole('navigation', { name: 'Read this article in' })
      .getByRole('link', { name: 'Українська' })
      .click();
    // No service worker here, so the text was never kept: the page says so, in the new language.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ця сторінка не збережена для читання офлайн');
    await context.setOffline(false);
    await expect(page.getByRole('article')).toHaveAttribute('lang', 'uk');
  });
});

test('two tabs reading different articles keep both places; the same article keeps the newer place', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(`/en/${LONG}`);
  await second.goto(`/ru/${SEED}`);
  await scrollSegmentToReadingLine(first, 'the-chain-bridge');
  await scrollSegmentToReadingLine(second, 'qatar-talks');
  await first.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await second.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  // The second tab's write must not have dropped the first tab's place.
  await first.reload();
  await expectAtReadingLine(first, 'the-chain-bridge');
  await second.reload();
  await expectAtReadingLine(second, 'qatar-talks');

  // Both on the same article: the tab that read last wins, in both.
  await second.goto(`/en/${LONG}`);
  await expectAtReadingLine(second, 'the-chain-bridge');
  await scrollSegmentToReadingLine(second, 'the-metro-bridge');
  await second.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await first.reload();
  await expectAtReadingLine(first, 'the-metro-bridge');
});

test.describe('the app’s code cannot be loaded', () => {
  // Offline before the app arrived, or a deploy that removed its chunks: the browser reports the failed loads.
  test.use({ expectedConsole: [/Failed to load resource|net::ERR_FAILED/] });

  test('an unknown page says so on its loading screen, in all three languages, with links that need no script', async ({
    page,
  }) => {
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto('/en/no-such-article');
    const stuck = page.locator('.boot__stuck');
    await expect(stuck).toBeVisible({ timeout: 10_000 });
    await expect(stuck.locator('[lang="uk"]')).toContainText('Не вдалося запустити Triptych');
    await expect(stuck.locator('[lang="en"]')).toContainText('Triptych could not start');
    await expect(stuck.locator('[lang="ru"]')).toContainText('Не удалось запустить Triptych');
    await expect(stuck.getByRole('link', { name: 'library' })).toHaveAttribute('href', '/en/');
  });

  test('/ leads to a library a reader can use without the app', async ({ page }, testInfo) => {
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto('/');
    if (testInfo.project.name === 'nginx') {
      // The server sends / to a pre-rendered library: its articles are plain links.
      await expect(page).toHaveURL(/\/(ua|en|ru)\/$/);
      await expect(page.locator('.card a').first()).toBeVisible();
    } else {
      // A static host serves the app's shell at /, and its loading screen offers the libraries.
      await expect(page.locator('.boot__stuck').getByRole('link', { name: 'library' })).toBeVisible({
        timeout: 10_000,
      });
    }
  });
});
