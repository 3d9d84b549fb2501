/**
 * Generates the library index and each article's summary from the bundles:
 * served on request by the dev server (so adding a folder shows up on the
 * next load) and written into the build. With an articles folder outside
 * `public/` (the benchmark's generated library), it serves and copies the
 * bundles too.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildLibraryIndex } from '../src/articles/library-index.ts';
import { ARTICLES_ROOT, indexPageUrl, summaryUrl } from '../src/articles/paths.ts';
import { formatProblem, readArticles } from './read-articles.ts';

function generate(dir: string) {
  const disk = readArticles(dir);
  for (const problem of disk.problems) console.warn(`[articles] ${formatProblem(problem)} (left out of the index)`);
  const { summaries, pages } = buildLibraryIndex(disk.summaries);
  const out = new Map<string, string>();
  for (const page of pages) out.set(indexPageUrl(page.page), JSON.stringify(page));
  for (const summary of summaries) out.set(summaryUrl(summary.slug), JSON.stringify(summary));
  return { out, files: disk.files };
}

export function articleIndex(options: { dir: string }): Plugin {
  let dir = '';
  let inPublic = true;
  let ssr = false;
  return {
    name: 'triptych-article-index',
    configResolved(config) {
      dir = resolve(config.root, options.dir);
      inPublic = !relative(config.publicDir, dir).startsWith('..');
      ssr = Boolean(config.build.ssr);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        if (!url.startsWith(`${ARTICLES_ROOT}/`)) return next();
        const { out, files } = generate(dir);
        const generated = out.get(url);
        const bundle = inPublic ? undefined : files.find((file) => `${ARTICLES_ROOT}/${file.url}` === url);
        if (generated === undefined && bundle === undefined) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(generated ?? readFileSync(bundle?.path ?? ''));
      });
    },
    generateBundle() {
      // The server build renders pages from what the client build wrote; it needs no copy.
      if (ssr) return;
      const { out, files } = generate(dir);
      for (const [url, source] of out) this.emitFile({ type: 'asset', fileName: url.slice(1), source });
      if (!inPublic) {
        for (const file of files) {
          this.emitFile({
            type: 'asset',
            fileName: `${ARTICLES_ROOT.slice(1)}/${file.url}`,
            source: readFileSync(file.path),
          });
        }
      }
    },
  };
}
