import { readFileSync } from 'node:fs';
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
