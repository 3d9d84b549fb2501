/*
 * Reading offline with the service worker (decision 022), on the production build. Each test has a
 * browser context of its own, so its own worker and caches. The deploy tests serve two builds from
 * a host of their own (deploy-server.ts) and switch between them under the open page.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LONG, SEED, appTookOver, violations } from './helpers';
import { startDeployServer, twoBuilds, type DeployServer, type TwoBuilds } from './deploy-server';

test.use({
  serviceWorkers: 'allow',
  // Offline, the app's idle fetches (other pages' code is precached, but an update check is not) fail as they should.
  expectedConsole: [/Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|FAILED)/],
});

const SEED_TITLE = {
  en: 'Trump officials explain why US pulled out of Gaza peace talks',
  ru: /^Чиновники администрации Трампа/,
  uk: /^Посадовці адміністрації Трампа/,
};

/** Waits until the worker controls the page and the store says the article's copies are all in the cache. */
async function kept(page: Page, slug: string): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction((name) => {
    const stored = JSON.parse(localStorage.getItem('triptych-reader') ?? '{}') as {
      state?: { kept?: Record<string, { keptAt: number }> };
    };
    return (stored.state?.kept?.[name]?.keptAt ?? 0) > 0;
  }, slug);
}

test('an article opened online is there after a reload offline, in its other languages and side by side', async ({
  page,
  context,
}) => {
  // Four full loads, offline, on a shared two-core machine.
  test.setTimeout(90_000);
  await page.goto(`/en/${SEED}`);
  await appTookOver(page);
  await kept(page, SEED);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE.en);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toHaveText(
    'You are offline. The library and the articles kept on this device stay readable.',
  );

  await appTookOver(page);
  await page.getByRole('navigation', { name: 'Read this article in' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE.ru);

  // A full load of another language and of the parallel view, both offline.
  await page.goto(`/ua/${SEED}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE.uk);
  await page.goto(`/en/${SEED}?compare=ua,ru`);
  await expect(page.getByRole('link', { name: 'Leave the side-by-side view' })).toBeVisible();
  for (const lang of ['en', 'uk', 'ru']) {
    await expect(page.locator(`.parallel-row [lang="${lang}"]`).first()).toBeVisible();
  }
});

test('the library opens offline in each language, its first page kept at install', async ({ page, context }) => {
  await page.goto('/en/');
  await appTookOver(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  for (const [word, heading] of [
    ['ru', 'Последние статьи'],
    ['ua', 'Останні статті'],
    ['en', 'Latest articles'],
  ] as const) {
    await page.goto(`/${word}/`);
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(heading) })).toBeVisible();
    await expect(page.getByRole('link', { name: SEED_TITLE[word === 'ua' ? 'uk' : word] }).first()).toBeVisible();
  }
});

test('offline, an article never opened says so in the page language, with links to what is kept', async ({
  page,
  context,
}) => {
  await page.goto(`/en/${SEED}`);
  await appTookOver(page);
  await kept(page, SEED);

  await context.setOffline(true);
  await page.goto(`/en/${LONG}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not kept for reading offline');
  await expect(page.getByRole('link', { name: 'Triptych' })).toHaveAttribute('href', '/en/');
  expect(await violations(page)).toEqual([]);
  const keptList = page.getByRole('region', { name: 'Kept on this device' });
  await keptList.getByRole('link', { name: SEED_TITLE.en }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE.en);

  await page.goto(`/ua/${LONG}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ця сторінка не збережена для читання офлайн');
  await expect(page.getByRole('region', { name: 'Збережено на цьому пристрої' }).getByRole('link')).toHaveText(
    SEED_TITLE.uk,
  );
});

test('offline, a copy kept more than a day ago says when it was saved', async ({ page, context }) => {
  await page.goto(`/en/${SEED}`);
  await appTookOver(page);
  await kept(page, SEED);
  // As if the copies had been fetched three days ago.
  await page.evaluate((slug) => {
    const stored = JSON.parse(localStorage.getItem('triptych-reader') ?? '{}') as {
      state: { kept: Record<string, { keptAt: number }> };
    };
    const article = stored.state.kept[slug];
    if (article) article.keptAt = Date.UTC(2026, 0, 15, 12);
    localStorage.setItem('triptych-reader', JSON.stringify(stored));
  }, SEED);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('note')).toHaveText('You are offline: this copy was saved on January 15, 2026.');
  expect(await violations(page)).toEqual([]);
  await page.goto(`/ru/${SEED}`);
  await expect(page.getByRole('note')).toHaveText('Вы офлайн: эта копия сохранена 15 января 2026 г.');
});

test('saving an article lists it in the library, asks for persistent storage, and removing it lets it go', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const calls = { persist: 0 };
    Object.assign(window, { storageCalls: calls });
    const storage = navigator.storage;
    storage.persist = () => {
      calls.persist += 1;
      return Promise.resolve(true);
    };
  });
  await page.goto(`/en/${SEED}`);
  await appTookOver(page);
  await kept(page, SEED);

  const save = page.getByRole('button', { name: 'Save for offline' });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { storageCalls: { persist: number } }).storageCalls.persist),
  ).toBe(1);

  await page.getByRole('link', { name: 'Library' }).click();
  const saved = page.getByRole('region', { name: 'Saved for offline' });
  await expect(saved.getByRole('link', { name: SEED_TITLE.en })).toBeVisible();
  await expect(saved.getByRole('link', { name: 'Українська' })).toHaveAttribute('href', `/ua/${SEED}`);
  await expect(saved.getByRole('link', { name: 'Русский' })).toHaveAttribute('href', `/ru/${SEED}`);
  expect(await violations(page)).toEqual([]);

  await saved.getByRole('button', { name: `Remove “${SEED_TITLE.en}” from saved articles` }).click();
  await expect(saved).toHaveCount(0);
  await expect
    .poll(() =>
      page.evaluate(
        (slug) =>
          caches
            .open('triptych-kept-v1')
            .then((cache) => cache.match(`/en/${slug}`))
            .then(Boolean),
        SEED,
      ),
    )
    .toBe(false);
});

test('Chromium can install the app, and its start page opens the reader’s library offline', async ({
  playwright,
  baseURL,
}) => {
  // Chromium offers no install in a context without a profile (every test's own): this one has one.
  const profile = mkdtempSync(join(tmpdir(), 'triptych-install-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    baseURL,
    serviceWorkers: 'allow',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/ru/');
    await appTookOver(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    // What Chromium itself checks before it offers to install (Lighthouse 12 no longer audits it).
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(new URL(manifest.url).pathname).toBe('/manifest.webmanifest');
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { appId } = await cdp.send('Page.getAppId');
    expect(appId).toBe(new URL('/', page.url()).href);

    // The manifest's start_url, `/`, offline: the worker serves a kept page and the app goes on to the
    // library in the language the reader chose last.
    await context.setOffline(true);
    await page.goto('/');
    await expect(page).toHaveURL('/ru/');
    await expect(page.getByRole('heading', { level: 2, name: /Последние статьи/ })).toBeVisible();
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a search made online runs again offline; one that needs what is not kept says so, with the kept articles', async ({
  page,
  context,
}) => {
  // Pagefind's first load and three loads offline, on a shared two-core machine.
  test.setTimeout(90_000);
  const slow = expect.configure({ timeout: 20_000 });
  await page.goto(`/en/${SEED}`);
  await appTookOver(page);
  await kept(page, SEED);

  await page.goto('/en/search?q=hostages');
  const status = page.locator('.search__results').getByRole('status');
  await slow(status).toHaveText(/^\d+ results? for “hostages”$/);
  const found = (await status.textContent()) ?? '';
  const hits = await page.locator('.search-hit').count();
  expect(hits).toBeGreaterThan(0);

  await context.setOffline(true);
  await page.reload();
  await slow(status).toHaveText(found);
  await expect(page.locator('.search-hit')).toHaveCount(hits);
  await expect(page.locator('.search-hit mark').first()).toHaveText(/hostages/i);
  await expect(page.getByText('You are offline: the search may miss articles this device has not kept.')).toBeVisible();

  // The index holds the word, but the passage of the one article that has it was never fetched.
  await appTookOver(page);
  await page.getByRole('searchbox').fill('1965');
  await slow(status).toHaveText('1 result for “1965”');
  await expect(page.getByText('1 result is not kept on this device and cannot be shown offline.')).toBeVisible();
  await expect(page.locator('.search-hit')).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Kept on this device' }).getByRole('link', { name: SEED_TITLE.en }),
  ).toBeVisible();

  // No search ever ran in Russian here: its index is not on this device at all.
  await page.goto(`/ru/search?q=${encodeURIComponent('Геродот')}`);
  await slow(status).toHaveText(
    'Вы не в сети, а части поискового индекса, нужной для этого поиска, на этом устройстве нет. Поиски, сделанные здесь в сети, работают и без неё.',
  );
  await expect(page.getByRole('region', { name: 'Сохранено на этом устройстве' }).getByRole('link')).toHaveText(
    SEED_TITLE.ru,
  );
  expect(await violations(page)).toEqual([]);
});

/** A host of the test's own serving build A, which the test can switch to build B; the page's base URL is that host. */
const deployTest = test.extend<{ host: { server: DeployServer; builds: TwoBuilds } }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern, which must be an object.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, provide) => {
    const builds = twoBuilds();
    const server = await startDeployServer(builds.a);
    await provide({ server, builds });
    await server.close();
  },
  baseURL: async ({ host }, provide) => provide(host.server.url),
});

deployTest.describe('a new deploy', () => {
  deployTest('is offered quietly, and Reload moves the tab onto it', async ({ page, host: { server, builds } }) => {
    deployTest.setTimeout(90_000);
    await page.goto(`/en/`);
    await appTookOver(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const prompt = page.getByRole('status').filter({ hasText: 'A new version is available.' });
    await expect(prompt).toHaveCount(0);

    server.deploy(builds.b);
    // The browser looks for a new worker whenever the app registers it, as on this reload.
    await page.reload();
    // Chromium looks for the new worker a moment after the page has loaded, then installs it.
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    expect(await violations(page)).toEqual([]);
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(prompt).toHaveCount(0);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const names = await caches.keys();
          const precache = names.find((name) => name.startsWith('workbox-precache'));
          if (!precache) return [];
          return (await (await caches.open(precache)).keys()).map((request) => new URL(request.url).pathname);
        }),
      )
      .toContain(builds.addedChunk);
    await expect(page.getByRole('heading', { level: 2, name: /Latest articles/ })).toBeVisible();
  });

  deployTest(
    'the old build’s chunks keep serving an open tab, so a view it has not loaded still opens',
    async ({ page, host: { server, builds } }) => {
      await page.goto(`/en/${SEED}`);
      await appTookOver(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

      server.deploy(builds.b);
      const fromServer = await fetch(`${server.url}${builds.removedChunk}`);
      expect(fromServer.status).toBe(404);
      // The tab asks for the chunk the deploy removed: the worker answers from its cache.
      expect(
        await page.evaluate((chunk) => fetch(chunk).then((response) => response.status), builds.removedChunk),
      ).toBe(200);
      await page.getByRole('link', { name: 'Compare translations side by side' }).click();
      await expect(page.getByRole('link', { name: 'Leave the side-by-side view' })).toBeVisible();
      await expect(page.locator('.parallel-row [lang="uk"]').first()).toBeVisible();
      await expect(page.getByText('Something went wrong')).toHaveCount(0);
    },
  );

  deployTest(
    'an article edited since it was kept is refreshed when next read online, and read so offline',
    async ({ page, context, host: { server, builds } }) => {
      await page.goto(`/en/${SEED}`);
      await appTookOver(page);
      await kept(page, SEED);

      // The editors retitle the English version; the deploy publishes its page and bundle.
      const edited = 'US officials explain the pull-out from the Gaza talks';
      for (const file of [`en/${SEED}/index.html`, `articles/${SEED}/en.json`]) {
        const path = join(builds.b, file);
        writeFileSync(path, readFileSync(path, 'utf8').replaceAll(SEED_TITLE.en, edited));
      }
      server.deploy(builds.b);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(edited);

      await context.setOffline(true);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(edited);
    },
  );
});
