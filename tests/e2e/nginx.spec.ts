import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { request as playwrightRequest } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, PAGE_HEADER_POLICY } from '../../scripts/content-security-policy';
import { expect, test } from './fixtures';
import { SEED } from './helpers';

// Runs in the nginx project only: these are the server's own behaviours.

test('the server sends the page’s Content-Security-Policy, plus frame-ancestors, and on pre-rendered pages all but their styles', async ({
  request,
}) => {
  const conf = readFileSync('deploy/nginx.conf', 'utf8');
  const asset = await request.get('/manifest.webmanifest');
  expect(asset.headers()['content-security-policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  expect(conf).toContain(`"${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'"`);
  // A pre-rendered page's own policy allows its inline stylesheet by hash; a header naming
  // style-src would block it, since every policy a page has is enforced.
  const page = await request.get('/en/');
  expect(page.headers()['content-security-policy']).toBe(PAGE_HEADER_POLICY);
  expect(conf).toContain(`"${PAGE_HEADER_POLICY}"`);
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
});

test('/ goes to the library of the first of the browser’s languages we publish, server-side', async ({ request }) => {
  const response = await request.get('/', {
    maxRedirects: 0,
    headers: { 'Accept-Language': 'de-DE,de;q=0.9,ru;q=0.8,en;q=0.5' },
  });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toBe('/ru/');
  const ukrainian = await request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': 'uk-UA,uk;q=0.9' } });
  expect(ukrainian.headers().location).toBe('/ua/');
});

test.describe('a ru-RU browser', () => {
  test.use({ locale: 'ru-RU' });
  test('is redirected by the server before the app starts', async ({ page }) => {
    const response = await page.goto('/');
    await expect(page).toHaveURL('/ru/');
    expect(response?.request().redirectedFrom()?.url()).toMatch(/\/$/);
  });
});

test('/ without a language we publish is left to the app, which picks ua', async ({ request }) => {
  const response = await request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': 'fr-FR' } });
  expect(response.status()).toBe(200);
});

test('a reader’s earlier choice beats the browser’s languages', async ({ page, context }) => {
  await page.goto(`/en/${SEED}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The app saves the choice once it has taken over and painted.
  await expect
    .poll(async () => (await context.cookies()).find((cookie) => cookie.name === 'triptych_lang')?.value)
    .toBe('en');
  const response = await page.request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': 'ru' } });
  expect(response.headers().location).toBe('/en/');
});

test('/uk/… is a permanent redirect to /ua/…, query kept', async ({ request }) => {
  const response = await request.get(`/uk/${SEED}?compare=en`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe(`/ua/${SEED}?compare=en`);
});

test('hashed assets are cached for a year as immutable and sent compressed; pages and bundles revalidate', async ({
  request,
  page,
}) => {
  await page.goto('/en/');
  // The page's script, and the app's modules it names (the largest among them is the shell).
  const boot = page.locator('script[type="module"][data-app]');
  const modules = [(await boot.getAttribute('src')) ?? '', ...((await boot.getAttribute('data-app')) ?? '').split(' ')];
  expect(modules.length).toBeGreaterThan(2);
  let largest = { size: 0, encoding: undefined as string | undefined };
  for (const module of modules) {
    const asset = await request.get(module, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const size = (await asset.body()).length;
    if (size > largest.size) largest = { size, encoding: asset.headers()['content-encoding'] };
  }
  expect(largest.encoding).toBe('gzip');
  expect((await request.get('/en/')).headers()['cache-control']).toBe('no-cache');
  const bundle = await request.get(`/articles/${SEED}/en.json`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(bundle.headers()['cache-control']).toBe('no-cache');
  expect(bundle.headers()['content-type']).toContain('application/json');
});

test('a path outside the site is a real 404 with the page in all three languages', async ({ page }) => {
  const response = await page.goto('/wp-admin/setup.php');
  expect(response?.status()).toBe(404);
  for (const title of ['Сторінку не знайдено', 'Page not found', 'Страница не найдена']) {
    await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Go to the library' }).click();
  await expect(page).toHaveURL('/en/');
});

test('an unknown article is a real 404, shown by the app in the URL’s language', async ({ page }) => {
  const response = await page.goto('/ru/no-such-article');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
});

test('the web app manifest and its icons are served', async ({ request }) => {
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.headers()['content-type']).toContain('application/manifest+json');
  const { icons } = (await manifest.json()) as { icons: { src: string }[] };
  for (const icon of icons) expect((await request.get(icon.src)).ok()).toBe(true);
});

test.describe('Accept-Language at /', () => {
  const cases: [string, string | null][] = [
    ['RU-ru', '/ru/'],
    ['EN-US', '/en/'],
    ['UK', '/ua/'],
    ['ru;q=0, de', null],
    ['ru;q=0.0, en;q=0.000', null],
    ['de, en;q=0.5, ru;q=0.9', '/ru/'],
    ['de-DE,de;q=0.9,ru;q=0.8,en;q=0.5', '/ru/'],
    ['en;q=0.1, ru;q=0.5, en-GB;q=0.9', '/en/'],
    ['ru;q=0.05, fr', '/ru/'],
    // Equal weights, or weights that differ only after the first decimal: the app decides.
    ['ru, en', null],
    ['uk;q=0.85, ru;q=0.8', null],
  ];
  for (const [header, location] of cases) {
    test(`"${header}" ${location ? `goes to ${location}` : 'is left to the app'}`, async ({ request }) => {
      const response = await request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': header } });
      expect(response.status()).toBe(location ? 302 : 200);
      expect(response.headers().location).toBe(location ?? undefined);
    });
  }
});

/** A GET with the path exactly as written: browsers and client libraries resolve `.` and `..` first. */
function rawGet(baseURL: string | undefined, path: string): Promise<{ status: number; location?: string }> {
  const { hostname, port } = new URL(baseURL ?? '');
  return new Promise((resolve, reject) => {
    get({ hostname, port, path }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, location: response.headers.location });
    }).on('error', reject);
  });
}

test.describe('a page’s URL spelled another way', () => {
  const article = `/en/${SEED}`;
  const cases: [string, string][] = [
    [`//en/${SEED}`, article],
    [`/en//${SEED}`, article],
    [`/en/${SEED.replace('u', '%75')}`, article],
    [`/%65n/${SEED}`, article],
    [`/en/./${SEED}`, article],
    [`/en/${SEED}/`, article],
    [`/en/${SEED}/index.html`, article],
    [`//en/${SEED}?compare=ua`, `${article}?compare=ua`],
    ['/en/index.html', '/en/'],
    ['/en', '/en/'],
    ['//', '/'],
  ];
  for (const [path, location] of cases) {
    test(`${path} is a permanent redirect to ${location}`, async ({ baseURL }) => {
      expect(await rawGet(baseURL, path)).toEqual({ status: 301, location });
    });
  }

  test('a reader who follows one lands on the canonical URL, reading the article', async ({ page, baseURL }) => {
    await page.goto(`${baseURL ?? ''}/en//${SEED}`);
    await expect(page).toHaveURL(article);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Trump officials/);
  });

  test('/index.html and /404.html are not pages of their own: a 404', async ({ page }) => {
    for (const path of ['/index.html', '/404.html']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page not found', exact: true })).toBeVisible();
    }
  });
});

test('every response says what a reader’s page may not do, be embedded by, or be opened by', async ({ request }) => {
  const boot = /src="(\/assets\/[^"]+\.js)"/.exec(await (await request.get('/en/')).text())?.[1] ?? '';
  for (const path of ['/en/', `/en/${SEED}`, '/', boot, `/articles/${SEED}/en.json`, '/no-such-file']) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers();
    expect(headers['permissions-policy']).toBe(
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    );
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(headers['x-content-type-options']).toBe('nosniff');
    // Plain HTTP: HSTS belongs to the TLS responses only (the test below).
    expect(headers['strict-transport-security']).toBeUndefined();
  }
});

