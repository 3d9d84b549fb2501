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
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
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
  /** By URL path under the site root, e.g. `/articles/<slug>/en.json`: JSON text. */
  json: Map<string, string>;
  /** By URL path: the image file on disk. */
  images: Map<string, string>;
  problems: FileProblem[];
}

/** What the articles folder publishes; with `only`, just that one bundle's text, so dev stays quick. */
function publish(dir: string, root: string, only?: string): Published {
  const json = new Map<string, string>();
  const disk = readArticles(dir, {
    root,
    onBundle: (url, bundle) => {
      const path = `${ARTICLES_ROOT}/${url}`;
      if (only === undefined || only === path) json.set(path, JSON.stringify(bundle));
    },
  });
  const { summaries, pages } = buildLibraryIndex(disk.summaries);
  for (const page of pages) json.set(indexPageUrl(page.page), JSON.stringify(page));
  for (const summary of summaries) json.set(summaryUrl(summary.slug), JSON.stringify(summary));
  const images = new Map(disk.images.map((image) => [`${ARTICLES_ROOT}/${image.url}`, image.path]));
  return { json, images, problems: disk.problems };
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

/** Every file under `dir`, as paths relative to `base` with forward slashes. */
function filesUnder(dir: string, base: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path).split(sep).join('/')];
  });
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
        const { json, images, problems } = publish(dir, root, url);
        // Each set of problems once, not on every request.
        const report = problems.map(formatProblem).join('\n');
        if (report !== reported && report) server.config.logger.warn(`[articles]\n${report}`);
        reported = report;

        const text = json.get(url) ?? invalidBundle(dir, url);
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
    generateBundle() {
      // The server build renders pages from what the client build wrote; it publishes nothing.
      if (ssr) return;
      const { json, images, problems } = publish(dir, root);
      if (problems.length > 0 && !skipInvalid) this.error(failure(problems));
      if (problems.length > 0) {
        this.warn(`left out of the build (TRIPTYCH_SKIP_INVALID):\n${problems.map(formatProblem).join('\n')}`);
      }
      for (const [url, source] of json) this.emitFile({ type: 'asset', fileName: url.slice(1), source });
      for (const [url, path] of images) {
        this.emitFile({ type: 'asset', fileName: url.slice(1), source: readFileSync(path) });
      }
    },
    writeBundle(output, bundle) {
      // Vite copied public/ whole before writing; under /articles/ only what was published above stays.
      const outDir = output.dir ?? '';
      const root = ARTICLES_ROOT.slice(1);
      for (const file of filesUnder(join(outDir, root), outDir)) {
        if (!(file in bundle)) rmSync(join(outDir, file));
      }
      removeEmptyFolders(join(outDir, root));
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

function removeEmptyFolders(dir: string): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) removeEmptyFolders(path);
  }
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}
