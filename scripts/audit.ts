/**
 * `npm run audit [-- --no-build] [-- --runs N] [-- --port P] [-- --only PATH,…]`
 *
 * Lighthouse over the pages a reader lands on: the library, an article and
 * the parallel view, each in Ukrainian, English and Russian. Builds the app
 * (`--no-build` reuses dist/), serves dist/ as it is deployed, with
 * deploy/nginx.conf (scripts/serve-nginx.sh) on 127.0.0.1:4173 (`--port`),
 * audits each page in one headless Chromium
 * (CHROME_PATH, default /usr/bin/chromium), prints a table and the audits
 * that cost points, and writes a summary to bench/results/audit-DATE.json.
 *
 * Each article page is compared with a plain HTML twin of its text, served
 * by the same server (scripts/audit-twin.ts): the two are audited in turn,
 * run by run, and the table gives the median LCP of each, their ratio, and
 * the bytes the page transferred before its load event.
 *
 * Budgets: performance ≥ 0.95; accessibility, best practices and SEO 1.0;
 * an article's LCP ≤ 1.1× its twin's and ≤ 60 KB before the load event.
 * Exits 1 if any page misses one. With `--runs N` each page is audited N
 * times and judged on its median, since performance moves run to run.
 *
 * Lighthouse keeps its defaults, a mid-range phone on a slow 4G link with
 * simulated throttling, because that is how readers' phones and search
 * engines see the pages. Too slow and noisy for CI: run it by hand.
 */
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import {
  articleOfPath,
  BYTES_BEFORE_LOAD_BUDGET,
  bytesBeforeLoad,
  LCP_RATIO_BUDGET,
  lcpRatio,
  removeTwins,
  writeTwin,
} from './audit-twin.ts';
import { CHROMIUM_ARGS } from './chromium.ts';

// The build writes canonical and hreflang URLs on this origin (SITE_ORIGIN's
// default in scripts/prerender.ts); served anywhere else, the SEO audits
// would judge links that point away from the page.
const HOST = '127.0.0.1';

const SLUG = 'the-dnipro-a-river-of-three-names';
// `compare` takes URL words (`ua`, not `uk`): with any other spelling the app
// rewrites the address on load, and the audit would not be of the URL it names.
const ALL_PAGES = [
  '/ua/',
  '/en/',
  '/ru/',
  `/ua/${SLUG}`,
  `/en/${SLUG}`,
  `/ru/${SLUG}`,
  `/ua/${SLUG}?compare=en,ru`,
  `/en/${SLUG}?compare=ua,ru`,
  `/ru/${SLUG}?compare=ua,en`,
];

const CATEGORIES = [
  { id: 'performance', label: 'perf', budget: 0.95 },
  { id: 'accessibility', label: 'a11y', budget: 1 },
  { id: 'best-practices', label: 'bp', budget: 1 },
  { id: 'seo', label: 'seo', budget: 1 },
] as const;
type CategoryId = (typeof CATEGORIES)[number]['id'];

const METRICS = [
  { id: 'largest-contentful-paint', label: 'LCP' },
  { id: 'total-blocking-time', label: 'TBT' },
  { id: 'cumulative-layout-shift', label: 'CLS' },
] as const;
type MetricId = (typeof METRICS)[number]['id'];

const CHROME_FLAGS = [
  '--headless=new',
  // Chromium refuses to start its sandbox as root, and this machine runs everything as root.
  '--no-sandbox',
  ...CHROMIUM_ARGS,
];

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    port: { type: 'string', default: '4173' },
    only: { type: 'string' },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`audit: --runs wants a whole number ≥ 1, got ${args.runs}`);
  process.exit(2);
}
const PORT = Number(args.port);
if (!Number.isInteger(PORT) || PORT < 1 || PORT > 65535) {
  console.error(`audit: --port wants a port number, got ${args.port}`);
  process.exit(2);
}
const ORIGIN = `http://${HOST}:${PORT}`;
const PAGES = args.only ? args.only.split(',') : ALL_PAGES;
const unknown = PAGES.filter((path) => !ALL_PAGES.includes(path));
if (unknown.length > 0) {
  console.error(`audit: --only takes pages of the audit (${ALL_PAGES.join(', ')}), not ${unknown.join(', ')}`);
  process.exit(2);
}

