/**
 * `npm run bench -- [--runs N] [--quick] [--skip-build] [--check] [--articles N] [--scale] [--only …]`
 *
 * The performance figures against their budgets (issue 23): initial bytes,
 * paint, the language switch, the long parallel view and search (issue 28);
 * the large library and the build are measured without one; incremental builds (issue 29) with
 * theirs, and with --scale the peak memory of a 50,000-article build. See bench/README.md for what each
 * figure means and the budgets.
 */
import { readFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { launch, CPU_SLOWDOWN, VIEWPORT } from './bench/browser.ts';
import {
  ARTICLE,
  BENCH_ARTICLES,
  BENCH_DIST,
  DEMO_DIST,
  LONG,
  ROOT,
  prepareArticles,
  readMeta,
  runBuild,
  saveMeta,
  stopBuilds,
  type BuildResult,
  type LibraryMeta,
} from './bench/build.ts';
import { measureIncremental } from './bench/incremental.ts';
import { measureInBrowser } from './bench/in-browser.ts';
import type { Quiet } from './bench/machine.ts';
import { readOptions, type MeasureName } from './bench/options.ts';
import { failures, figure, table, writeResults, type Figure } from './bench/report.ts';
import { serve, type Served } from './bench/server.ts';
import { heaviestByPage, initialBytes, INITIAL_JS_BUDGET, PAGE_KINDS } from './initial-bytes.ts';

const options = readOptions(process.argv.slice(2));
const wants = (name: MeasureName) => options.only.includes(name);
const started = performance.now();
const figures: Figure[] = [];
const details: Record<string, unknown> = {};

let server: Served | undefined;
let browser: Browser | undefined;
async function closeAll(): Promise<void> {
  stopBuilds();
  await browser?.close().catch(() => undefined);
  browser = undefined;
  await server?.close().catch(() => undefined);
  server = undefined;
}
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopping = true;
    console.error(`bench: ${signal}, closing the browser, the server and any build`);
    void closeAll().finally(() => process.exit(130));
  });
}

