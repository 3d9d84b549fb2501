/**
 * The review page is an editors' tool of the dev server: this starts one on a
 * free port with the project's own Vite config and reads the page in a
 * browser, and checks that the production build (the preview server every
 * other browser test uses) has no such page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';

let server: ViteDevServer | undefined;
let origin = '';

test.beforeAll(async () => {
  server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    server: { port: 0, strictPort: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(async () => {
  await server?.close();
});

test('the review page shows a demo article’s rows side by side, each with its id and confidence', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/_review/`);
  await page.getByRole('link', { name: 'us-pulls-out-of-gaza-peace-talks' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Alignment of us-pulls-out-of-gaza-peace-talks' }),
  ).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['id', 'confidence', 'uk', 'en', 'ru', 'flags']);
  await expect(table.getByRole('rowheader')).toHaveCount(15);
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'witkoff-quote' }) });
  await expect(row.getByRole('cell').nth(0)).toHaveText(/^0\.\d\d$/);
  await expect(row.getByRole('cell').nth(2)).toContainText('“While the mediators have made a great effort');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the production build has no review page', async ({ page }) => {
  await page.goto('/_review/us-pulls-out-of-gaza-peace-talks');
  await expect(page.getByRole('heading', { name: /^Alignment of/ })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: 'confidence' })).toHaveCount(0);
});
