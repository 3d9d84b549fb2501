/**
 * `npm run build [-- --full]`: builds the site into dist/ (TRIPTYCH_DIST),
 * incrementally when it can (decision 019).
 *
 * A full build type-checks, runs the client and server builds, pre-renders
 * every page, makes the search index and precompresses every text file. It
 * runs when there is no record of an earlier build, when the app's inputs or
 * the interface strings changed since it, when the last build stopped
 * halfway, or with --full. Otherwise only the articles changed, and
 * scripts/incremental-build.ts brings the build up to date.
 *
 * Either way it writes, beside the build in <dist>-build/, the record the next
 * build starts from (record.json) and the URLs whose files were added,
 * changed or removed (changes.json), for a deploy step to purge. Neither is
 * inside dist/, so no host serves them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  appHashes,
  changeList,
  hashOf,
  hashOutputs,
  hashSources,
  readRecord,
  recordDir,
  writeChanges,
  writeRecord,
  RECORD_VERSION,
  type BuildRecord,
} from './build-record.ts';
import { SITEMAP_ARTICLES } from './sitemap.ts';
import { incrementalBuild } from './incremental-build.ts';
import { formatProblem, readArticles } from './read-articles.ts';
import { siteOrigin } from './site-origin.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({ options: { full: { type: 'boolean', default: false } } });
const dist = resolve(ROOT, process.env.TRIPTYCH_DIST ?? 'dist');
const articlesDir = resolve(ROOT, process.env.TRIPTYCH_ARTICLES ?? 'public/articles');
const skipInvalid = /^(1|true|yes)$/i.test(process.env.TRIPTYCH_SKIP_INVALID ?? '');
const site = siteOrigin(process.env.SITE_ORIGIN);

const started = performance.now();
// Everything else every page depends on; where the build goes does not change what is in it.
const settings = JSON.stringify({
  origin: site.origin,
  skipInvalid,
  articles: relative(ROOT, articlesDir),
  sitemapArticles: SITEMAP_ARTICLES,
});
const { app, strings } = appHashes(ROOT, articlesDir, settings);
const sources = hashSources(articlesDir);
const previous = readRecord(dist);
const marker = join(recordDir(dist), 'building');

/** Why this build must be full, or undefined when only content changed. */
function whyFull(record: BuildRecord | undefined): string | undefined {
  if (values.full) return '--full';
  if (!record) return `no record of an earlier build in ${relative(ROOT, recordDir(dist))}`;
  if (existsSync(marker)) return 'the last build stopped before it finished';
  if (record.strings !== strings) return 'the interface strings changed';
  if (record.app !== app) return "the app's code, templates or settings changed";
  const page = join(dist, 'index.html');
  const server = `${dist}-ssr/server.js`;
  if (!existsSync(page) || !existsSync(server) || record.outputs['index.html'] !== hashOf(readFileSync(page))) {
    return 'the build in dist is not the one recorded';
  }
  return undefined;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(join(ROOT, 'node_modules/.bin', command), args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${command} ${args.join(' ')} failed; the next build will be a full one`);
    process.exit(result.status ?? 1);
  }
}

const reason = whyFull(previous);
mkdirSync(recordDir(dist), { recursive: true });
writeFileSync(marker, '');

let record: BuildRecord;
if (reason === undefined && previous) {
  console.log('build: incremental (only articles changed; --full to build everything)');
  const result = await incrementalBuild({
    dist,
    articlesDir,
    root: ROOT,
    origin: site.origin,
    skipInvalid,
    record: previous,
    sources,
  });
  console.log(`build: ${result.articles} article folder(s) changed, ${result.pages} page(s) rendered`);
  record = { version: RECORD_VERSION, app, strings, sources, invalid: result.invalid, outputs: result.outputs };
  // A full build's pre-renderer says it at its end.
  if (site.warning) console.warn(site.warning);
} else {
  console.log(`build: full (${reason ?? '--full'})`);
  run('tsc', ['--noEmit', '-p', 'tsconfig.json']);
  run('vite', ['build']);
  run('vite', ['build', '--ssr', 'src/app/server.tsx']);
  run('tsx', ['scripts/prerender.ts']);
  run('tsx', ['scripts/search-index.ts']);
  run('tsx', ['scripts/precompress.ts']);
  // Under TRIPTYCH_SKIP_INVALID the folders left out are read again by every build, until they pass.
  const invalid = skipInvalid ? invalidFolders() : [];
  record = { version: RECORD_VERSION, app, strings, sources, invalid, outputs: hashOutputs(dist) };
}

const changes = changeList(previous?.outputs ?? {}, record.outputs);
writeRecord(dist, record);
writeChanges(dist, changes);
rmSync(marker);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `build: ${changes.added.length} added, ${changes.changed.length} changed, ${changes.removed.length} removed (${relative(ROOT, join(recordDir(dist), 'changes.json'))}) in ${seconds} s`,
);

function invalidFolders(): string[] {
  const { problems } = readArticles(articlesDir, { root: articlesDir });
  if (problems.length) console.warn(`build: left out:\n${problems.map(formatProblem).join('\n')}`);
  return [...new Set(problems.map((problem) => problem.path.split(/[\\/]/)[0] ?? ''))].sort();
}