const log = (message: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

async function build(): Promise<LibraryMeta> {
  if (options.skipBuild) {
    const meta = readMeta();
    options.articles = meta.articles;
    options.segments = meta.segments;
    log(`reusing generated/bench-dist (${meta.articles} articles, built ${meta.builtAt})`);
    return meta;
  }
  const builds: Record<string, BuildResult> = {};
  if (wants('build')) {
    log('building the demo library');
    builds.demo = await runBuild('demo', DEMO_DIST);
  }
  log(`generating ${options.articles} articles × up to 3 languages, plus ${ARTICLE.slug} and ${LONG.slug}`);
  const meta = prepareArticles(options.articles, options.segments);
  log(`building them (${options.articles >= 10_000 ? 'a few minutes' : 'a while'})`);
  builds.library = await runBuild('library', BENCH_DIST, BENCH_ARTICLES);
  meta.builtAt = new Date().toISOString();
  saveMeta(meta);
  details.build = builds;
  const n = meta.articles.toLocaleString('en');
  const note = 'one run; peak = max RSS of the largest process (GNU time %M)';
  if (builds.demo) {
    figures.push(figure('build, demo library: wall time', 's', [builds.demo.seconds], undefined, note));
    figures.push(figure('build, demo library: peak memory', 'MB', [builds.demo.peakMb], undefined, note));
  }
  figures.push(figure(`build, ${n} articles: wall time`, 's', [builds.library.seconds], undefined, note));
  figures.push(figure(`build, ${n} articles: peak memory`, 'MB', [builds.library.peakMb], undefined, note));
  const index = searchIndexSeconds(builds.library.log);
  figures.push(
    figure(`build, ${n} articles: search index`, 's', [index], { on: 'max', max: 60 }, 'the step Pagefind adds'),
  );
  return meta;
}

/** The search index step's own time, as it reports it in the build's log (scripts/search-index.ts). */
function searchIndexSeconds(log: string): number {
  const seconds = /search index: \d+ pages in ([\d.]+) s/.exec(readFileSync(log, 'utf8'))?.[1];
  if (seconds === undefined) throw new Error(`bench: the build log ${log} does not say how long the search index took`);
  return Number(seconds);
}

function measureBytes(): void {
  const pages = initialBytes(BENCH_DIST);
  const heaviest = heaviestByPage(pages);
  details.initialBytes = pages;
  const budget = { on: 'median', max: INITIAL_JS_BUDGET } as const;
  for (const kind of PAGE_KINDS) {
    const { js, css, lang } = heaviest[kind];
    figures.push(figure(`initial JS, ${kind} page (gzip)`, 'bytes', [js], budget, `its heaviest language, ${lang}`));
    figures.push(figure(`initial CSS, ${kind} page (gzip)`, 'bytes', [css]));
  }
}

/** --scale: a full build of 50,000 articles, whose peak memory must stay within 1.3× of the default library's. */
async function measureScale(): Promise<void> {
  const library = (details.build as Record<string, BuildResult> | undefined)?.library;
  if (!library) throw new Error('bench: --scale compares with the library build, so it cannot run with --skip-build');
  const articles = 50_000;
  log(`generating ${articles.toLocaleString('en')} articles and building them from scratch (long)`);
  prepareArticles(articles, options.segments);
  const scale = await runBuild('scale', BENCH_DIST, BENCH_ARTICLES);
  details.scale = scale;
  const n = articles.toLocaleString('en');
  const note = `one run; budget 1.3× the ${options.articles.toLocaleString('en')}-article build's ${Math.round(library.peakMb)} MB`;
  figures.push(figure(`build, ${n} articles: wall time`, 's', [scale.seconds]));
  const budget = { on: 'max', max: library.peakMb * 1.3 } as const;
  figures.push(figure(`build, ${n} articles: peak memory`, 'MB', [scale.peakMb], budget, note));
}

let exitCode = 0;
try {
  const meta = await build();
  if (wants('bytes')) measureBytes();
  if (['paint', 'switch', 'parallel', 'library', 'search'].some((name) => wants(name as MeasureName))) {
    server = await serve(BENCH_DIST);
    browser = await launch();
    log(`serving generated/bench-dist at ${server.origin}; Chromium ${browser.version()}, CPU slowed ${CPU_SLOWDOWN}×`);
    await measureInBrowser(browser, server.origin, options, figures, details, log);
  }
  // Last: they change the generated library and its build.
  if (wants('incremental')) details.incremental = await measureIncremental(meta.articles, figures, log);
  if (options.scale) await measureScale();
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n${table(figures)}\n`);
  console.log(
    `${options.runs} runs a figure unless n says otherwise; p95 by nearest rank (with n < 20, the slowest run); KB = 1000 bytes. Whole bench: ${seconds.toFixed(0)} s.`,
  );
  const cpu = cpus();
  const date = new Date().toISOString().slice(0, 10);
  const path = writeResults(join(ROOT, 'bench/results'), date, {
    date: new Date().toISOString(),
    machine: {
      cpu: cpu[0]?.model ?? 'unknown',
      cores: cpu.length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      os: `${type()} ${release()}`,
      node: process.version,
      chromium: browser?.version() ?? null,
    },
    options: { ...options, cpuSlowdown: CPU_SLOWDOWN, viewport: VIEWPORT },
    library: meta,
    seconds,
    figures,
    details,
  });
  const machine = Object.entries((details.machineBeforeEachMeasure ?? {}) as Record<string, Quiet>);
  if (machine.length > 0) {
    const share = (value: number | undefined) => `${Math.round((value ?? 0) * 100)} %`;
    const during = machine.map(([name, quiet]) => `${name} ${share(quiet.othersDuring)}`).join(', ');
    console.log(`CPU used by other processes during each measure (of all ${cpus().length} cores): ${during}.`);
    const speeds = machine.map(([name, quiet]) => `${name} ${Math.round(quiet.speed ?? 0)}`).join(', ');
    console.log(`Machine speed before each measure (not slowed; compare runs only at like speeds): ${speeds}.`);
  }
  console.log(`Results: ${path}`);
  const missed = failures(figures);
  if (options.check && missed.length > 0) {
    console.error(`\nbench --check: ${missed.length} budget(s) missed:\n  ${missed.join('\n  ')}`);
    exitCode = 1;
  }
} catch (error) {
  // After Ctrl-C the measure under way fails as its browser closes: that is not news.
  if (!stopping) console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  exitCode = 2;
} finally {
  await closeAll();
}
process.exit(exitCode);
