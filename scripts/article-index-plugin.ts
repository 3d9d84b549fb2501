/**
 * Publishes the articles: each bundle that passes the schema, written again
 * from what the schema returned (so fields it does not know, such as an
 * editor's `internal_notes`, never leave the building), the images those
 * bundles show, the library index and each article's summary. Nothing else
 * under the articles folder is published, even though Vite copies `public/`
 * whole: whatever it copied there is removed again.
 *
 * A build fails on the first invalid bundle, naming every problem as
 * `check:articles` does, unless TRIPTYCH_SKIP_INVALID=1 asks it to publish
 * the valid articles and list the others. The dev server serves the same
 * files on request (so adding a folder shows up on the next load), and an
 * invalid bundle as it is, so the app can show an editor what is wrong.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildLibraryIndex } from '../src/articles/library-index.ts';
import { ARTICLES_ROOT, indexPageUrl, summaryUrl } from '../src/articles/paths.ts';
import { isLang } from '../src/i18n/languages.ts';
import { isSlug } from '../src/routing/links.ts';
import { formatProblem, readArticles, type FileProblem } from './read-articles.ts';

export interface ArticleIndexOptions {
  /** The articles folder, relative to the project root. */
  dir: string;
  /** Publish the valid articles and list the rest instead of failing the build. Default: TRIPTYCH_SKIP_INVALID. */
  skipInvalid?: boolean;
}

const IMAGE_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
};

interface Published {
  /** By URL path under the site root, e.g. `/articles/<slug>/photo.jpg`: the image file on disk. */
  images: Map<string, string>;
  problems: FileProblem[];
}

/**
 * Publishes the articles folder through `emit` (URL path, JSON text): each
 * bundle as it is read, then the index pages and the summaries. Only the
 * summaries are held, never every bundle, so memory stays flat however
 * large the archive.
 */
function publish(dir: string, root: string, emit: (path: string, text: string) => void): Published {
  const disk = readArticles(dir, {
    root,
    onBundle: (url, bundle) => emit(`${ARTICLES_ROOT}/${url}`, JSON.stringify(bundle)),
  });
  const { summaries, pages } = buildLibraryIndex(disk.summaries);
  for (const page of pages) emit(indexPageUrl(page.page), JSON.stringify(page));
  for (const summary of summaries) emit(summaryUrl(summary.slug), JSON.stringify(summary));
  const images = new Map(disk.images.map((image) => [`${ARTICLES_ROOT}/${image.url}`, image.path]));
  return { images, problems: disk.problems };
}

/** Why a build with invalid articles stops, and what to do. */
export function failure(problems: readonly FileProblem[]): string {
  return [
    `${problems.length} problem(s) in the articles, so nothing was built:`,
    ...problems.map(formatProblem),
    'Fix them (`npm run check:articles` lists them again), or build with TRIPTYCH_SKIP_INVALID=1',
    'to publish only the valid articles and leave these out.',
  ].join('\n');
}

export function articleIndex(options: ArticleIndexOptions): Plugin {
  const skipInvalid = options.skipInvalid ?? /^(1|true|yes)$/i.test(process.env.TRIPTYCH_SKIP_INVALID ?? '');
  let dir = '';
  let root = '';
  let ssr = false;
  let reported = '';
  return {
    name: 'triptych-article-index',
    configResolved(config) {
      root = config.root;
      dir = resolve(root, options.dir);
      ssr = Boolean(config.build.ssr);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        if (!url.startsWith(`${ARTICLES_ROOT}/`)) return next();
        // Just the asked file's text is kept, so dev stays quick.
        let text: string | undefined;
        const { images, problems } = publish(dir, root, (path, json) => {
          if (path === url) text = json;
        });
        // Each set of problems once, not on every request.
        const report = problems.map(formatProblem).join('\n');
        if (report !== reported && report) server.config.logger.warn(`[articles]\n${report}`);
        reported = report;

        text ??= invalidBundle(dir, url);
        const image = images.get(url);
        if (text === undefined && image === undefined) {
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          return res.end('Not found');
        }
        res.setHeader('Cache-Control', 'no-cache');
        if (text !== undefined) {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          return res.end(text);
        }
        res.setHeader('Content-Type', IMAGE_TYPES[extname(url).toLowerCase()] ?? 'application/octet-stream');
        res.end(readFileSync(image ?? ''));
      });
    },
    writeBundle(output) {
      // Vite copied public/ whole; under /articles/ only what is published below stays. The articles are
      // written here, one at a time, not emitted into Rollup's bundle, which would hold them all at once.
      const out = join(output.dir ?? '', ARTICLES_ROOT.slice(1));
      rmSync(out, { recursive: true, force: true });
      // The server build renders pages from what the client build wrote; it publishes nothing.
      if (ssr) return;
      const target = (path: string) => {
        const file = join(output.dir ?? '', path.slice(1));
        mkdirSync(dirname(file), { recursive: true });
        return file;
      };
      const { images, problems } = publish(dir, root, (path, text) => writeFileSync(target(path), text));
      if (problems.length > 0 && !skipInvalid) {
        rmSync(out, { recursive: true, force: true });
        this.error(failure(problems));
      }
      if (problems.length > 0) {
        this.warn(`left out of the build (TRIPTYCH_SKIP_INVALID):\n${problems.map(formatProblem).join('\n')}`);
      }
      for (const [url, path] of images) copyFileSync(path, target(url));
    },
  };
}

/** In dev, an invalid bundle is served as written, so the app shows an editor its problems. */
function invalidBundle(dir: string, url: string): string | undefined {
  const [slug = '', name = '', ...rest] = url.slice(ARTICLES_ROOT.length + 1).split('/');
  if (rest.length > 0 || !isSlug(slug) || !name.endsWith('.json') || !isLang(name.slice(0, -5))) return undefined;
  try {
    return readFileSync(join(dir, slug, name), 'utf8');
  } catch {
    return undefined;
  }
}
