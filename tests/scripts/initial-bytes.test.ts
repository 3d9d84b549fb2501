import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { readManifest, type Manifest } from '../../scripts/build-manifest';
import { heaviestByPage, INITIAL_JS_BUDGET, overBudget, weighPages, type PageBytes } from '../../scripts/initial-bytes';

// A build as Vite's manifest describes it: two entries (the boot script and index.html), a library
// chunk both the entry and a page import, each page type's chunk, each language's strings, and the
// library's and search's strings, chunks of their own.
const MANIFEST: Manifest = {
  'src/app/boot.ts': { file: 'assets/boot.js' },
  'index.html': { file: 'assets/index.js', imports: ['_vendor.js'], css: ['assets/index.css'] },
  '_vendor.js': { file: 'assets/vendor.js' },
  '_shared.js': { file: 'assets/shared.js', imports: ['index.html', '_vendor.js'] },
  'src/features/library/LibraryPage.tsx': { file: 'assets/LibraryPage.js', imports: ['index.html'] },
  'src/features/reader/ArticlePage.tsx': { file: 'assets/ArticlePage.js', imports: ['index.html', '_shared.js'] },
  'src/features/parallel/ParallelPage.tsx': {
    file: 'assets/ParallelPage.js',
    imports: ['_shared.js', 'index.html'],
    css: ['assets/parallel.css'],
  },
  'src/features/search/SearchPage.tsx': { file: 'assets/SearchPage.js', imports: ['index.html'] },
  'src/i18n/strings/uk.ts': { file: 'assets/uk.js' },
  'src/i18n/strings/en.ts': { file: 'assets/en.js' },
  'src/i18n/strings/ru.ts': { file: 'assets/ru.js' },
  ...Object.fromEntries(
    ['uk', 'en', 'ru'].flatMap((lang) =>
      ['library', 'search'].map((ns) => [`locales/${lang}/${ns}.json`, { file: `assets/${ns}-${lang}.js` }]),
    ),
  ),
};
const SIZES: Record<string, number> = {
  'assets/boot.js': 200,
  'assets/index.js': 20_000,
  'assets/vendor.js': 70_000,
  'assets/shared.js': 2_000,
  'assets/LibraryPage.js': 1_500,
  'assets/ArticlePage.js': 4_000,
  'assets/ParallelPage.js': 3_800,
  'assets/SearchPage.js': 2_500,
  'assets/uk.js': 2_100,
  'assets/en.js': 1_400,
  'assets/ru.js': 2_050,
  'assets/index.css': 4_000,
  'assets/parallel.css': 300,
  ...Object.fromEntries(
    ['uk', 'en', 'ru'].flatMap((lang) => [
      [`assets/library-${lang}.js`, 500],
      [`assets/search-${lang}.js`, 700],
    ]),
  ),
};
const weigh = (file: string) => {
  const size = SIZES[file];
  if (size === undefined) throw new Error(`no size for ${file}`);
  return size;
};
const find = (pages: PageBytes[], page: string, lang: string) =>
  pages.find((entry) => entry.page === page && entry.lang === lang);

test("a page's initial JS is the boot script, the entry, its chunk and its strings, with what they import, each once", () => {
  const pages = weighPages(MANIFEST, weigh);
  expect(pages).toHaveLength(12);
  // 200 + 20,000 + 70,000 + 4,000 (page) + 2,000 (shared) + 2,050 (ru)
  expect(find(pages, 'article', 'ru')).toMatchObject({ js: 98_250, css: 4_000 });
  expect(find(pages, 'article', 'ru')?.files.js).toEqual([
    'assets/boot.js',
    'assets/index.js',
    'assets/vendor.js',
    'assets/ArticlePage.js',
    'assets/shared.js',
    'assets/ru.js',
  ]);
  // No shared chunk on the library page; English strings, with the library's and search's.
  expect(find(pages, 'library', 'en')).toMatchObject({ js: 94_300, css: 4_000 });
  expect(find(pages, 'library', 'en')?.files.js.slice(-3)).toEqual([
    'assets/en.js',
    'assets/library-en.js',
    'assets/search-en.js',
  ]);
  // The search page has search's strings, and no page but the library has the library's.
  expect(find(pages, 'search', 'en')?.files.js.at(-1)).toBe('assets/search-en.js');
  expect(find(pages, 'article', 'en')?.files.js.some((file) => /library|search/.test(file))).toBe(false);
  expect(find(pages, 'parallel', 'uk')).toMatchObject({ js: 98_100, css: 4_300 });
});

test('each page type is reported in its heaviest language', () => {
  const heaviest = heaviestByPage(weighPages(MANIFEST, weigh));
  expect(heaviest.library).toMatchObject({ lang: 'uk', js: 95_000 });
  expect(heaviest.article).toMatchObject({ lang: 'uk', js: 98_300 });
  expect(heaviest.parallel).toMatchObject({ lang: 'uk', js: 98_100 });
  expect(heaviest.search).toMatchObject({ lang: 'uk', js: 95_500 });
});

test('a page over the budget is reported with its language and by how much; one at the budget passes', () => {
  const pages = weighPages(MANIFEST, weigh);
  expect(overBudget(pages, 98_250)).toEqual([
    'initial JS of the article page in uk: 98,300 bytes, over the budget of 98,250 by 50',
  ]);
  expect(overBudget(pages)).toEqual([]);
});

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A build folder with the fixture's manifest and its files, the entry as large as asked (random bytes do not compress). */
function writeBuild(entryBytes: number): string {
  const dist = mkdtempSync(join(tmpdir(), 'triptych-size-'));
  dirs.push(dist);
  mkdirSync(join(dist, '.vite'));
  writeFileSync(join(dist, '.vite/manifest.json'), JSON.stringify(MANIFEST));
  for (const chunk of Object.values(MANIFEST)) {
    for (const file of [chunk.file, ...(chunk.css ?? [])]) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), file === 'assets/index.js' ? randomBytes(entryBytes) : `export const a = 1;`);
    }
  }
  return dist;
}

const size = (dist: string) =>
  spawnSync('npx', ['tsx', 'scripts/size.ts'], { env: { ...process.env, TRIPTYCH_DIST: dist }, encoding: 'utf8' });

test('npm run size prints every page in every language and passes a build within the budget', () => {
  const run = size(writeBuild(1_000));
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^article\s+[\d.]+ KB\s+[\d.]+ KB\s+[\d.]+ KB$/m);
  expect(run.stdout).toContain('size: every page within 110.0 KB of initial JS');
}, 30_000);

test('npm run size exits 1 and names each page over the budget', () => {
  const run = size(writeBuild(INITIAL_JS_BUDGET + 1_000));
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('size: 12 page(s) over the budget');
  expect(run.stderr).toMatch(/initial JS of the parallel page in ru: [\d,]+ bytes, over the budget of 110,000/);
}, 30_000);

test('a manifest that names no entry chunk is an error that says where to look', () => {
  const dist = writeBuild(1_000);
  const withoutEntry = { ...MANIFEST };
  delete withoutEntry['index.html'];
  writeFileSync(join(dist, '.vite/manifest.json'), JSON.stringify(withoutEntry));
  expect(() => readManifest(dist)).toThrow(/names no chunk for index\.html; does a chunk group in vite\.config\.ts/);
});
