import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { changesPath, filesUnder, type ChangeList } from '../../scripts/build-record';
import { generateLibrary } from '../../scripts/generate';
import { createRenderer } from '../../scripts/render-pages';
import type { ArticleSummary } from '../../src/articles/library-index';

// Vitest runs from the project's root.
const ROOT = process.cwd();
// Inside the project, where the server build finds react (as the bench's builds are).
const OUT = join(ROOT, 'generated', `test-incremental-${process.pid}`);
const REFERENCE = join(OUT, 'full');
const WORK = join(OUT, 'work');
const SIBLINGS = ['', '-ssr', '-build', '-precompressed'];
let articles = '';

/** The library before the changes: 20 generated articles. */
function libraryBefore(): void {
  generateLibrary(articles, { articles: 20, segments: 6, seed: 4 });
}

/**
 * The library after: two articles added, one's text edited, one deleted,
 * one renamed, and one that loses its Russian version.
 */
function libraryAfter(): void {
  libraryBefore();
  const extra = mkdtempSync(join(tmpdir(), 'incremental-extra-'));
  generateLibrary(extra, { articles: 2, segments: 6, seed: 9 });
  renameSync(join(extra, 'generated-1'), join(articles, 'added-one'));
  renameSync(join(extra, 'generated-2'), join(articles, 'added-two'));
  rmSync(extra, { recursive: true, force: true });
  const edited = join(articles, 'generated-03', 'en.json');
  writeFileSync(edited, readFileSync(edited, 'utf8').replace('"title":"', '"title":"Corrected: '));
  rmSync(join(articles, 'generated-05'), { recursive: true });
  renameSync(join(articles, 'generated-07'), join(articles, 'renamed-seven'));
  rmSync(join(articles, 'generated-01', 'ru.json'));
}

/** `npm run build` of the generated library into `dist`. */
const runBuild = (dist: string, args: string[] = []) =>
  spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      TRIPTYCH_DIST: dist,
      TRIPTYCH_ARTICLES: articles,
      SITE_ORIGIN: 'https://news.example.org',
      // 20 articles before and 21 after: the sitemap gains a third file going forward, and loses it going back.
      TRIPTYCH_SITEMAP_ARTICLES: '10',
    },
  });

function build(dist: string, ...args: string[]): string {
  const result = runBuild(dist, args);
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const changes = (dist: string) => JSON.parse(readFileSync(changesPath(dist), 'utf8')) as ChangeList;

beforeAll(() => {
  articles = mkdtempSync(join(tmpdir(), 'incremental-articles-'));
  mkdirSync(OUT, { recursive: true });
  // The reference: a full build of the library after the changes.
  libraryAfter();
  build(REFERENCE, '--full');
  // A copy of it, taken back to the library before the changes by an incremental build.
  for (const suffix of SIBLINGS) cpSync(`${REFERENCE}${suffix}`, `${WORK}${suffix}`, { recursive: true });
  libraryBefore();
}, 240_000);

afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  rmSync(articles, { recursive: true, force: true });
});

test('an incremental build after additions, edits, deletions and renames gives the full build byte for byte', () => {
  const back = build(WORK);
  expect(back).toContain('build: incremental');
  // The library before the changes: the deleted and renamed articles are back, the added ones gone.
  const before = filesUnder(WORK);
  expect(before).toEqual(expect.arrayContaining(['en/generated-05/index.html', 'ru/generated-01/index.html']));
  expect(before).not.toContain('en/added-one/index.html');
  expect(before).not.toContain('articles/renamed-seven/en.json');
  expect(before.filter((file) => /^sitemaps\/\d+\.xml$/.test(file))).toEqual(['sitemaps/1.xml', 'sitemaps/2.xml']);

  libraryAfter();
  const forward = build(WORK);
  expect(forward).toContain('build: incremental');
  expect(forward).not.toMatch(/vite|tsc/);

  const files = filesUnder(WORK);
  expect(files).toEqual(filesUnder(REFERENCE));
  const differing = files.filter((file) => !readFileSync(join(WORK, file)).equals(readFileSync(join(REFERENCE, file))));
  expect(differing).toEqual([]);

  // The change list names exactly what a deploy step purges: pages at their canonical URLs, bundles, the index.
  const list = changes(WORK);
  const added = ['/en/added-one', '/ua/renamed-seven', '/articles/added-two/uk.json', '/sitemaps/3.xml'];
  const removed = ['/en/generated-05', '/ua/generated-07', '/ru/generated-01', '/articles/generated-01/ru.json'];
  const changed = ['/en/generated-03', '/articles/generated-03/en.json', '/sitemap.xml'];
  expect(list.added).toEqual(expect.arrayContaining(added));
  expect(list.removed).toEqual(expect.arrayContaining(removed));
  expect(list.changed).toEqual(expect.arrayContaining(changed));
  // Pages of articles that did not change are not in it, nor hashed assets or compressed twins.
  const all = [...list.added, ...list.changed, ...list.removed];
  expect(all).not.toContain('/en/generated-10');
  expect(all.filter((url) => url.startsWith('/assets/') || /\.(br|gz)$/.test(url))).toEqual([]);
}, 120_000);

test('a build with nothing changed writes nothing and lists no changes', () => {
  const dist = join(OUT, 'again');
  for (const suffix of SIBLINGS) cpSync(`${REFERENCE}${suffix}`, `${dist}${suffix}`, { recursive: true });
  libraryAfter();
  const before = filesUnder(dist).map((file) => [file, readFileSync(join(dist, file)).length]);
  expect(build(dist)).toContain('0 added, 0 changed, 0 removed');
  expect(filesUnder(dist).map((file) => [file, readFileSync(join(dist, file)).length])).toEqual(before);
}, 60_000);

test('an invalid article stops an incremental build before it writes anything', () => {
  const dist = join(OUT, 'invalid');
  for (const suffix of SIBLINGS) cpSync(`${REFERENCE}${suffix}`, `${dist}${suffix}`, { recursive: true });
  libraryAfter();
  writeFileSync(join(articles, 'generated-04', 'en.json'), '{"title": 1}');
  const result = runBuild(dist);
  expect(result.status).not.toBe(0);
  expect(result.stderr).toContain('generated-04/en.json');
  expect(readFileSync(join(dist, 'articles/generated-04/en.json'))).toEqual(
    readFileSync(join(REFERENCE, 'articles/generated-04/en.json')),
  );
}, 60_000);

test('pre-rendering holds nothing of the pages it has written: memory stays flat however many it renders', async () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const dist = join(OUT, 'memory');
  for (const suffix of SIBLINGS) cpSync(`${REFERENCE}${suffix}`, `${dist}${suffix}`, { recursive: true });
  const render = await createRenderer(dist, 'https://news.example.org');
  const summaries = readdirSync(join(dist, 'articles'))
    .filter((slug) => slug !== 'index')
    .map((slug) => JSON.parse(readFileSync(join(dist, 'articles', slug, 'index.json'), 'utf8')) as ArticleSummary);
  const renderAll = async (times: number) => {
    for (let time = 0; time < times; time += 1) for (const summary of summaries) await render.article(summary);
    gc();
    return process.memoryUsage().heapUsed;
  };
  // Once to load what every page shares, then the library 10 times over (about 600 pages).
  const start = await renderAll(1);
  const end = await renderAll(10);
  // Each page's render kept in memory would be several MB by now.
  expect(end - start).toBeLessThan(1_000_000);
}, 120_000);
