/**
 * The one way the app gets article data: fetch, check against the schema,
 * and keep a few recent results so a language switch back and forth or a
 * return to the library does not refetch. Fetched data is not app state and
 * is never persisted.
 */
import type { Lang } from '../i18n/languages';
import type { ArticleSummary, IndexPage } from './library-index';
import { bundleUrl, indexPageUrl, summaryUrl } from './paths';
import type { Bundle, Problem } from './schema';
import type * as Validate from './validate';

const validation = () => import('./validate');

/** Fetches the checks' code ahead of the first fetch (when idle), so a switch costs one request, not two. */
export function prepareValidation(): Promise<unknown> {
  return validation();
}

export const REQUEST_TIMEOUT_MS = 10_000;
/** Waits before the second and third tries of a failed request: backing off, with a little jitter. */
export const RETRY_DELAYS_MS = [400, 1600] as const;
const CACHE_SIZE = 24;

export type LoadFailure = 'network' | 'timeout' | 'not-json' | 'server';

/** A request that failed in a way that retrying may fix. */
export class LoadError extends Error {
  constructor(
    readonly url: string,
    readonly failure: LoadFailure,
  ) {
    super(`${url}: ${failure}`);
    this.name = 'LoadError';
  }
}

export type BundleLoad =
  { kind: 'ok'; bundle: Bundle } | { kind: 'invalid'; problems: Problem[] } | { kind: 'missing' };

const cache = new Map<string, Promise<unknown>>();
/** What the promises above resolved to, for renders that cannot wait (pre-rendering, hydration). */
const settled = new Map<string, unknown>();

function remember<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key) as Promise<T> | undefined;
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const promise = load();
  cache.set(key, promise);
  promise.then(
    (value) => cache.get(key) === promise && settled.set(key, value),
    // A failure is not remembered: the next call (a retry) asks again.
    () => cache.delete(key),
  );
  while (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value ?? '';
    cache.delete(oldest);
    settled.delete(oldest);
  }
  return promise;
}

/** Forget everything fetched (tests; the pre-renderer between pages). */
export function clearLoaderCache(): void {
  cache.clear();
  settled.clear();
}

/** Seeds the cache with data already at hand: embedded in a pre-rendered page, or read from disk to render it. */
function prime(key: string, value: unknown): void {
  cache.set(key, Promise.resolve(value));
  settled.set(key, value);
}

export function primeBundle(slug: string, lang: Lang, load: BundleLoad): void {
  prime(bundleUrl(slug, lang), load);
}

export function primeSummary(slug: string, summary: ArticleSummary | null): void {
  prime(summaryUrl(slug), summary);
}

export function primeIndexPage(page: IndexPage): void {
  prime(indexPageUrl(page.page), page);
}

/** An article's versions if every part is already loaded, without waiting; else undefined. */
export function loadedArticle(slug: string, langs: readonly Lang[]): ArticleVersions | undefined {
  const summary = settled.get(summaryUrl(slug)) as ArticleSummary | null | undefined;
  const bundles = langs.map((lang) => settled.get(bundleUrl(slug, lang)) as BundleLoad | undefined);
  if (summary === undefined || bundles.some((load) => load === undefined)) return undefined;
  return { summary, bundles: bundles.filter((load) => load !== undefined) };
}

/** The index page if already loaded, without waiting. */
export function loadedIndexPage(page: number): IndexPage | undefined {
  return settled.get(indexPageUrl(page)) as IndexPage | undefined;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Fetches text; resolves null on 404. A failure a retry may fix is tried
 * again after a growing pause, then thrown as a LoadError for the view to
 * offer its own Try again.
 */
async function fetchText(url: string): Promise<string | null> {
  for (const delay of RETRY_DELAYS_MS) {
    try {
      return await fetchOnce(url);
    } catch (error) {
      if (!(error instanceof LoadError) || (typeof navigator !== 'undefined' && navigator.onLine === false))
        throw error;
      await wait(delay * (0.8 + Math.random() * 0.4));
    }
  }
  return fetchOnce(url);
}

async function fetchOnce(url: string): Promise<string | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  try {
    // Asking for JSON keeps SPA fallbacks from answering a missing file with index.html.
    const response = await fetch(url, { headers: { Accept: 'application/json' }, signal: controller.signal });
    if (response.status === 404 || response.status === 410) return null;
    if (!response.ok) throw new LoadError(url, 'server');
    const type = response.headers.get('Content-Type') ?? '';
    if (type.includes('text/html')) throw new LoadError(url, 'not-json');
    return await response.text();
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(url, controller.signal.aborted ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
  }
}

async function fetchJson<T>(
  url: string,
  pick: (check: typeof Validate) => (data: unknown) => T | null,
): Promise<T | null> {
  const [text, check] = await Promise.all([fetchText(url), validation()]);
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new LoadError(url, 'not-json');
  }
  const result = pick(check)(data);
  if (result === null) throw new LoadError(url, 'not-json');
  return result;
}

export function loadBundle(slug: string, lang: Lang): Promise<BundleLoad> {
  const url = bundleUrl(slug, lang);
  return remember(url, async (): Promise<BundleLoad> => {
    const [text, { parseBundle }] = await Promise.all([fetchText(url), validation()]);
    if (text === null) return { kind: 'missing' };
    const result = parseBundle(text, { slug, lang });
    if (result.ok) return { kind: 'ok', bundle: result.bundle };
    // Once per file (results are cached): the detail is for editors, the reader gets a translated message.
    for (const problem of result.problems) console.error(`[articles] ${url}: ${problem.field}: ${problem.message}`);
    return { kind: 'invalid', problems: result.problems };
  });
}

/** The article's languages and titles, or null when there is no such article. */
export function loadSummary(slug: string): Promise<ArticleSummary | null> {
  const url = summaryUrl(slug);
  return remember(url, () => fetchJson(url, (checks) => checks.checkSummary));
}

export async function loadIndexPage(page: number): Promise<IndexPage> {
  const url = indexPageUrl(page);
  const result = await remember(url, () => fetchJson(url, (checks) => checks.checkIndexPage));
  if (result === null) throw new LoadError(url, 'server');
  return result;
}

export interface ArticleVersions {
  /** Null when no valid version of the article exists. */
  summary: ArticleSummary | null;
  /** One load per language asked for, in the same order. */
  bundles: BundleLoad[];
}

/** An article's summary and the bundles of the given languages, fetched together. */
export async function loadArticle(slug: string, langs: readonly Lang[]): Promise<ArticleVersions> {
  const [summary, bundles] = await Promise.all([
    loadSummary(slug),
    Promise.all(langs.map((lang) => loadBundle(slug, lang))),
  ]);
  return { summary, bundles };
}