interface FailingAudit {
  category: CategoryId;
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  explanation?: string;
  items: string[];
  /** In how many of the runs it failed. */
  runs: number;
}

interface PageResult {
  path: string;
  finalUrl: string;
  scores: Record<CategoryId, number | null>;
  metrics: Record<MetricId, number | null>;
  /** Article pages: the twin's median LCP, the ratio of the medians, and the median bytes before load. */
  twin?: { path: string; lcp: number | null; ratio: number | null; bytesBeforeLoad: number | null };
  runs: {
    scores: Record<CategoryId, number | null>;
    metrics: Record<MetricId, number | null>;
    bytesBeforeLoad: number | null;
    twinLcp?: number | null;
    /** Lighthouse's measure of how fast this machine was during the run; simulated timings scale with it. */
    benchmarkIndex: number;
  }[];
  failing: FailingAudit[];
  warnings: string[];
  /** Audits Lighthouse could not run, by id: their error. */
  errors: Record<string, string>;
}

// Everything that must be let go however the script ends, latest first.
const cleanups: (() => Promise<void> | void)[] = [];
async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`audit: while cleaning up: ${String(error)}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}
// When Chrome dies mid-run, Lighthouse rejects a promise nobody awaits; Node
// would then end the process without passing through the finally below.
for (const event of ['unhandledRejection', 'uncaughtException'] as const) {
  process.once(event, (error) => {
    console.error(`audit: ${error instanceof Error ? error.message : String(error)}`);
    void cleanUp().finally(() => process.exit(1));
  });
}

function build(): void {
  console.log('audit: npm run build');
  // Pin the origin so canonical and hreflang URLs name the server below.
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, SITE_ORIGIN: ORIGIN } });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
}

/** A dist/ built for another origin would fail SEO for a reason that is not the app's. */
function checkDist(): void {
  const page = resolve('dist/en/index.html');
  if (!existsSync(page)) throw new Error('dist/ has no pre-rendered pages: run without --no-build');
  const canonical = /<link rel="canonical" href="([^"]*)"/.exec(readFileSync(page, 'utf8'))?.[1];
  if (canonical !== `${ORIGIN}/en/`) {
    throw new Error(
      `dist/ was built for another origin (canonical ${canonical ?? 'missing'}); rebuild without --no-build`,
    );
  }
}

/** dist/ behind deploy/nginx.conf, as the site is served: precompressed files, its headers and redirects. */
async function serve(): Promise<void> {
  const server = spawn('bash', ['scripts/serve-nginx.sh', String(PORT)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  server.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  cleanups.push(() => {
    server.kill();
  });
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (server.exitCode !== null) throw new Error(`nginx did not start: ${errors.trim()}`);
    const answered = await fetch(`${ORIGIN}/en/`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`nginx did not answer on ${ORIGIN} within 10 s`);
}

async function launchChrome(): Promise<chromeLauncher.LaunchedChrome> {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  // chrome-launcher crashes the process on a missing binary rather than rejecting.
  try {
    accessSync(chromePath, constants.X_OK);
  } catch {
    throw new Error(`no Chrome at ${chromePath}: apt-get install chromium, or set CHROME_PATH`);
  }
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
    // Our own handlers close the server too.
    handleSIGINT: false,
  });
  // A Chrome that dies mid-run can leave Lighthouse waiting forever: stop there, and say why.
  let closing = false;
  chrome.process.once('exit', (code, signal) => {
    if (closing) return;
    console.error(`audit: Chrome exited during the audit (${signal ?? `exit code ${code}`})`);
    void cleanUp().finally(() => process.exit(1));
  });
  cleanups.push(() => {
    closing = true;
    chrome.kill();
  });
  return chrome;
}

// Lighthouse's details are a wide union; the report only needs these fields.
interface DetailNode {
  type: 'node';
  selector?: string;
  snippet?: string;
  explanation?: string;
}
interface DetailSource {
  type: 'source-location';
  url: string;
  line: number;
  column: number;
}
type DetailValue =
  | DetailNode
  | DetailSource
  | { type: 'url' | 'code'; value: string }
  | { type: 'numeric' | 'ms' | 'bytes'; value: number }
  | string
  | number
  | boolean
  | null;
interface Details {
  type?: string;
  items?: Record<string, DetailValue | undefined>[];
}

function clip(text: string, length = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function describeValue(key: string, value: DetailValue | undefined): string | null {
  if (value === undefined || value === null || typeof value === 'boolean') return null;
  if (typeof value === 'number') return `${key} ${Math.round(value * 100) / 100}`;
  if (typeof value === 'string') return `${key} ${clip(value)}`;
  switch (value.type) {
    case 'node':
      return [value.selector, value.snippet && clip(value.snippet), value.explanation && clip(value.explanation, 300)]
        .filter(Boolean)
        .join(' ');
    case 'source-location':
      return `${value.url}:${value.line + 1}:${value.column + 1}`;
    case 'url':
    case 'code':
      return clip(value.value);
    case 'numeric':
    case 'ms':
    case 'bytes':
      return `${key} ${Math.round(value.value * 100) / 100}`;
    default:
      return null;
  }
}

/** The elements, URLs or messages an audit blames, one line each. */
function describeItems(details: Details | undefined): string[] {
  if (!details?.items || !['table', 'opportunity', 'list'].includes(details.type ?? '')) return [];
  return details.items.map((item) =>
    Object.entries(item)
      .filter(([key]) => key !== 'subItems')
      .map(([key, value]) => describeValue(key, value))
      .filter((part): part is string => part !== null && part !== '')
      .join(' | '),
  );
}

/**
 * The audits that cost a category points. Performance scores metrics on a
 * curve, so a metric below 1 is listed with its value, and diagnostics below
 * Lighthouse's own pass line (0.9) say why; anywhere else, any miss counts.
 */
function failingAudits(lhr: Result, category: CategoryId): Omit<FailingAudit, 'runs'>[] {
  const failing: Omit<FailingAudit, 'runs'>[] = [];
  for (const ref of lhr.categories[category]?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null) {
      // An audit that could not run and carries weight leaves the whole category without a score.
      if (audit?.scoreDisplayMode === 'error' && ref.weight > 0) {
        failing.push({
          category,
          id: ref.id,
          title: audit.title,
          score: null,
          explanation: audit.errorMessage,
          items: [],
        });
      }
      continue;
    }
    const passLine = category === 'performance' && ref.weight === 0 && audit.scoreDisplayMode === 'numeric' ? 0.9 : 1;
    if (audit.score >= passLine) continue;
    failing.push({
      category,
      id: ref.id,
      title: audit.title,
      score: audit.score,
      ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      ...(audit.explanation ? { explanation: audit.explanation } : {}),
      items: describeItems(audit.details as Details | undefined),
    });
  }
  return failing;
}

function median(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const middle = Math.floor(known.length / 2);
  return known.length % 2 === 1 ? known[middle]! : (known[middle - 1]! + known[middle]!) / 2;
}

/** The median LCP of one Lighthouse run of a page, performance only. */
async function lcpOf(url: string, port: number): Promise<number | null> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  return result?.lhr.audits['largest-contentful-paint']?.numericValue ?? null;
}

function networkOf(lhr: Result): number | null {
  const requests = (lhr.audits['network-requests']?.details as { items?: Record<string, unknown>[] } | undefined)
    ?.items;
  const metrics = (lhr.audits.metrics?.details as { items?: { observedLoad?: number }[] } | undefined)?.items?.[0];
  return bytesBeforeLoad({
    requests: (requests ?? []).map((item) => ({
      networkRequestTime: typeof item.networkRequestTime === 'number' ? item.networkRequestTime : undefined,
      transferSize: typeof item.transferSize === 'number' ? item.transferSize : undefined,
    })),
    observedLoad: metrics?.observedLoad,
  });
}

async function auditPage(path: string, port: number): Promise<PageResult> {
  const url = `${ORIGIN}${path}`;
  const twin = articleOfPath(path) ? await writeTwin(resolve('dist'), path) : null;
  const pageRuns: PageResult['runs'] = [];
  const failing = new Map<string, FailingAudit>();
  const warnings = new Set<string>();
  const errors: Record<string, string> = {};
  let finalUrl = url;
  for (let run = 1; run <= runs; run += 1) {
    process.stdout.write(`audit: ${path}${runs > 1 ? ` (run ${run} of ${runs})` : ''}\n`);
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES.map((category) => category.id),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) warnings.add(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    for (const warning of lhr.runWarnings) warnings.add(String(warning));
    finalUrl = lhr.finalDisplayedUrl;
    if (finalUrl !== url) warnings.add(`the page moved to ${finalUrl}: the audit is of that URL, not ${url}`);

    const scores = Object.fromEntries(
      CATEGORIES.map(({ id }) => [id, lhr.categories[id]?.score ?? null]),
    ) as PageResult['scores'];
    const metrics = Object.fromEntries(
      METRICS.map(({ id }) => [id, lhr.audits[id]?.numericValue ?? null]),
    ) as PageResult['metrics'];
    // The twin right after the page, run by run, so a machine that slows down slows both.
    const twinLcp = twin ? await lcpOf(`${ORIGIN}${twin}`, port) : undefined;
    pageRuns.push({
      scores,
      metrics,
      bytesBeforeLoad: networkOf(lhr),
      ...(twinLcp === undefined ? {} : { twinLcp }),
      benchmarkIndex: lhr.environment.benchmarkIndex,
    });

    for (const { id } of CATEGORIES) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (audit?.scoreDisplayMode === 'error') errors[ref.id] ??= audit.errorMessage ?? 'no message';
      }
      for (const audit of failingAudits(lhr, id)) {
        const key = `${id}/${audit.id}`;
        const seen = failing.get(key);
        // Keep the first run's details; count how often it failed.
        failing.set(key, seen ? { ...seen, runs: seen.runs + 1 } : { ...audit, runs: 1 });
      }
    }
  }
  const pick = <K extends string>(
    keys: readonly { id: K }[],
    of: (run: PageResult['runs'][number]) => Record<K, number | null>,
  ) =>
    Object.fromEntries(keys.map(({ id }) => [id, median(pageRuns.map((run) => of(run)[id]))])) as Record<
      K,
      number | null
    >;
  const metricsMedian = pick(METRICS, (run) => run.metrics);
  const twinLcp = median(pageRuns.map((run) => run.twinLcp ?? null));
  return {
    path,
    finalUrl,
    scores: pick(CATEGORIES, (run) => run.scores),
    metrics: metricsMedian,
    ...(twin
      ? {
          twin: {
            path: twin,
            lcp: twinLcp,
            ratio: lcpRatio(metricsMedian['largest-contentful-paint'], twinLcp),
            bytesBeforeLoad: median(pageRuns.map((run) => run.bytesBeforeLoad)),
          },
        }
      : {}),
    runs: pageRuns,
    failing: [...failing.values()],
    warnings: [...warnings],
    errors,
  };
}

// A median of an even number of runs can fall between two whole points: show the half, or
// 94.5 would print as a failing 95.
const asScore = (score: number | null) => (score === null ? '—' : String(Math.round(score * 1000) / 10));
const failsBudget = (score: number | null, budget: number) => score === null || score < budget;

function formatMetric(id: MetricId, value: number | null): string {
  if (value === null) return '—';
  return id === 'cumulative-layout-shift' ? value.toFixed(3) : `${Math.round(value)} ms`;
}

function printTable(pages: PageResult[]): void {
  const header = ['page', ...CATEGORIES.map((category) => category.label), ...METRICS.map((metric) => metric.label)];
  const rows = pages.map((page) => [
    page.path,
    ...CATEGORIES.map(
      ({ id, budget }) => `${asScore(page.scores[id])}${failsBudget(page.scores[id], budget) ? ' ✗' : ''}`,
    ),
    ...METRICS.map(({ id }) => formatMetric(id, page.metrics[id])),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  console.log(`\n${line(header)}`);
  for (const row of rows) console.log(line(row));
  const budgets = CATEGORIES.map(({ label, budget }) => `${label} ≥ ${budget * 100}`).join(', ');
  console.log(`budgets: ${budgets}${runs > 1 ? `; median of ${runs} runs` : ''}`);
  // Simulated throttling scales the CPU time Chrome really took, so a host busy with something
  // else looks like a slower phone. Lighthouse's benchmark index says how fast the host was.
  const speeds = pages.flatMap((page) => page.runs.map((run) => run.benchmarkIndex));
  const [slowest, fastest] = [Math.min(...speeds), Math.max(...speeds)];
  console.log(`host speed (Lighthouse benchmark index): ${Math.round(slowest)}–${Math.round(fastest)}`);
  if (slowest < 0.75 * fastest) {
    console.log('warning: the host slowed down during the audit; its performance figures are not comparable');
  }
}

/** Each article page against its plain twin: LCP medians, their ratio and the bytes before load, with budgets. */
function printTwins(pages: PageResult[]): string[] {
  const articles = pages.filter((page) => page.twin);
  if (articles.length === 0) return [];
  const misses: string[] = [];
  const header = ['article page', 'LCP', 'twin LCP', 'ratio', 'bytes before load'];
  const rows = articles.map(({ path, metrics, twin }) => {
    const ratio = twin?.ratio ?? null;
    const bytes = twin?.bytesBeforeLoad ?? null;
    const ratioMiss = ratio === null || ratio > LCP_RATIO_BUDGET;
    const bytesMiss = bytes === null || bytes > BYTES_BEFORE_LOAD_BUDGET;
    if (ratioMiss)
      misses.push(`${path}: LCP ${ratio === null ? '—' : ratio.toFixed(2)}× its twin's > ${LCP_RATIO_BUDGET}×`);
    if (bytesMiss) misses.push(`${path}: ${bytes ?? '—'} bytes before load > ${BYTES_BEFORE_LOAD_BUDGET}`);
    return [
      path,
      formatMetric('largest-contentful-paint', metrics['largest-contentful-paint']),
      formatMetric('largest-contentful-paint', twin?.lcp ?? null),
      `${ratio === null ? '—' : `${ratio.toFixed(2)}×`}${ratioMiss ? ' ✗' : ''}`,
      `${bytes === null ? '—' : `${(bytes / 1000).toFixed(1)} KB`}${bytesMiss ? ' ✗' : ''}`,
    ];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  console.log(`\n${line(header)}`);
  for (const row of rows) console.log(line(row));
  console.log(
    `budgets: LCP ≤ ${LCP_RATIO_BUDGET}× the plain twin's (ratio of the medians, page and twin run in turn); ≤ ${BYTES_BEFORE_LOAD_BUDGET / 1000} KB transferred before the load event`,
  );
  return misses;
}

