import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { precompressFolder } from '../../scripts/precompress-files';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function build(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const text = (word: string) => `<p>${`${word} `.repeat(400)}</p>`;

test('every text file gets a brotli and a gzip copy beside it that decode to the same bytes', async () => {
  const files = {
    'en/story/index.html': text('river'),
    'assets/app-1234.js': `export const words = ${JSON.stringify(text('bridge'))};`,
    'articles/story/en.json': JSON.stringify({ title: text('city') }),
    'favicon.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<g></g>'.repeat(100)}</svg>`,
    'sitemap.xml': `<urlset>${'<url><loc>http://x/</loc></url>'.repeat(50)}</urlset>`,
    'manifest.webmanifest': JSON.stringify({ name: text('name') }),
    'assets/style.css': `p { color: red; }\n`.repeat(100),
  };
  const dir = build(files);
  const summary = await precompressFolder(dir);
  expect(summary.files).toBe(Object.keys(files).length);
  for (const [path, content] of Object.entries(files)) {
    const original = Buffer.from(content);
    expect(brotliDecompressSync(readFileSync(join(dir, `${path}.br`))).equals(original), path).toBe(true);
    expect(gunzipSync(readFileSync(join(dir, `${path}.gz`))).equals(original), path).toBe(true);
  }
  expect(summary.brotli).toBeLessThan(summary.gzip);
  expect(summary.gzip).toBeLessThan(summary.bytes);
});

test('brotli is written at level 11 and gzip at level 9', async () => {
  const page = Array.from({ length: 2000 }, (_, i) => `<p id="p${i}">passage ${(i * 7919) % 1000}</p>`).join('');
  const dir = build({ 'page.html': page });
  await precompressFolder(dir);
  const { brotliCompressSync, gzipSync, constants } = await import('node:zlib');
  const brotli10 = brotliCompressSync(page, { params: { [constants.BROTLI_PARAM_QUALITY]: 10 } });
  expect(readFileSync(join(dir, 'page.html.br')).length).toBeLessThan(brotli10.length);
  expect(readFileSync(join(dir, 'page.html.gz')).equals(gzipSync(page, { level: 9 }))).toBe(true);
});

test('images and files that compression would not shrink are left alone, and a stale copy of one is removed', async () => {
  const dir = build({
    'icons/icon-192.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]),
    'tiny.json': '{}',
    'tiny.json.gz': 'left by an earlier build',
    'robots.txt': 'User-agent: *\n',
  });
  const summary = await precompressFolder(dir);
  expect(summary.files).toBe(1);
  expect(existsSync(join(dir, 'icons/icon-192.png.br'))).toBe(false);
  expect(existsSync(join(dir, 'tiny.json.br'))).toBe(false);
  expect(existsSync(join(dir, 'tiny.json.gz'))).toBe(false);
  expect(existsSync(join(dir, 'robots.txt.gz'))).toBe(false);
  expect(summary.brotli).toBe(2);
});

test('running it again compresses the compressed copies no further', async () => {
  const dir = build({ 'index.html': text('again') });
  await precompressFolder(dir);
  const second = await precompressFolder(dir);
  expect(second.files).toBe(1);
  expect(existsSync(join(dir, 'index.html.br.br'))).toBe(false);
  expect(existsSync(join(dir, 'index.html.gz.gz'))).toBe(false);
});

test('with a cache, a rebuild compresses only what changed, and the cache keeps only what the build uses', async () => {
  const dir = build({ 'a.html': text('first'), 'b.html': text('second') });
  const cacheDir = `${dir}-cache`;
  dirs.push(cacheDir);
  await precompressFolder(dir, { cacheDir });
  expect(readdirSync(cacheDir)).toHaveLength(4);
  // A copy in the cache is what a rebuild writes: it was not compressed again.
  const name = `${createHash('sha256').update(text('first')).digest('hex')}.br`;
  const marked = brotliCompressSync(text('first'));
  writeFileSync(join(cacheDir, name), marked);
  writeFileSync(join(dir, 'b.html'), text('changed'));
  await precompressFolder(dir, { cacheDir });
  expect(brotliDecompressSync(readFileSync(join(dir, 'b.html.br'))).toString()).toBe(text('changed'));
  expect(gunzipSync(readFileSync(join(dir, 'b.html.gz'))).toString()).toBe(text('changed'));
  expect(readFileSync(join(dir, 'a.html.br')).equals(marked)).toBe(true);
  expect(readdirSync(cacheDir)).toHaveLength(4);
  expect(readdirSync(cacheDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
});
