/**
 * `npm run build`, last step: writes real HTML for every URL into dist/.
 *
 *   dist/<word>/index.html          each library page
 *   dist/<word>/<slug>/index.html   each article in each language it exists in
 *   dist/<word>/search/index.html   each language's search page
 *   dist/404.html, dist/sitemap.xml, dist/robots.txt
 *
 * Each page holds the full text, its head tags (title, description,
 * canonical, hreflang, Open Graph) and a few bytes of page data naming the
 * data it was rendered from, and its version: the app fetches that data
 * before it hydrates, so the text is sent once. Pages are rendered one at a time
 * from the files the build wrote, so memory stays flat for any library.
 *
 * SITE_ORIGIN sets the origin of absolute URLs (default http://127.0.0.1:4173,
 * with a warning); TRIPTYCH_DIST the build to pre-render (default dist, with
 * its server build in dist-ssr). Each bundle is read back and checked with
 * the schema before it is rendered; one that fails stops the build.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LANGS, urlWordOf, type Lang } from '../src/i18n/languages.ts';
import { SEARCH_SLUG, searchPath } from '../src/routing/links.ts';
import type { ArticleSummary, IndexPage } from '../src/articles/library-index.ts';
import { parseBundle, type Bundle } from '../src/articles/schema.ts';
import type * as ServerEntry from '../src/app/server.tsx';
import { BOOT, initialFiles, readManifest, type PageKind } from './build-manifest.ts';
import { linkedStylesheet, pageHtml } from './page-html.ts';
import { formatProblem } from './read-articles.ts';
import { siteOrigin } from './site-origin.ts';

const DIST = resolve(process.env.TRIPTYCH_DIST ?? 'dist');
const site = siteOrigin(process.env.SITE_ORIGIN);
const ORIGIN = site.origin;

// The server build of src/app/server.tsx, made by the step before this one in `npm run build`.
const server: typeof ServerEntry = await import(pathToFileURL(`${DIST}-ssr/server.js`).href);
const { renderPage, preparePages, headTags, versionPaths, resources, PAGE_DATA_ID } = server;
await preparePages();

const template = readFileSync(join(DIST, 'index.html'), 'utf8');
const json = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/**
 * A bundle as the build published it, checked again with the schema: what
 * the page shows is the schema's output, never the file as read.
 */
function readBundle(slug: string, lang: Lang): Bundle {
  const path = join(DIST, 'articles', slug, `${lang}.json`);
  const result = parseBundle(readFileSync(path, 'utf8'), { slug, lang });
  if (result.ok) return result.bundle;
  const lines = result.problems.map((problem) => formatProblem({ path, ...problem }));
  throw new Error(`prerender: a published bundle does not pass the schema:\n${lines.join('\n')}`);
}

// The page loads one small script, which fetches the app's modules once the text is painted
// (src/app/boot.ts): the entry's, and the page's own chunk and strings alongside them, so
// hydrating waits for one round trip, not three. The boot script itself is fetched at low priority:
// nothing on the page waits for it.
const manifest = readManifest(DIST);
const boot = manifest[BOOT]?.file;
if (!boot) throw new Error(`prerender: the build has no ${BOOT} entry (vite.config.ts)`);
const bootTag = (kind: PageKind, lang: Lang) => {
  const { js } = initialFiles(manifest, kind, lang);
  const app = js.filter((file) => file !== boot).map((file) => `/${file}`);
  return `<script type="module" crossorigin fetchpriority="low" src="/${boot}" data-app="${app.join(' ')}"></script>`;
};

// The stylesheet is written into each page (decision 010).
const css = readFileSync(join(DIST, linkedStylesheet(template)), 'utf8');

async function page(kind: PageKind, head: string, source: ServerEntry.PageSource): Promise<string> {
  const { lang } = source;
  const { html: body, data } = await renderPage(source);
  return pageHtml(template, css, { lang, head, body, data, dataId: PAGE_DATA_ID, boot: bootTag(kind, lang) });
}

function write(path: string, html: string): void {
  mkdirSync(join(DIST, path), { recursive: true });
  writeFileSync(join(DIST, path, 'index.html'), html);
}