test('the sitemap index and its files are served as application/xml, compressed', async ({ request }) => {
  for (const [path, root] of [
    ['/sitemap.xml', '<sitemapindex'],
    ['/sitemaps/1.xml', '<urlset'],
  ] as const) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers()['content-type'], path).toBe('application/xml');
    expect(response.headers()['content-encoding'], path).toBe('gzip');
    expect(await response.text(), path).toContain(root);
  }
});

/** A GET that keeps the body as the server sent it, still encoded: clients decode it first. */
function encodedGet(
  baseURL: string | undefined,
  path: string,
  acceptEncoding: string,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  const { hostname, port } = new URL(baseURL ?? '');
  return new Promise((resolve, reject) => {
    get({ hostname, port, path, headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

test('text files are sent as the build precompressed them: brotli or gzip by what the client accepts, with Vary', async ({
  baseURL,
  request,
}) => {
  const boot = /src="(\/assets\/[^"]+\.js)"/.exec(await (await request.get('/en/')).text())?.[1] ?? '';
  const files: [string, string][] = [
    [`/en/${SEED}`, `dist/en/${SEED}/index.html`],
    ['/en/', 'dist/en/index.html'],
    [boot, `dist${boot}`],
    [`/articles/${SEED}/en.json`, `dist/articles/${SEED}/en.json`],
    ['/sitemap.xml', 'dist/sitemap.xml'],
    ['/sitemaps/1.xml', 'dist/sitemaps/1.xml'],
  ];
  for (const [path, file] of files) {
    // The bytes on disk, so a copy compressed on the fly (gzip 6, no brotli at all) cannot pass.
    const brotli = await encodedGet(baseURL, path, 'gzip, deflate, br');
    expect(brotli.status, path).toBe(200);
    expect(brotli.headers['content-encoding'], path).toBe('br');
    expect(brotli.headers.vary, path).toBe('Accept-Encoding');
    expect(brotli.body.equals(readFileSync(`${file}.br`)), `${path} is ${file}.br`).toBe(true);

    const gzip = await encodedGet(baseURL, path, 'gzip');
    expect(gzip.headers['content-encoding'], path).toBe('gzip');
    expect(gzip.headers.vary, path).toBe('Accept-Encoding');
    expect(gzip.body.equals(readFileSync(`${file}.gz`)), `${path} is ${file}.gz`).toBe(true);

    const plain = await encodedGet(baseURL, path, 'identity');
    expect(plain.headers['content-encoding'], path).toBeUndefined();
    expect(plain.body.equals(readFileSync(file)), `${path} is ${file}`).toBe(true);
  }
  // The same headers as the file itself: the page's policy still allows its inline stylesheet by hash.
  const page = await encodedGet(baseURL, `/en/${SEED}`, 'br');
  expect(page.headers['content-security-policy']).toBe(PAGE_HEADER_POLICY);
  expect(page.headers['cache-control']).toBe('no-cache');
});

test.describe('the HTTPS set-up in the file’s notes', () => {
  const HTTPS_PORT = Number(process.env.E2E_PORT ?? 4173) + 2;
  const HTTP_PORT = HTTPS_PORT + 1;
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    server = spawn('bash', ['scripts/serve-nginx.sh', String(HTTPS_PORT), '--tls', String(HTTP_PORT)], {
      stdio: 'ignore',
    });
    const context = await playwrightRequest.newContext({ ignoreHTTPSErrors: true });
    await expect
      .poll(
        () =>
          context.get(`https://127.0.0.1:${HTTPS_PORT}/en/`).then(
            (response) => response.status(),
            () => 0,
          ),
        { timeout: 20_000 },
      )
      .toBe(200);
    await context.dispose();
  });

  test.afterAll(() => {
    server?.kill();
  });

  test('serves the site over TLS with HSTS, and sends plain HTTP there', async () => {
    const context = await playwrightRequest.newContext({ ignoreHTTPSErrors: true });
    const page = await context.get(`https://127.0.0.1:${HTTPS_PORT}/en/${SEED}`);
    expect(page.status()).toBe(200);
    expect(page.headers()['strict-transport-security']).toBe('max-age=31536000');
    expect(page.headers()['content-security-policy']).toBe(PAGE_HEADER_POLICY);
    const plain = await context.get(`http://127.0.0.1:${HTTP_PORT}/en/${SEED}?compare=ua`, { maxRedirects: 0 });
    expect(plain.status()).toBe(301);
    expect(plain.headers().location).toBe(`https://127.0.0.1/en/${SEED}?compare=ua`);
    await context.dispose();
  });
});
