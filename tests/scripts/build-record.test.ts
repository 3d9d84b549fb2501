import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { appHashes, changeList, hashSources, isListed, urlOf } from '../../scripts/build-record';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-record-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const base = {
  'src/app/App.tsx': 'export const App = 1;',
  'locales/en/common.json': '{"tagline":"News"}',
  'public/favicon.svg': '<svg/>',
  'public/articles/story/en.json': '{}',
  'scripts/render-pages.ts': 'render',
  'scripts/bench.ts': 'bench',
  'index.html': '<html></html>',
};

test("an article's files are content, not app: changing one leaves the app's hash as it was", () => {
  const root = project(base);
  const before = appHashes(root, join(root, 'public/articles'), 'origin');
  writeFileSync(join(root, 'public/articles/story/en.json'), '{"title":"x"}');
  writeFileSync(join(root, 'scripts/bench.ts'), 'bench, faster');
  expect(appHashes(root, join(root, 'public/articles'), 'origin')).toEqual(before);
});

test('a string, a template, a rendering script or the site origin changes the app; only a string changes the strings', () => {
  const root = project(base);
  const articles = join(root, 'public/articles');
  const before = appHashes(root, articles, 'origin');
  expect(appHashes(root, articles, 'other origin').app).not.toBe(before.app);
  writeFileSync(join(root, 'scripts/render-pages.ts'), 'render differently');
  const script = appHashes(root, articles, 'origin');
  expect(script.app).not.toBe(before.app);
  expect(script.strings).toBe(before.strings);
  writeFileSync(join(root, 'locales/en/common.json'), '{"tagline":"News."}');
  const strings = appHashes(root, articles, 'origin');
  expect(strings.strings).not.toBe(before.strings);
  expect(strings.app).not.toBe(script.app);
});

test('a renamed article folder is one removed and one added, though its files are the same', () => {
  const root = project({ 'a-story/en.json': '{"x":1}', 'b-story/en.json': '{"x":2}' });
  const before = hashSources(root);
  rmSync(join(root, 'a-story'), { recursive: true });
  mkdirSync(join(root, 'c-story'));
  writeFileSync(join(root, 'c-story/en.json'), '{"x":1}');
  const after = hashSources(root);
  expect(Object.keys(after)).toEqual(['b-story', 'c-story']);
  expect(after['b-story']).toBe(before['b-story']);
});

test('the change list names pages at their canonical URLs and files at their paths', () => {
  expect(urlOf('index.html')).toBe('/');
  expect(urlOf('ua/index.html')).toBe('/ua/');
  expect(urlOf('en/some-story/index.html')).toBe('/en/some-story');
  expect(urlOf('articles/some-story/en.json')).toBe('/articles/some-story/en.json');
  const list = changeList(
    { 'en/a/index.html': '1', 'en/b/index.html': '2', 'sitemap.xml': '3' },
    { 'en/a/index.html': '1', 'en/c/index.html': '4', 'sitemap.xml': '5' },
  );
  expect(list).toEqual({ added: ['/en/c'], changed: ['/sitemap.xml'], removed: ['/en/b'] });
});

test('hashed assets, compressed twins and the build manifest are never listed', () => {
  expect(isListed('assets/index-abc123.js')).toBe(false);
  expect(isListed('en/a/index.html.br')).toBe(false);
  expect(isListed('sitemap.xml.gz')).toBe(false);
  expect(isListed('.vite/manifest.json')).toBe(false);
  expect(isListed('pagefind/pagefind-entry.json')).toBe(true);
  expect(isListed('service-worker.js')).toBe(true);
});
