import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterEach, expect, test } from 'vitest';
import { escapeHtml, reviewPage } from '../../scripts/review-plugin';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function get(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((done, fail) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    })
      .on('error', fail)
      .end();
  });
}

async function serve(): Promise<number> {
  const root = mkdtempSync(join(tmpdir(), 'triptych-review-'));
  cleanup.push(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  mkdirSync(join(root, 'content'));
  cpSync('tests/fixtures/alignment/night-trains', join(root, 'content', 'night-trains'), { recursive: true });
  appendFileSync(join(root, 'content', 'night-trains', 'en.md'), '\nSee \\<script>alert(1)\\</script> & more.\n');
  mkdirSync(join(root, 'content', 'broken'));
  writeFileSync(join(root, 'content', 'broken', 'uk.md'), '---\ntitle: x\npublished: 2026-01-01\n---\n\n- a list\n');
  const server: ViteDevServer = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [reviewPage()],
    server: { host: '127.0.0.1', port: 0 },
  });
  cleanup.push(() => server.close());
  await server.listen();
  const address = server.httpServer?.address();
  return typeof address === 'object' && address ? address.port : 0;
}

test('the review page shows an article’s aligned rows side by side, with confidence and flags', async () => {
  const port = await serve();
  const page = await get(port, '/_review/night-trains');
  expect(page.status).toBe(200);
  expect(page.type).toBe('text/html; charset=utf-8');
  expect(page.body).toContain('<th scope="col">uk</th><th scope="col">en</th><th scope="col">ru</th>');
  expect(page.body).toContain('aligned against uk');
  expect(page.body).toContain('Izmail is a port town on the Danube');
  expect(page.body).toContain('no counterpart in uk, ru');
  expect(page.body).toContain('numbers: numbers differ: uk has 1958; ru has 1985');
  expect(page.body).toMatch(/<td>0\.\d\d<\/td>/);
});

test('the editors’ text is escaped, never markup', async () => {
  const port = await serve();
  const page = await get(port, '/_review/night-trains');
  expect(page.body).toContain('See &#60;script&#62;alert(1)&#60;/script&#62; &#38; more.');
  expect(page.body).not.toContain('<script>');
});

test('errors in the sources are listed with their file and line, and unknown articles are a 404', async () => {
  const port = await serve();
  const broken = await get(port, '/_review/broken');
  expect(broken.body).toMatch(/broken\/uk\.md:6: a list is not part of the article format/);
  expect((await get(port, '/_review/nope')).status).toBe(404);
  expect((await get(port, '/_review/%3Cscript%3E')).body).not.toContain('<script>');
  const index = await get(port, '/_review/');
  expect(index.body).toContain('<a href="/_review/night-trains">night-trains</a>');
});

test('the review page exists only in the dev server, never in a build', () => {
  expect(reviewPage().apply).toBe('serve');
  expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
    '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
  );
});
