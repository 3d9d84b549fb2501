/**
 * `npm run build`, the step after the client and server builds of a full
 * build: writes real HTML for every URL into dist/ (scripts/render-pages.ts).
 *
 *   dist/<word>/index.html          each library page
 *   dist/<word>/<slug>/index.html   each article in each language it exists in
 *   dist/<word>/search/index.html   each language's search page
 *   dist/404.html, dist/robots.txt
 *   dist/sitemap.xml                an index of dist/sitemaps/<n>.xml (scripts/sitemap.ts)
 *
 * Pages are rendered one at a time from the files the build wrote, and the
 * sitemap keeps only each article's slug and languages, so memory stays flat
 * for any library.
 *
 * SITE_ORIGIN sets the origin of absolute URLs (default http://127.0.0.1:4173,
 * with a warning); TRIPTYCH_DIST the build to pre-render (default dist, with
 * its server build in dist-ssr).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleSummary, IndexPage } from '../src/articles/library-index.ts';
import { createRenderer } from './render-pages.ts';
import { sitemapFiles } from './sitemap.ts';
import { siteOrigin } from './site-origin.ts';

const DIST = resolve(process.env.TRIPTYCH_DIST ?? 'dist');
const site = siteOrigin(process.env.SITE_ORIGIN);
const json = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

const started = performance.now();
const render = await createRenderer(DIST, site.origin);
let pages = (await render.library(json<IndexPage>(join(DIST, 'articles/index/page-1.json')))).length;

// Articles, one at a time; the sitemap keeps only each one's slug and languages.
const listed: Pick<ArticleSummary, 'slug' | 'languages'>[] = [];
for (const slug of readdirSync(join(DIST, 'articles')).sort()) {
  if (slug === 'index') continue;
  // The build writes a folder only for an article it publishes, always with its summary.
  const summary = json<ArticleSummary>(join(DIST, 'articles', slug, 'index.json'));
  pages += (await render.article(summary)).length;
  listed.push({ slug, languages: summary.languages });
}
pages += (await render.search()).length;
render.notFound();
render.robots();
mkdirSync(join(DIST, 'sitemaps'), { recursive: true });
for (const [path, xml] of sitemapFiles(site.origin, listed)) writeFileSync(join(DIST, path), xml);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const memory = Math.round(process.memoryUsage().rss / 1024 / 1024);
console.log(
  `prerender: ${pages} pages for ${listed.length} articles in ${seconds} s, ${memory} MB resident at the end`,
);
// Last, where it is seen.
if (site.warning) console.warn(site.warning);