function printFailures(pages: PageResult[]): string[] {
  const misses: string[] = [];
  for (const page of pages) {
    for (const warning of page.warnings) console.log(`\n${page.path}: warning: ${warning}`);
    for (const { id, budget } of CATEGORIES) {
      const score = page.scores[id];
      if (!failsBudget(score, budget)) continue;
      misses.push(`${page.path}: ${id} ${asScore(score)} < ${budget * 100}`);
      console.log(`\n${page.path}: ${id} ${asScore(score)}, budget ${budget * 100}`);
      for (const audit of page.failing.filter((failure) => failure.category === id)) {
        const value = audit.displayValue ? ` (${audit.displayValue})` : '';
        const often = runs > 1 ? ` [${audit.runs} of ${runs} runs]` : '';
        console.log(`  ${audit.id}: ${audit.title}${value}, score ${asScore(audit.score)}${often}`);
        if (audit.explanation) console.log(`    ${clip(audit.explanation, 400)}`);
        for (const item of audit.items.slice(0, 10)) console.log(`    - ${item}`);
        if (audit.items.length > 10) console.log(`    … and ${audit.items.length - 10} more`);
      }
    }
  }
  return misses;
}

/**
 * Audits Lighthouse could not run, once for all pages. Without weight they
 * do not move a score, but what they would have said (which element is the
 * LCP, what shifted) is missing from the report.
 */
