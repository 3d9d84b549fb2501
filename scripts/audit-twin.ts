/**
 * What `npm run audit` compares an article page with: a plain HTML twin of
 * the same text (no stylesheet, no script), written into the build so the
 * same server sends it the same way, precompressed like every page. And what
 * it reads from a Lighthouse run besides the scores: the bytes that crossed
 * the wire before the load event.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBundle, type Bundle } from '../src/articles/schema.ts';
import { langOfUrlWord, type Lang } from '../src/i18n/languages.ts';
import { precompressFile } from './precompress-files.ts';

/** Where twins live in the build while the audit runs; removed when it ends. */
export const TWIN_DIR = '_twin';

/** The budgets of issue 30: an article's LCP within 1.1× its twin's, and ≤ 60 KB before the load event. */
export const LCP_RATIO_BUDGET = 1.1;
export const BYTES_BEFORE_LOAD_BUDGET = 60_000;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The article as a plain page: its title, lead and passages in the plainest elements, and the page's icon. */
export function twinHtml(bundle: Bundle, lang: Lang, icon: string | undefined): string {
  const passages = bundle.segments.map((segment) => {
    const text = escape(segment.text);
    if (segment.type === 'heading') return `<h2>${text}</h2>`;
    if (segment.type === 'quote') return `<blockquote><p>${text}</p></blockquote>`;
    return `<p>${text}</p>`;
  });
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<meta charset="UTF-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${escape(bundle.title)}</title>`,
    // Without an icon the browser asks for /favicon.ico, a request the page does not make.
    ...(icon ? [`<link rel="icon" href="${escape(icon)}" type="image/svg+xml" />`] : []),
    `<h1>${escape(bundle.title)}</h1>`,
    ...(bundle.lead ? [`<p>${escape(bundle.lead)}</p>`] : []),
    ...passages,
    '',
  ].join('\n');
}

/** The article a page path shows, if it is an article page: `/en/slug`, not the library or a parallel view. */
export function articleOfPath(path: string): { lang: Lang; slug: string } | null {
  const match = /^\/([a-z]+)\/([a-z0-9-]+)$/.exec(path);
  const lang = match ? langOfUrlWord(match[1] ?? '') : null;
  return match && lang ? { lang, slug: match[2] ?? '' } : null;
}

/** Writes the twin of an article page into the build (with its .br and .gz) and returns its path. */
export async function writeTwin(dist: string, path: string): Promise<string> {
  const article = articleOfPath(path);
  if (!article) throw new Error(`audit: ${path} is not an article page`);
  const { lang, slug } = article;
  const file = join(dist, 'articles', slug, `${lang}.json`);
  const parsed = parseBundle(readFileSync(file, 'utf8'), { slug, lang });
  if (!parsed.ok) throw new Error(`audit: ${file} does not pass the schema`);
  const page = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const icon = /<link rel="icon" href="([^"]+)"/.exec(page)?.[1];
  const twin = `/${TWIN_DIR}${path}.html`;
  mkdirSync(join(dist, TWIN_DIR, path, '..'), { recursive: true });
  writeFileSync(join(dist, twin), twinHtml(parsed.bundle, lang, icon));
  await precompressFile(join(dist, twin));
  return twin;
}

export function removeTwins(dist: string): void {
  rmSync(join(dist, TWIN_DIR), { recursive: true, force: true });
}

/** The parts of a Lighthouse result the byte count reads. */
export interface NetworkSummary {
  requests: readonly { networkRequestTime?: number; transferSize?: number }[];
  /** When the load event fired, in the same clock as the requests (ms from the navigation's start). */
  observedLoad: number | undefined;
}

/** Bytes on the wire (headers and compressed bodies) of every request started before the load event. */
export function bytesBeforeLoad({ requests, observedLoad }: NetworkSummary): number | null {
  if (observedLoad === undefined) return null;
  return requests
    .filter((request) => (request.networkRequestTime ?? Number.POSITIVE_INFINITY) < observedLoad)
    .reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
}

/** The ratio of two medians, or null when either is missing. */
export function lcpRatio(page: number | null, twin: number | null): number | null {
  return page === null || twin === null || twin <= 0 ? null : page / twin;
}
