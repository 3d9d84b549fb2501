/** Measures 2–5, in Chromium against the served bench build, turned into figures with their budgets. */
import type { Browser } from '@playwright/test';
import { LANGS, langOfUrlWord, type Lang } from '../../src/i18n/languages.ts';
import { hostSpeed } from './browser.ts';
import { ARTICLE, BENCH_DIST, LONG } from './build.ts';
import { waitForQuiet, watchOthers, type Quiet } from './machine.ts';
import type { BenchOptions, MeasureName } from './options.ts';
import { comparePaint, measureLibrary } from './paint.ts';
import { calibrateScroll, measureParallel } from './parallel.ts';
import { embeddedPageData, readBundle, writeStaticTwin } from './pages.ts';
import { figure, type Budget, type Figure, type Unit } from './report.ts';
import { expectPrerendered } from './server.ts';
import { median, p95 } from './stats.ts';
import { measureSearch } from './search.ts';
import { measureSwitch } from './switch.ts';

/** The segment in the middle of the article that both languages have. */
function middleSegment(en: { segments: { id: string }[] }, ru: { segments: { id: string }[] }): string {
  const inRu = new Set(ru.segments.map((segment) => segment.id));
  const shared = en.segments.filter((segment) => inRu.has(segment.id));
  const id = shared[Math.floor(shared.length / 2)]?.id;
  if (!id) throw new Error('bench: the article has no passage in both English and Russian');
  return id;
}

