/**
 * What is kept for reading offline, in the browser's Cache Storage. The app
 * decides what goes in (an article it opened, in every language it has; an
 * article saved on purpose; the library's first page) and what goes out (the
 * least recently opened unsaved articles beyond a bound). The service worker
 * (src/service-worker.ts) only serves these copies when the network fails and
 * refreshes the ones it already holds when a request for them succeeds.
 */
import { LANGS, urlWordOf, type Lang } from '../i18n/languages.ts';
import { SEARCH_SLUG } from '../routing/links.ts';
import { bundleUrl, indexPageUrl, summaryUrl } from './paths.ts';

/** Shared with the service worker: a new name here is a new, empty cache. */
export const KEPT_CACHE = 'triptych-kept-v1';

/** A kept copy older than this is fetched again the next time its article is opened online. */
export const REFRESH_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Kept always, from the worker's install: the library's first page in each language and the index
 * page it shows, and each language's search page (the search index's files are kept as searches use
 * them: SEARCH_CACHE).
 */
export const LIBRARY_URLS: readonly string[] = [
  ...LANGS.map((lang) => `/${urlWordOf(lang)}/`),
  indexPageUrl(1),
  ...LANGS.map((lang) => `/${urlWordOf(lang)}/${SEARCH_SLUG}`),
];

/** Shared with the service worker: the search index's files (`/pagefind/…`) that searches fetched. */
export const SEARCH_CACHE = 'triptych-search-v1';

/**
 * At most this many search index files are kept, the oldest going first. Pagefind's code and
 * WebAssembly are 5 of them; a language's entry files 2; each query adds its words' index chunks
 * and one small fragment per result shown (10 at a time), so this holds dozens of searches.
 */
export const MAX_SEARCH_FILES = 200;

/** The URLs that make up an article offline: its page and bundle in each language, and its summary. */
export function articleUrls(slug: string, languages: readonly Lang[]): string[] {
  return [summaryUrl(slug), ...languages.flatMap((lang) => [`/${urlWordOf(lang)}/${slug}`, bundleUrl(slug, lang)])];
}

/** The cache key of a request: its path, since `?compare=` views are served their article's page. */
export function keyOf(url: string, base = 'http://localhost'): string {
  const { pathname } = new URL(url, base);
  return pathname;
}

/** Whether the cache key is one of an article's (any language), for sweeping what nothing keeps. */
export function slugOfKey(key: string): string | null {
  const page = /^\/(?:ua|en|ru)\/([a-z0-9-]+)$/.exec(key);
  if (page?.[1]) return page[1] === SEARCH_SLUG ? null : page[1];
  const data = /^\/articles\/([a-z0-9-]+)\/(?:uk|en|ru|index)\.json$/.exec(key);
  return data?.[1] && data[1] !== 'index' ? data[1] : null;
}

let decided: Promise<boolean> | null = null;
const waiting: (() => void)[] = [];

/**
 * The app says whether a service worker serves the kept copies (only the
 * production build registers one). Until it has, keeping waits; without
 * one, nothing is kept, since nothing would serve it.
 */
export function setOfflineWorker(ready: Promise<boolean>): void {
  decided = ready;
  ready.then(
    (yes) => (serving = yes),
    () => (serving = false),
  );
  for (const resume of waiting.splice(0)) resume();
}

/** True once a service worker is known to serve kept copies. */
let serving = false;

export function offlineServing(): boolean {
  // A page a worker controls is served by it, even before this page has registered it again.
  return serving || (typeof navigator !== 'undefined' && navigator.serviceWorker?.controller != null);
}

/** Resolves whether a service worker serves kept copies, once the app knows. */
export async function workerReady(): Promise<boolean> {
  if (!decided) await new Promise<void>((resume) => waiting.push(resume));
  return (await decided?.catch(() => false)) === true;
}

/** Forgets the worker's state (tests). */
export function resetOfflineWorker(): void {
  decided = null;
  serving = false;
  waiting.length = 0;
}

async function put(cache: Cache, url: string): Promise<boolean> {
  const accept = url.endsWith('.json') ? 'application/json' : 'text/html';
  const response = await fetch(url, { headers: { Accept: accept }, cache: 'no-cache' });
  if (!response.ok || (accept === 'application/json') === response.headers.get('Content-Type')?.includes('html')) {
    return false;
  }
  await cache.put(url, response);
  return true;
}

/**
 * Fetches what an article needs offline into the cache: only the copies it
 * lacks, or all of them when `refresh` is set. Resolves whether the whole
 * article is kept; a failure (offline, a server error) leaves what was there.
 */
export async function keepArticleCopies(slug: string, languages: readonly Lang[], refresh: boolean): Promise<boolean> {
  if (!(await workerReady())) return false;
  try {
    const cache = await caches.open(KEPT_CACHE);
    const results = await Promise.all(
      articleUrls(slug, languages).map(async (url) => (!refresh && (await cache.match(url)) ? true : put(cache, url))),
    );
    return results.every(Boolean);
  } catch {
    return false;
  }
}

/** Deletes every kept copy of the articles whose slugs `keep` does not list. */
export async function dropArticleCopies(keep: ReadonlySet<string>): Promise<void> {
  if (!(await workerReady())) return;
  try {
    const cache = await caches.open(KEPT_CACHE);
    for (const request of await cache.keys()) {
      const slug = slugOfKey(keyOf(request.url));
      if (slug && !keep.has(slug)) await cache.delete(request);
    }
  } catch {
    // Storage the browser refuses to touch is left as it is; the next sweep tries again.
  }
}
