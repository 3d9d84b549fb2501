/**
 * The content-only build (decision 019): when the app's inputs are what the
 * last build recorded, only the articles changed, so this skips the type
 * check and both Vite builds and brings the existing build up to date:
 *
 * - the changed articles' bundles, images and summaries are published again,
 *   and their pages rendered in every language they exist in;
 * - a removed article's (or language's) bundle and pages are deleted, twins too;
 * - the library index pages are rewritten where their contents changed, the
 *   library pages when the first index page did, and the sitemap's files;
 * - the search index is made again (Pagefind has no incremental mode);
 * - every file written gets its `.br`/`.gz` twins again.
 *
 * What it writes is what a full build writes for the same inputs, byte for
 * byte (tests/scripts/incremental-build.test.ts). Nothing is written until
 * every changed article has been read and checked: an invalid one stops the
 * build first, as in a full build, unless TRIPTYCH_SKIP_INVALID is set.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { buildLibraryIndex, type ArticleSummary } from '../src/articles/library-index.ts';
import { LANGS, urlWordOf } from '../src/i18n/languages.ts';
import { SEARCH_SLUG, isSlug } from '../src/routing/links.ts';
import type { Bundle } from '../src/articles/schema.ts';
import { failure } from './article-index-plugin.ts';
import { hashOf, hashOutputs, isListed, type BuildRecord } from './build-record.ts';
import { TEXT_EXTENSIONS, precompressFile, textFiles } from './precompress-files.ts';
import { formatProblem, readArticles } from './read-articles.ts';
import { createRenderer } from './render-pages.ts';
import { sitemapFiles } from './sitemap.ts';
import { writeSearchIndex } from './search-index.ts';

export interface IncrementalOptions {
  dist: string;
  articlesDir: string;
  /** Problems name files relative to this. */
  root: string;
  origin: string;
  skipInvalid: boolean;
  /** The last build's record; its app hash matched. */
  record: BuildRecord;
  /** The articles folder's entries now (build-record.ts `hashSources`). */
  sources: Record<string, string>;
}

export interface IncrementalResult {
  outputs: Record<string, string>;
  invalid: string[];
  /** Article folders published again or removed. */
  articles: number;
  pages: number;
}

/** Folders a build never publishes under their own name, so it never deletes outputs by it either. */
const publishable = (name: string) => isSlug(name) && name !== 'index' && name !== SEARCH_SLUG;

