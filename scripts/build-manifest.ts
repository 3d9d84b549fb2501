/**
 * What a built page loads before anyone interacts with it, read from Vite's
 * build manifest (dist/.vite/manifest.json). The pre-renderer uses it to
 * preload each page's own chunk; `npm run size` and the benchmark to weigh
 * each page's JS and CSS (scripts/initial-bytes.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../src/i18n/languages.ts';
import { stringsOfPage } from '../src/i18n/load-strings.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The manifest key of the app's entry, and of each page type's chunk (see src/app/pages.ts). */
export const ENTRY = 'index.html';
/** A pre-rendered page's only early script, which loads the rest after the first paint (src/app/boot.ts). */
export const BOOT = 'src/app/boot.ts';
export const PAGE_CHUNKS = {
  library: 'src/features/library/LibraryPage.tsx',
  article: 'src/features/reader/ArticlePage.tsx',
  parallel: 'src/features/parallel/ParallelPage.tsx',
  search: 'src/features/search/SearchPage.tsx',
} as const;
export type PageKind = keyof typeof PAGE_CHUNKS;
/** The manifest key of a language's interface strings (see src/i18n/load-strings.ts). */
export const stringsChunk = (lang: Lang) => `src/i18n/strings/${lang}.ts`;
/** The manifest key of a namespace in a chunk of its own (stringsOfPage in src/i18n/load-strings.ts). */
export const ownStringsChunk = (lang: Lang, ns: string) => `locales/${lang}/${ns}.json`;

export function readManifest(dist: string): Manifest {
  const path = join(dist, '.vite/manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  if (!manifest[ENTRY]) {
    // A chunk group in vite.config.ts that captures the entry's own module leaves no entry chunk.
    throw new Error(
      `build manifest: ${path} names no chunk for ${ENTRY}; does a chunk group in vite.config.ts take the entry's module?`,
    );
  }
  return manifest;
}

/**
 * The JS and CSS files (paths under dist/) a page in a language loads before
 * anyone touches it: the entry, the page's chunk and its language's strings
 * (and the namespaces in chunks of their own that the page shows at once),
 * with everything they import statically.
 */
export function initialFiles(manifest: Manifest, page: PageKind, lang: Lang): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`build manifest: no chunk for ${key}; was it renamed? (scripts/build-manifest.ts)`);
    if (js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  // Every page type is served pre-rendered (the parallel view as its article's page), so with the boot script.
  if (manifest[BOOT]) visit(BOOT);
  visit(ENTRY);
  visit(PAGE_CHUNKS[page]);
  visit(stringsChunk(lang));
  for (const ns of stringsOfPage(page)) visit(ownStringsChunk(lang, ns));
  return { js: [...js], css: [...css] };
}
