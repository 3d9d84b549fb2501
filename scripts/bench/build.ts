/**
 * The benchmark's library and builds: a generated library with the two
 * bench articles beside it, built with `npm run build` under /usr/bin/time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticle, generateLibrary } from '../generate.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Inside the project, so the server build finds react (see vite.config.ts). */
export const BENCH_DIST = join(ROOT, 'generated/bench-dist');
export const DEMO_DIST = join(ROOT, 'generated/bench-demo-dist');
export const BENCH_ARTICLES = join(ROOT, 'generated/bench-articles');
const META = join(ROOT, 'generated/bench-dist.json');

/** A realistic article for paint and the language switch, and a long one for the parallel view. */
export const ARTICLE = { slug: 'bench-article', segments: 60, seed: 60 } as const;
export const LONG = { slug: 'bench-long', segments: 3000, seed: 3000 } as const;

export interface LibraryMeta {
  articles: number;
  segments: number;
  seed: number;
  builtAt: string;
}

export function prepareArticles(articles: number, segments: number): LibraryMeta {
  const seed = 1;
  generateLibrary(BENCH_ARTICLES, { articles, segments, seed });
  for (const extra of [ARTICLE, LONG]) {
    // Index 0 has all three languages.
    const bundles = generateArticle(0, { articles: 1, segments: extra.segments, seed: extra.seed });
    mkdirSync(join(BENCH_ARTICLES, extra.slug), { recursive: true });
    for (const [lang, bundle] of Object.entries(bundles)) {
      writeFileSync(join(BENCH_ARTICLES, extra.slug, `${lang}.json`), JSON.stringify(bundle));
    }
  }
  return { articles, segments, seed, builtAt: '' };
}

export function saveMeta(meta: LibraryMeta): void {
  writeFileSync(META, JSON.stringify(meta, null, 2));
}

/** What generated/bench-dist was built from, for --skip-build. */
export function readMeta(): LibraryMeta {
  if (!existsSync(join(BENCH_DIST, '.vite/manifest.json')) || !existsSync(META)) {
    throw new Error('bench: --skip-build needs an earlier bench build in generated/bench-dist; run without it once');
  }
  return JSON.parse(readFileSync(META, 'utf8')) as LibraryMeta;
}

export interface BuildResult {
  seconds: number;
  /** Max RSS of the largest single process of the build (GNU time %M), in MB (10^6 bytes). */
  peakMb: number;
  log: string;
}

const running = new Set<ChildProcess>();

/** Ends builds still running (Ctrl-C, an error elsewhere): each was started in its own process group. */
export function stopBuilds(): void {
  for (const child of running) {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  }
}

/**
 * Runs `npm run build` into `dist`. From scratch by default (the build, its
 * server build and its record removed first); `incremental` keeps them, so
 * the build does only what changed since the last one (decision 019).
 */
export async function runBuild(
  name: string,
  dist: string,
  articles?: string,
  { incremental = false }: { incremental?: boolean } = {},
): Promise<BuildResult> {
  mkdirSync(join(ROOT, 'generated'), { recursive: true });
  const log = join(ROOT, `generated/bench-build-${name}.log`);
  const timeFile = join(ROOT, `generated/bench-build-${name}.time`);
  if (!incremental) {
    for (const suffix of ['', '-ssr', '-build']) rmSync(`${dist}${suffix}`, { recursive: true, force: true });
  }
  const env: NodeJS.ProcessEnv = { ...process.env, TRIPTYCH_DIST: dist };
  if (articles) env.TRIPTYCH_ARTICLES = articles;
  else delete env.TRIPTYCH_ARTICLES;
  const out = openSync(log, 'w');
  const child = spawn('/usr/bin/time', ['-f', '%e %M', '-o', timeFile, 'npm', 'run', 'build'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', out, out],
    detached: true,
  });
  running.add(child);
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('exit', (exitCode) => done(exitCode));
  }).finally(() => {
    running.delete(child);
    closeSync(out);
  });
  if (code !== 0) throw new Error(`bench: the ${name} build failed (exit ${code}); see ${log}`);
  const [seconds = NaN, kb = NaN] =
    readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
  return { seconds, peakMb: (kb * 1024) / 1e6, log };
}
