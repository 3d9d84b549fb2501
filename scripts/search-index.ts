/**
 * `npm run build`, the step after pre-rendering: the full-text search index,
 * made by Pagefind from the pre-rendered article pages into dist/pagefind/.
 *
 * Pagefind keeps one index per `<html lang>`, so each language version of an
 * article is indexed once, in its own language's index. What is indexed is
 * marked in the page (src/features/reader/ArticleText.tsx): the article's
 * text (`data-pagefind-body`), its title, date and languages as metadata,
 * and the segments' ids, which Pagefind records as anchors so a hit can name
 * its passage. The library and search pages carry no body, so they are not
 * indexed. TRIPTYCH_DIST names the build (default dist).
 *
 * Pagefind has no incremental mode, so an incremental build runs this whole
 * (decision 019): the index is written afresh into an emptied folder.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`search index: ${step} failed:\n${errors.join('\n')}`);
}

/** Indexes the article pages of the build in `dist`; returns how many pages it read. */
export async function writeSearchIndex(dist: string): Promise<number> {
  const started = performance.now();
  const output = join(dist, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail('starting Pagefind', errors);
  // Article pages only: /<word>/<slug>/index.html. The search pages (/<word>/search/) have no body to index.
  const added = await index.addDirectory({ path: dist, glob: '{ua,en,ru}/*/index.html' });
  if (added.errors.length > 0) fail('reading the pages', added.errors);
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) fail('writing the index', written.errors);
  await pagefind.close();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`search index: ${added.page_count} pages in ${seconds} s`);
  return added.page_count;
}

if (process.argv[1]?.endsWith('search-index.ts')) {
  await writeSearchIndex(resolve(process.env.TRIPTYCH_DIST ?? 'dist'));
}