const started = performance.now();
const sitemap: string[] = [];
const sitemapEntry = (versions: Partial<Record<Lang, string>>) => {
  for (const lang of LANGS) {
    const own = versions[lang];
    if (!own) continue;
    const alternates = LANGS.filter((other) => versions[other])
      .map((other) => `<xhtml:link rel="alternate" hreflang="${other}" href="${ORIGIN}${versions[other]}"/>`)
      .join('');
    sitemap.push(`<url><loc>${ORIGIN}${own}</loc>${alternates}</url>`);
  }
};

// Library pages: the first page of the index, in each language.
const firstPage = json<IndexPage>(join(DIST, 'articles/index/page-1.json'));
const libraries = versionPaths(LANGS, (word) => `/${word}/`);
for (const lang of LANGS) {
  const path = `/${urlWordOf(lang)}/`;
  const common = resources[lang].common;
  const head = headTags({
    origin: ORIGIN,
    lang,
    title: resources[lang].library.documentTitle,
    description: common.tagline,
    kind: 'website',
    versions: libraries,
  });
  write(path, await page('library', head, { path, lang, indexPage: firstPage }));
}
sitemapEntry(libraries);

// Articles, one at a time.
let articles = 0;
let pages = LANGS.length;
for (const slug of readdirSync(join(DIST, 'articles')).sort()) {
  if (slug === 'index') continue;
  // The build writes a folder only for an article it publishes, always with its summary.
  const summary = json<ArticleSummary>(join(DIST, 'articles', slug, 'index.json'));
  const versions = versionPaths(summary.languages, (word) => `/${word}/${slug}`);
  for (const lang of summary.languages) {
    const bundle = readBundle(slug, lang);
    const path = versions[lang] ?? '';
    const head = headTags({
      origin: ORIGIN,
      lang,
      title: bundle.title,
      description: bundle.lead ?? bundle.title,
      kind: 'article',
      versions,
      ...(bundle.image ? { image: bundle.image } : {}),
    });
    write(path, await page('article', head, { path, lang, article: { slug, summary, bundle } }));
    pages += 1;
  }
  sitemapEntry(versions);
  articles += 1;
}

// The search page in each language, empty: the app runs the query in its URL. Not in the sitemap.
for (const lang of LANGS) {
  const path = searchPath(lang);
  const search = resources[lang].search;
  const head = headTags({
    origin: ORIGIN,
    lang,
    title: search.documentTitle,
    description: search.prompt,
    kind: 'website',
    versions: versionPaths(LANGS, (word) => `/${word}/${SEARCH_SLUG}`),
  });
  write(path, await page('search', head, { path, lang }));
  pages += 1;
}

// The 404 page any host can serve: in all three languages, each with its library.
const notFound = LANGS.map((lang) => {
  const common = resources[lang].common;
  return `<section lang="${lang}"><h2>${common.notFound.title}</h2><p>${common.notFound.body}</p><p><a href="/${urlWordOf(lang)}/">${common.toLibrary}</a></p></section>`;
}).join('\n');
const notFoundTitle = LANGS.map((lang) => resources[lang].common.notFound.title).join(' · ');
writeFileSync(
  join(DIST, '404.html'),
  template
    .replace(
      /<title>[^<]*<\/title>/,
      `<title>${LANGS.map((lang) => resources[lang].common.notFound.title).join(' · ')}</title>`,
    )
    .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
    .replace(
      /<div id="root">[\s\S]*?<\/div>\s*<\/div>\s*<\/div>/,
      `<main id="main" class="page page--message">\n<h1>${notFoundTitle}</h1>\n${notFound}\n</main>`,
    ),
);

writeFileSync(
  join(DIST, 'sitemap.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${sitemap.join('\n')}\n</urlset>\n`,
);
writeFileSync(join(DIST, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap.xml\n`);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const memory = Math.round(process.memoryUsage().rss / 1024 / 1024);
console.log(`prerender: ${pages} pages for ${articles} articles in ${seconds} s, ${memory} MB resident at the end`);
// Last, where it is seen.
if (site.warning) console.warn(site.warning);
