/**
 * Renders the pre-rendered pages of a build: each library page, each article
 * in each language it exists in, each language's search page, the 404 page
 * and robots.txt. A full build renders them all
 * (scripts/prerender.ts); an incremental one only what its changes touch
 * (scripts/incremental-build.ts). Both call these functions, so a page comes
 * out the same bytes either way.
 *
 * Each page holds the full text, its head tags and a few bytes of page data
 * naming the data it was rendered from and its version (decision 020): the
 * app fetches that data before it hydrates, so the text is sent once. Every
 * bundle is read back from the build and checked with the schema before it
 * is rendered; one that fails stops the build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { LANGS, urlWordOf, type Lang } from '../src/i18n/languages.ts';
import { SEARCH_SLUG, searchPath } from '../src/routing/links.ts';
import type { ArticleSummary, IndexPage } from '../src/articles/library-index.ts';
import { parseBundle, type Bundle } from '../src/articles/schema.ts';
import type * as ServerEntry from '../src/app/server.tsx';
import { BOOT, initialFiles, readManifest, type PageKind } from './build-manifest.ts';
import { linkedStylesheet, pageHtml } from './page-html.ts';
import { formatProblem } from './read-articles.ts';

export interface Renderer {
  /** The library page in each language, showing the index's first page. Returns the files written. */
  library(firstPage: IndexPage): Promise<string[]>;
  /** The article's page in each of its languages. */
  article(summary: ArticleSummary): Promise<string[]>;
  /** The search page in each language, empty: the app runs the query in its URL. */
  search(): Promise<string[]>;
  /** The 404 page any host can serve, in all three languages. */
  notFound(): string[];
  robots(): string[];
}

/**
 * The renderer of the build in `dist`, with its server build in `dist`-ssr.
 * `origin` is the site's origin for absolute URLs.
 */
export async function createRenderer(dist: string, origin: string): Promise<Renderer> {
  const server: typeof ServerEntry = await import(pathToFileURL(`${dist}-ssr/server.js`).href);
  const { renderPage, preparePages, headTags, versionPaths, resources, PAGE_DATA_ID } = server;
  await preparePages();

  const template = readFileSync(join(dist, 'index.html'), 'utf8');

  /** A bundle as the build published it, checked again with the schema: what the page shows is the schema's output. */
  const readBundle = (slug: string, lang: Lang): Bundle => {
    const path = join(dist, 'articles', slug, `${lang}.json`);
    const result = parseBundle(readFileSync(path, 'utf8'), { slug, lang });
    if (result.ok) return result.bundle;
    const lines = result.problems.map((problem) => formatProblem({ path, ...problem }));
    throw new Error(`prerender: a published bundle does not pass the schema:\n${lines.join('\n')}`);
  };

  // The page loads one small script, which fetches the app's modules once the text is painted
  // (src/app/boot.ts): the entry's, and the page's own chunk and strings alongside them, so
  // hydrating waits for one round trip, not three. The boot script itself is fetched at low priority.
  const manifest = readManifest(dist);
  const boot = manifest[BOOT]?.file;
  if (!boot) throw new Error(`prerender: the build has no ${BOOT} entry (vite.config.ts)`);
  const bootTag = (kind: PageKind, lang: Lang) => {
    const { js } = initialFiles(manifest, kind, lang);
    const app = js.filter((file) => file !== boot).map((file) => `/${file}`);
    return `<script type="module" crossorigin fetchpriority="low" src="/${boot}" data-app="${app.join(' ')}"></script>`;
  };

  // The stylesheet is written into each page (decision 010).
  const css = readFileSync(join(dist, linkedStylesheet(template)), 'utf8');
  const page = async (kind: PageKind, head: string, source: ServerEntry.PageSource): Promise<string> => {
    const { lang } = source;
    const { html: body, data } = await renderPage(source);
    // A turn of the event loop after each page: React leaves some of a render's clean-up to setImmediate,
    // and a loop that only ever awaits promises never gets there, so every page's render stayed in memory.
    await nextTurn();
    return pageHtml(template, css, { lang, head, body, data, dataId: PAGE_DATA_ID, boot: bootTag(kind, lang) });
  };

  /** Writes the page of a URL path ending in `/` or a slug; returns its file under dist. */
  const write = (path: string, html: string): string => {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), html);
    return `${path.replace(/^\/|\/$/g, '')}/index.html`;
  };

  return {
    async library(firstPage) {
      const libraries = versionPaths(LANGS, (word) => `/${word}/`);
      const written: string[] = [];
      for (const lang of LANGS) {
        const path = `/${urlWordOf(lang)}/`;
        const head = headTags({
          origin,
          lang,
          title: resources[lang].library.documentTitle,
          description: resources[lang].common.tagline,
          kind: 'website',
          versions: libraries,
        });
        written.push(write(path, await page('library', head, { path, lang, indexPage: firstPage })));
      }
      return written;
    },

    async article(summary) {
      const { slug } = summary;
      const versions = versionPaths(summary.languages, (word) => `/${word}/${slug}`);
      const written: string[] = [];
      for (const lang of summary.languages) {
        const bundle = readBundle(slug, lang);
        const path = versions[lang] ?? '';
        const head = headTags({
          origin,
          lang,
          title: bundle.title,
          description: bundle.lead ?? bundle.title,
          kind: 'article',
          versions,
          ...(bundle.image ? { image: bundle.image } : {}),
        });
        written.push(write(path, await page('article', head, { path, lang, article: { slug, summary, bundle } })));
      }
      return written;
    },

    async search() {
      const written: string[] = [];
      for (const lang of LANGS) {
        const path = searchPath(lang);
        const strings = resources[lang].search;
        const head = headTags({
          origin,
          lang,
          title: strings.documentTitle,
          description: strings.prompt,
          kind: 'website',
          versions: versionPaths(LANGS, (word) => `/${word}/${SEARCH_SLUG}`),
        });
        written.push(write(path, await page('search', head, { path, lang })));
      }
      return written;
    },

    notFound() {
      const sections = LANGS.map((lang) => {
        const common = resources[lang].common;
        return `<section lang="${lang}"><h2>${common.notFound.title}</h2><p>${common.notFound.body}</p><p><a href="/${urlWordOf(lang)}/">${common.toLibrary}</a></p></section>`;
      }).join('\n');
      const title = LANGS.map((lang) => resources[lang].common.notFound.title).join(' · ');
      writeFileSync(
        join(dist, '404.html'),
        template
          .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
          .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
          .replace(
            /<div id="root">[\s\S]*?<\/div>\s*<\/div>\s*<\/div>/,
            `<main id="main" class="page page--message">\n<h1>${title}</h1>\n${sections}\n</main>`,
          ),
      );
      return ['404.html'];
    },

    robots() {
      writeFileSync(join(dist, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`);
      return ['robots.txt'];
    },
  };
}
