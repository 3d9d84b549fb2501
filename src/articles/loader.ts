/**
 * The one way the app gets article data: fetch, check against the schema,
 * and keep a few recent results so a language switch back and forth or a
 * return to the library does not refetch. Fetched data is not app state and
 * is never persisted.
 */
import type { Lang } from '../i18n/languages';
import type { ArticleSummary, IndexPage } from './library-index';
import { bundleUrl, indexPageUrl, summaryUrl } from './paths';

const INDEX_PAGES = indexPageUrl(1).replace(/1\.json$/, '');
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
/** Loads kept besides the library's index pages: a few articles in every language, back and forth. */
export const CACHE_SIZE = 24;

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
/** When each cached load failed. */
const failedAt = new Map<string, number>();
/**
 * A failure is kept this long. React renders again what suspended on a load
 * when the load settles, failed or not; handing that render the same failure
 * (for its error boundary) rather than a new request keeps a dead network
 * from being asked in a loop. After that, or on a retry, a load asks again.
 */
const FAILURE_KEPT_MS = 2000;

/**
 * The promise of what `key` names, made once and shared by every render
 * that asks for it (React's `use` needs the same promise each time), and
 * kept for the last few keys.
 */
function remember<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key) as Promise<T> | undefined;
  const failed = failedAt.get(key);
  if (hit && (failed === undefined || Date.now() - failed < FAILURE_KEPT_MS)) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  failedAt.delete(key);
  const promise = load();
  cache.set(key, promise);
  promise.catch(() => {
    if (cache.get(key) === promise) failedAt.set(key, Date.now());
  });
  evictBeyond(CACHE_SIZE);
  return promise;
}

/**
 * Drops the least recently used loads beyond `size`, except the library's
 * index pages: a library page shows every index page the reader has opened
 * and reads them all in each render, so none of them may be dropped while
 * it is on screen (a dropped one would be a new promise, and suspend again).
 * They are small: 20 summaries each.
 */
function evictBeyond(size: number): void {
  let over = [...cache.keys()].filter((key) => !key.startsWith(INDEX_PAGES)).length - size;
  for (const key of cache.keys()) {
    if (over <= 0) break;
    if (key.startsWith(INDEX_PAGES)) continue;
    cache.delete(key);
    failedAt.delete(key);
    over -= 1;
  }
}

/** Forgets every load that failed, so the next render asks again: the reader's Try again, or the network's return. */
export function forgetFailedLoads(): void {
  for (const key of failedAt.keys()) cache.delete(key);
  failedAt.clear();
}

/** Forget everything fetched (tests; the pre-renderer between pages). */
export function clearLoaderCache(): void {
  cache.clear();
  failedAt.clear();
}

/** Seeds the cache with data already at hand: read from disk by the pre-renderer, to render a page. */
function prime(key: string, value: unknown): void {
  cache.set(key, Promise.resolve(value));
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

function parseJson(url: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new LoadError(url, 'not-json');
  }
}

async function fetchJson<T>(
  url: string,
  pick: (check: typeof Validate) => (data: unknown) => T | null,
): Promise<T | null> {
  const [text, check] = await Promise.all([fetchText(url), validation()]);
  if (text === null) return null;
  const result = pick(check)(parseJson(url, text));
  if (result === null) throw new LoadError(url, 'not-json');
  return result;
}

export function loadBundle(slug: string, lang: Lang): Promise<BundleLoad> {
  const url = bundleUrl(slug, lang);
  return remember(url, async (): Promise<BundleLoad> => {
    const [text, { validateBundle }] = await Promise.all([fetchText(url), validation()]);
    if (text === null) return { kind: 'missing' };
    // An empty or cut-off body is a failed request, which a retry may mend, not a broken article.
    const result = validateBundle(parseJson(url, text), { slug, lang });
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

export function loadIndexPage(page: number): Promise<IndexPage> {
  const url = indexPageUrl(page);
  return remember(url, async () => {
    const result = await fetchJson(url, (checks) => checks.checkIndexPage);
    if (result === null) throw new LoadError(url, 'server');
    return result;
  });
}

export interface ArticleVersions {
  /** Null when no valid version of the article exists. */
  summary: ArticleSummary | null;
  /** One load per language asked for, in the same order. */
  bundles: BundleLoad[];
}

/** An article's summary and the bundles of the given languages, fetched together: one promise per article and languages. */
export function loadArticle(slug: string, langs: readonly Lang[]): Promise<ArticleVersions> {
  return remember(`${summaryUrl(slug)}#${langs.join(',')}`, async () => {
    const [summary, bundles] = await Promise.all([
      loadSummary(slug),
      Promise.all(langs.map((lang) => loadBundle(slug, lang))),
    ]);
    return { summary, bundles };
  });
}

/** Several articles' summaries, one promise per list (the library's "Continue reading"); a failed one is null. */
export function loadSummaries(slugs: readonly string[]): Promise<(ArticleSummary | null)[]> {
  return remember(`summaries#${slugs.join(',')}`, () =>
    Promise.all(slugs.map((slug) => loadSummary(slug).catch(() => null))),
  );
}
