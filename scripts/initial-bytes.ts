/**
 * How much a built page loads before anyone touches it, weighed the one way
 * both `npm run size` and the benchmark report it: gzip level 9, file by file,
 * summed over the files scripts/build-manifest.ts lists for the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGS, type Lang } from '../src/i18n/languages.ts';
import { initialFiles, readManifest, type Manifest, type PageKind } from './build-manifest.ts';

export const PAGE_KINDS: readonly PageKind[] = ['library', 'article', 'parallel', 'search'];

/** Initial JS of every page type in every language, gzip bytes (KB = 1000 bytes; issue 23). */
export const INITIAL_JS_BUDGET = 110_000;

export interface PageBytes {
  page: PageKind;
  lang: Lang;
  js: number;
  css: number;
  files: { js: string[]; css: string[] };
}

/** A file's weight in bytes, by its path under the build's folder. */
export type Weigh = (file: string) => number;

/** Each file's gzip size (level 9), read once however many pages load it. */
export function gzipWeigher(dist: string): Weigh {
  const sizes = new Map<string, number>();
  return (file) => {
    let size = sizes.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
      sizes.set(file, size);
    }
    return size;
  };
}

/** Every page type in every language, in PAGE_KINDS and LANGS order. */
export function weighPages(manifest: Manifest, weigh: Weigh): PageBytes[] {
  const sum = (files: string[]) => files.reduce((total, file) => total + weigh(file), 0);
  return PAGE_KINDS.flatMap((page) =>
    LANGS.map((lang) => {
      const files = initialFiles(manifest, page, lang);
      return { page, lang, js: sum(files.js), css: sum(files.css), files };
    }),
  );
}

/** The build in `dist`, weighed as a browser would receive it gzipped. */
export function initialBytes(dist: string): PageBytes[] {
  return weighPages(readManifest(dist), gzipWeigher(dist));
}

/** Each page type in its heaviest language (each page loads its own language's strings). */
export function heaviestByPage(pages: readonly PageBytes[]): Record<PageKind, PageBytes> {
  const result = {} as Record<PageKind, PageBytes>;
  for (const entry of pages) {
    const known = result[entry.page];
    if (!known || entry.js > known.js) result[entry.page] = entry;
  }
  return result;
}

/** One line for each page in a language whose initial JS is over the budget. */
export function overBudget(pages: readonly PageBytes[], budget = INITIAL_JS_BUDGET): string[] {
  return pages
    .filter((entry) => entry.js > budget)
    .map(
      (entry) =>
        `initial JS of the ${entry.page} page in ${entry.lang}: ${entry.js.toLocaleString('en')} bytes, ` +
        `over the budget of ${budget.toLocaleString('en')} by ${(entry.js - budget).toLocaleString('en')}`,
    );
}
