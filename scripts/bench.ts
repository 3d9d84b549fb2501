/**
 * `npm run bench -- [--runs N] [--quick] [--skip-build] [--check] [--articles N] [--only …]`
 *
 * The performance figures of issue 5 against their budgets: initial bytes,
 * paint, the language switch, the long parallel view, the large library and
 * the build. See bench/README.md for what each figure means.
 */
import { cpus, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { LANGS, langOfUrlWord, type Lang } from '../src/i18n/languages.ts';
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
import { readOptions, type MeasureName } from './bench/options.ts';
import { comparePaint, measureLibrary } from './bench/paint.ts';
import { measureParallel } from './bench/parallel.ts';
import { embeddedPageData, initialBytes, PAGE_KINDS, readBundle, writeStaticTwin } from './bench/pages.ts';
import { failures, figure, table, writeResults, type Figure } from './bench/report.ts';
import { expectPrerendered, serve, type Served } from './bench/server.ts';
import { median, p95 } from './bench/stats.ts';
import { measureSwitch } from './bench/switch.ts';

const KB = 1000;
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
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`bench: ${signal}, closing the browser, the server and any build`);
    void closeAll().finally(() => process.exit(130));
  });
}

const log = (message: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

async function build(): Promise<LibraryMeta> {
  if (options.skipBuild) {
    const meta = readMeta();
    log(`reusing generated/bench-dist (${meta.articles} articles, built ${meta.builtAt})`);
    return meta;
  }
  const builds: Record<string, BuildResult & { articles?: number }> = {};
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
  return meta;
}

function measureBytes(): void {
  const bytes = initialBytes(BENCH_DIST);
  details.initialFiles = Object.fromEntries(PAGE_KINDS.map((kind) => [kind, bytes[kind].files]));
  for (const kind of PAGE_KINDS) {
    figures.push(figure(`initial JS, ${kind} page (gzip)`, 'bytes', [bytes[kind].js], { on: 'median', max: 100 * KB }));
    figures.push(figure(`initial CSS, ${kind} page (gzip)`, 'bytes', [bytes[kind].css]));
  }
}

/** The segment in the middle of the article that both languages have. */
function middleSegment(en: { segments: { id: string }[] }, ru: { segments: { id: string }[] }): string {
  const inRu = new Set(ru.segments.map((segment) => segment.id));
  const shared = en.segments.filter((segment) => inRu.has(segment.id));
  const id = shared[Math.floor(shared.length / 2)]?.id;
  if (!id) throw new Error('bench: the article has no passage in both English and Russian');
  return id;
}

async function measureInBrowser(origin: string): Promise<void> {
  const runs = options.runs;
  const en = readBundle(BENCH_DIST, ARTICLE.slug, 'en');
  const ru = readBundle(BENCH_DIST, ARTICLE.slug, 'ru');
  await expectPrerendered(origin, `/en/${ARTICLE.slug}`, en.title);

  if (wants('paint')) {
    log(`paint: ${ARTICLE.slug} against its static twin, ${runs} runs each, interleaved`);
    const staticPath = writeStaticTwin(BENCH_DIST, ARTICLE.slug, 'en');
    const paint = await comparePaint(browser as Browser, origin, `/en/${ARTICLE.slug}`, staticPath, runs);
    details.paint = paint;
    const article = paint.article.map((run) => run.lcp);
    const plain = paint.static.map((run) => run.lcp);
    figures.push(
      figure(
        'article page FCP',
        'ms',
        paint.article.map((run) => run.fcp),
      ),
    );
    figures.push(
      figure(
        'static twin FCP',
        'ms',
        paint.static.map((run) => run.fcp),
      ),
    );
    figures.push(figure('article page LCP', 'ms', article));
    figures.push(figure('static twin LCP', 'ms', plain));
    const ratio = median(article) / median(plain);
    figures.push(
      figure('LCP ratio, article / static (medians)', 'ratio', [ratio], { on: 'median', max: 1.25 }, undefined, {
        median: ratio,
        p95: p95(article) / p95(plain),
        n: runs,
      }),
    );
  }

  if (wants('switch')) {
    const segmentId = middleSegment(en, ru);
    log(`language switch en → ru at ${segmentId}: prefetched and not, ${runs} runs each`);
    const result = await measureSwitch(browser as Browser, origin, ARTICLE.slug, segmentId, ru.title, runs);
    details.switch = { segmentId, ...result };
    figures.push(
      figure(
        'switch en → ru, prefetched',
        'ms',
        result.prefetched.map((run) => run.ms),
        { on: 'p95', max: 50 },
      ),
    );
    figures.push(
      figure(
        'switch en → ru, not prefetched',
        'ms',
        result.notPrefetched.map((run) => run.ms),
      ),
    );
    figures.push(
      figure(
        'switch, not prefetched: requests',
        'count',
        result.notPrefetched.map((run) => run.requests.length),
        { on: 'max', max: 1 },
      ),
    );
  }

  if (wants('parallel')) {
    log(`parallel view of ${LONG.slug} (${LONG.segments} segments): ${runs} runs`);
    const ids = Object.fromEntries(
      LANGS.map((lang) => [lang, readBundle(BENCH_DIST, LONG.slug, lang).segments.map((segment) => segment.id)]),
    ) as Record<Lang, string[]>;
    const rowsFor = (words: string[]) => new Set(words.flatMap((word) => ids[langOfUrlWord(word) ?? 'en'] ?? [])).size;
    const runsOf = await measureParallel(browser as Browser, origin, LONG.slug, rowsFor, runs);
    details.parallel = runsOf;
    const first = runsOf[0];
    const columns = first ? `${first.firstColumns} columns` : '';
    figures.push(
      figure(
        `parallel: c → first rows (${columns})`,
        'ms',
        runsOf.map((run) => run.firstRowsMs),
        {
          on: 'median',
          max: 500,
        },
      ),
    );
    figures.push(
      figure(
        'parallel scroll: longest task',
        'ms',
        runsOf.map((run) => run.longestTaskMs),
      ),
    );
    figures.push(
      figure(
        'parallel scroll: tasks over 50 ms',
        'count',
        runsOf.map((run) => run.tasksOver50),
        { on: 'max', max: 0 },
      ),
    );
    figures.push(
      figure(
        'parallel scroll: duration',
        's',
        runsOf.map((run) => run.scroll.ms / 1000),
      ),
    );
  }

  if (wants('library')) {
    log(`library /en/: ${runs} runs`);
    const html = await (await fetch(`${origin}/en/`)).text();
    const pageData = Buffer.byteLength(embeddedPageData(html));
    const runsOf = await measureLibrary(browser as Browser, origin, runs);
    details.library = { pageDataBytes: pageData, runs: runsOf };
    const fetched = runsOf.map((run) => run.indexBytes);
    figures.push(figure('library: index JSON fetched', 'bytes', fetched));
    figures.push(figure('library: page data in the HTML', 'bytes', [pageData]));
    figures.push(
      figure(
        'library: first page index data',
        'bytes',
        fetched.map((bytes) => bytes + pageData),
        {
          on: 'median',
          max: 60 * KB,
        },
      ),
    );
    figures.push(
      figure(
        'library /en/ FCP',
        'ms',
        runsOf.map((run) => run.fcp),
      ),
    );
  }
}

let exitCode = 0;
try {
  const meta = await build();
  if (wants('bytes')) measureBytes();
  if (['paint', 'switch', 'parallel', 'library'].some((name) => wants(name as MeasureName))) {
    server = await serve(BENCH_DIST);
    browser = await launch();
    log(`serving generated/bench-dist at ${server.origin}; Chromium ${browser.version()}, CPU slowed ${CPU_SLOWDOWN}×`);
    await measureInBrowser(server.origin);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n${table(figures)}\n`);
  console.log(
    `${options.runs} runs a figure (n); p95 by nearest rank (with n ≤ 20, the slowest run); KB = 1000 bytes. Whole bench: ${seconds.toFixed(0)} s.`,
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
  console.log(`Results: ${path}`);
  const missed = failures(figures);
  if (options.check && missed.length > 0) {
    console.error(`\nbench --check: ${missed.length} budget(s) missed:\n  ${missed.join('\n  ')}`);
    exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  exitCode = 2;
} finally {
  await closeAll();
}
process.exit(exitCode);