export async function measureInBrowser(
  browser: Browser,
  origin: string,
  options: BenchOptions,
  figures: Figure[],
  details: Record<string, unknown>,
  log: (message: string) => void,
): Promise<void> {
  const runs = options.runs;
  const add = (measure: string, unit: Unit, values: number[], budget?: Budget) =>
    figures.push(figure(measure, unit, values, budget));
  const quiet: Partial<Record<MeasureName, Quiet>> = {};
  details.machineBeforeEachMeasure = quiet;
  /** Runs a measure once the machine is quiet (or has been busy for 90 s), and records how quiet it was. */
  const section = async (name: MeasureName, what: string, measure: () => Promise<void>) => {
    if (!options.only.includes(name)) return;
    const found = await waitForQuiet();
    found.speed = await hostSpeed(browser);
    quiet[name] = found;
    const busy = `${Math.round(found.busy * 100)} % of the CPU busy`;
    log(`${what} (${busy}${found.waitedSeconds > 2 ? ` after waiting ${found.waitedSeconds} s` : ''})`);
    if (found.busy > 0.2) log(`warning: the machine is busy (${busy}); these timings will be slower and noisier`);
    const others = watchOthers();
    await measure();
    found.othersDuring = others();
    if (found.othersDuring > 0.1) {
      log(`warning: other processes used ${Math.round(found.othersDuring * 100)} % of the CPU during this measure`);
    }
  };

  const en = readBundle(BENCH_DIST, ARTICLE.slug, 'en');
  const ru = readBundle(BENCH_DIST, ARTICLE.slug, 'ru');
  await expectPrerendered(origin, `/en/${ARTICLE.slug}`, en.title);

  // A page load is quick, and its paint moves by ±30 % from one to the next on two cores, with no
  // link between the two loads of a pair (so pairing them would not help). The ratio of two medians of
  // n loads then has a standard error of about 0.35 / √n: 0.09 at fifteen, when three runs of one build
  // gave 0.93, 1.24 and 1.31. So paint takes ten times the runs (0.05 at fifty). That is the noise of
  // single loads; whole runs differ beyond it (1.10 and 1.32 with fifty, one build: bench/README.md, History).
  const paintRuns = runs * 10;
  await section(
    'paint',
    `paint: ${ARTICLE.slug} and its static twin, ${paintRuns} runs each, interleaved`,
    async () => {
      const staticPath = writeStaticTwin(BENCH_DIST, ARTICLE.slug, 'en');
      const paint = await comparePaint(browser, origin, `/en/${ARTICLE.slug}`, staticPath, paintRuns);
      details.paint = paint;
      const article = paint.article.map((run) => run.lcp);
      const plain = paint.static.map((run) => run.lcp);
      add(
        'article page FCP',
        'ms',
        paint.article.map((run) => run.fcp),
      );
      add(
        'static twin FCP',
        'ms',
        paint.static.map((run) => run.fcp),
      );
      add('article page LCP', 'ms', article);
      add('static twin LCP', 'ms', plain);
      // One figure from the two sets of runs: the median ratio (budgeted), and the p95 ratio for reference.
      const ratio = { median: median(article) / median(plain), p95: p95(article) / p95(plain), n: paintRuns };
      figures.push(
        figure('LCP ratio, article / static', 'ratio', [ratio.median], { on: 'median', max: 1.35 }, '', ratio),
      );
    },
  );

  // The switch's budget is on its p95. Of five runs that is the slowest, which is the 83rd percentile
  // in expectation; of twenty it is the 19th, the 90th percentile in expectation: nearer the
  // percentile the budget names, and stricter. So the switch takes four times the runs.
  const switchRuns = runs * 4;
  const segmentId = middleSegment(en, ru);
  await section(
    'switch',
    `language switch en → ru at ${segmentId}, prefetched and not, ${switchRuns} runs each`,
    async () => {
      const result = await measureSwitch(browser, origin, ARTICLE.slug, segmentId, ru.title, switchRuns);
      details.switch = { segmentId, ...result };
      add(
        'switch en → ru, prefetched',
        'ms',
        result.prefetched.map((run) => run.ms),
        { on: 'p95', max: 100 },
      );
      add(
        'switch en → ru, not prefetched',
        'ms',
        result.notPrefetched.map((run) => run.ms),
      );
      add(
        'switch, not prefetched: requests',
        'count',
        result.notPrefetched.map((run) => run.requests.length),
      );
    },
  );

  await section('parallel', `parallel view of ${LONG.slug} (${LONG.segments} segments), ${runs} runs`, async () => {
    const ids = Object.fromEntries(
      LANGS.map((lang) => [lang, readBundle(BENCH_DIST, LONG.slug, lang).segments.map((segment) => segment.id)]),
    ) as Record<Lang, string[]>;
    const rowsFor = (words: string[]) => new Set(words.flatMap((word) => ids[langOfUrlWord(word) ?? 'en'] ?? [])).size;
    const calibration = await calibrateScroll(browser, origin, LONG.slug, rowsFor(['en', 'ua', 'ru']));
    const result = await measureParallel(browser, origin, LONG.slug, rowsFor, calibration.pxPerFrame, runs);
    details.parallel = { calibration, runs: result };
    const columns = result[0]?.firstColumns ?? 0;
    add(
      `parallel: c → first rows (${columns} columns)`,
      'ms',
      result.map((run) => run.firstRowsMs),
      {
        on: 'median',
        max: 500,
      },
    );
    // The browser reports only tasks over 50 ms, so a longest task of 0 means there was none.
    add(
      'parallel scroll (3 columns): longest task',
      'ms',
      result.map((run) => run.longestTaskMs),
      { on: 'max', max: 100 },
    );
    add(
      'parallel scroll: tasks over 50 ms',
      'count',
      result.map((run) => run.tasksOver50),
    );
    add(
      'parallel scroll: duration',
      's',
      result.map((run) => run.scroll.ms / 1000),
    );
  });

  await section(
    'library',
    `library /en/ of ${options.articles.toLocaleString('en')} articles, ${runs} runs`,
    async () => {
      const html = await (await fetch(`${origin}/en/`)).text();
      const pageData = Buffer.byteLength(embeddedPageData(html));
      const result = await measureLibrary(browser, origin, runs);
      details.library = { pageDataBytes: pageData, runs: result };
      const fetched = result.map((run) => run.indexBytes);
      add('library: index JSON fetched', 'bytes', fetched);
      add('library: page data in the HTML', 'bytes', [pageData]);
      add(
        'library: first page index data',
        'bytes',
        fetched.map((bytes) => bytes + pageData),
      );
      add(
        'library /en/ FCP',
        'ms',
        result.map((run) => run.fcp),
      );
    },
  );

  // Two words every generated article holds, so each query matches the whole library: the worst case for
  // the index chunks a query loads. The budgets: issue 28.
  const queries: [string, string] = ['bridge', 'railway'];
  await section('search', `search /en/search for "${queries[0]}", then "${queries[1]}", ${runs} runs`, async () => {
    const result = await measureSearch(browser, origin, queries, runs);
    details.search = { queries, runs: result };
    add(
      'search: bytes fetched for the first query',
      'bytes',
      result.map((run) => run.bytes),
      { on: 'median', max: 300_000 },
    );
    add(
      'search: results after typing stops (code loaded)',
      'ms',
      result.map((run) => run.ms),
      { on: 'median', max: 300 },
    );
  });
}