export async function incrementalBuild(options: IncrementalOptions): Promise<IncrementalResult> {
  const { dist, articlesDir, root, origin, skipInvalid, record, sources } = options;
  const names = new Set<string>(record.invalid);
  for (const [name, hash] of Object.entries(sources)) if (record.sources[name] !== hash) names.add(name);
  for (const name of Object.keys(record.sources)) if (!(name in sources)) names.add(name);
  if (names.size === 0) return { outputs: record.outputs, invalid: [], articles: 0, pages: 0 };

  // Read and check everything that changed before writing anything.
  const bundles: { url: string; bundle: Bundle }[] = [];
  const read = readArticles(articlesDir, {
    root,
    only: new Set([...names].filter((name) => name in sources)),
    onBundle: (url, bundle) => bundles.push({ url, bundle }),
  });
  if (read.problems.length > 0 && !skipInvalid) throw new Error(failure(read.problems));
  if (read.problems.length > 0) {
    console.warn(`left out of the build (TRIPTYCH_SKIP_INVALID):\n${read.problems.map(formatProblem).join('\n')}`);
  }
  const invalid = [...names].filter((name) => {
    const folder = join(articlesDir, name);
    return read.problems.some(({ path }) => {
      const file = resolve(root, path);
      return file === folder || file.startsWith(`${folder}${sep}`);
    });
  });

  const outputs = { ...record.outputs };
  const written: string[] = [];
  const write = (path: string, data: string | Buffer) => {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), data);
    written.push(path);
  };
  /** Whether the build already holds exactly this text at `path`, so rewriting it would change nothing. */
  const holds = (path: string, text: string) =>
    existsSync(join(dist, path)) && readFileSync(join(dist, path), 'utf8') === text;
  const remove = (path: string) => {
    for (const file of [path, `${path}.br`, `${path}.gz`]) rmSync(join(dist, file), { force: true });
    delete outputs[path];
  };

  // What the changed folders publish now; the rest of what they published before goes.
  const summaries = new Map(read.summaries.map((summary) => [summary.slug, summary]));
  for (const name of [...names].filter(publishable)) {
    const summary = summaries.get(name);
    for (const lang of LANGS) {
      if (summary?.languages.includes(lang)) continue;
      remove(`${urlWordOf(lang)}/${name}/index.html`);
      rmSync(join(dist, urlWordOf(lang), name), { recursive: true, force: true });
    }
    for (const path of Object.keys(outputs)) if (path.startsWith(`articles/${name}/`)) remove(path);
    rmSync(join(dist, 'articles', name), { recursive: true, force: true });
  }
  for (const { url, bundle } of bundles) write(`articles/${url}`, JSON.stringify(bundle));
  for (const image of read.images) {
    mkdirSync(join(dist, 'articles', image.url, '..'), { recursive: true });
    copyFileSync(image.path, join(dist, 'articles', image.url));
    written.push(`articles/${image.url}`);
  }
  for (const summary of summaries.values()) write(`articles/${summary.slug}/index.json`, JSON.stringify(summary));

  // The index over every published article: the others' summaries as the last build wrote them.
  const all: ArticleSummary[] = [];
  for (const slug of readdirSync(join(dist, 'articles')).sort()) {
    if (slug === 'index') continue;
    const path = join(dist, 'articles', slug, 'index.json');
    all.push(summaries.get(slug) ?? (JSON.parse(readFileSync(path, 'utf8')) as ArticleSummary));
  }
  const { pages } = buildLibraryIndex(all);
  let firstPageChanged = false;
  for (const page of pages) {
    const path = `articles/index/page-${page.page}.json`;
    const text = JSON.stringify(page);
    if (holds(path, text)) continue;
    write(path, text);
    if (page.page === 1) firstPageChanged = true;
  }
  for (const path of Object.keys(outputs)) {
    const page = /^articles\/index\/page-(\d+)\.json$/.exec(path);
    if (page && Number(page[1]) > pages.length) remove(path);
  }

  const render = await createRenderer(dist, origin);
  let rendered = 0;
  for (const summary of summaries.values()) {
    const files = await render.article(summary);
    written.push(...files);
    rendered += files.length;
  }
  if (firstPageChanged && pages[0]) {
    const files = await render.library(pages[0]);
    written.push(...files);
    rendered += files.length;
  }
  const sitemap = sitemapFiles(origin, all);
  for (const [path, xml] of sitemap) if (!holds(path, xml)) write(path, xml);
  for (const path of Object.keys(outputs)) if (path.startsWith('sitemaps/') && !sitemap.has(path)) remove(path);

  await writeSearchIndex(dist);
  for (const path of Object.keys(outputs)) if (path.startsWith('pagefind/')) delete outputs[path];
  Object.assign(outputs, hashOutputs(dist, 'pagefind'));

  // Twins for every text file written, compressed only when its content is new (the cache beside the build).
  const cache = { dir: `${dist}-precompressed`, used: new Set<string>() };
  mkdirSync(cache.dir, { recursive: true });
  const toCompress = [
    ...new Set(written.filter((path) => TEXT_EXTENSIONS.has(extname(path))).map((path) => join(dist, path))),
    ...(await textFiles(join(dist, 'pagefind'))),
  ];
  let next = 0;
  const worker = async () => {
    while (next < toCompress.length) {
      const path = toCompress[next++];
      if (path !== undefined) await precompressFile(path, cache);
    }
  };
  await Promise.all([worker(), worker()]);

  for (const path of new Set(written)) if (isListed(path)) outputs[path] = hashOf(readFileSync(join(dist, path)));
  return { outputs, invalid, articles: names.size, pages: rendered };
}