function printErrors(pages: PageResult[]): void {
  const byId = new Map<string, { error: string; pages: number }>();
  for (const page of pages) {
    for (const [id, error] of Object.entries(page.errors)) {
      const seen = byId.get(id);
      byId.set(id, { error: seen?.error ?? error, pages: (seen?.pages ?? 0) + 1 });
    }
  }
  if (byId.size === 0) return;
  console.log(`\nLighthouse could not run ${byId.size} audit(s):`);
  for (const [id, { error, pages: count }] of byId) {
    console.log(`  ${id} (${count} of ${pages.length} pages): ${clip(error, 200)}`);
  }
}

function writeSummary(pages: PageResult[], chromeVersion: string, misses: string[]): string {
  const dir = resolve('bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `audit-${new Date().toISOString().slice(0, 10)}.json`);
  const summary = {
    date: new Date().toISOString(),
    origin: ORIGIN,
    runs,
    budgets: Object.fromEntries(CATEGORIES.map(({ id, budget }) => [id, budget])),
    lighthouse: (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, chrome: chromeVersion },
    passed: misses.length === 0,
    misses,
    pages,
  };
  writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  return file;
}

async function main(): Promise<number> {
  if (!args['no-build']) build();
  checkDist();
  cleanups.push(() => removeTwins(resolve('dist')));
  await serve();
  const chrome = await launchChrome();
  const [load = 0] = loadavg();
  if (load >= cpus().length) {
    console.warn(
      `audit: warning: load average ${load.toFixed(1)} on ${cpus().length} cores: another job is using the CPU,`,
    );
    console.warn('       and performance will score lower than on a quiet machine');
  }
  const versionResponse = await fetch(`http://127.0.0.1:${chrome.port}/json/version`);
  const chromeVersion = ((await versionResponse.json()) as { Browser: string }).Browser;
  console.log(`audit: ${chromeVersion} at ${ORIGIN}`);

  const pages: PageResult[] = [];
  for (const path of PAGES) pages.push(await auditPage(path, chrome.port));

  printTable(pages);
  const misses = [...printTwins(pages), ...printFailures(pages)];
  printErrors(pages);
  const file = writeSummary(pages, chromeVersion, misses);
  console.log(`\naudit: summary in ${file}`);
  if (misses.length > 0) {
    console.error(`audit: ${misses.length} score(s) under budget:\n  ${misses.join('\n  ')}`);
    return 1;
  }
  console.log('audit: every page within budget');
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`audit: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await cleanUp();
}
// Exit now rather than wait on whatever a failed Lighthouse run left pending.
process.exit(code);
