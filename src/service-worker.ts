/**
 * The service worker (built by vite-plugin-pwa's injectManifest from this
 * file; docs/decisions/022-offline-search-and-install.md). It precaches the app's code and
 * strings, and serves pages and article data network first: a response that
 * arrives in time is used, and refreshes the kept copy if there is one; a
 * network that fails or stalls gets the kept copy. What is kept is the app's
 * choice (src/articles/offline-cache.ts): this never adds an article itself,
 * so the bound the app keeps holds. The search index's files are the one
 * thing it keeps by itself, as searches fetch them, in a bounded cache of
 * their own (decision 022).
 */
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { KEPT_CACHE, LIBRARY_URLS, MAX_SEARCH_FILES, SEARCH_CACHE, keyOf } from './articles/offline-cache.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

/** A slow network is waited for this long before a kept copy is served instead. */
const NETWORK_TIMEOUT_MS = 4000;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

self.addEventListener('install', (event) => {
  // The library in each language must be there before this worker promises anything: a failed
  // fetch fails the install, and the browser tries again on the next visit.
  event.waitUntil(caches.open(KEPT_CACHE).then((cache) => cache.addAll([...LIBRARY_URLS])));
});

self.addEventListener('activate', (event) => {
  // The first worker takes the open tabs at once, so what they open next can be kept. A later
  // one waits for the reader's reload (the prompt), so an open tab never runs two builds.
  event.waitUntil(self.clients.claim());
});

self.addEventListener('message', (event) => {
  if (isRecord(event.data) && event.data.type === 'SKIP_WAITING') void self.skipWaiting();
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function fetchInTime(request: Request): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS);
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

// `/` too: offline, it is served a kept library page, and the app sends the reader on to their language.
const isPage = (url: URL) => /^\/(?:(?:ua|en|ru)(?:\/[a-z0-9-]*)?)?$/.test(url.pathname);
const isData = (url: URL) => url.pathname.startsWith('/articles/') && url.pathname.endsWith('.json');

async function networkFirst(request: Request, page: boolean): Promise<Response> {
  const cache = await caches.open(KEPT_CACHE);
  const key = keyOf(request.url);
  try {
    const response = await fetchInTime(request);
    // Revalidation: a copy already kept follows what the server now says (an edited article).
    if (response.ok && (await cache.match(key))) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(key);
    if (kept) return kept;
    if (!page) throw error;
    // A page that is not kept: the library page in its language, which the app turns into the
    // page asked for (it follows the address after hydrating) and says honestly that it is not kept.
    const word = /^\/(ua|en|ru)\b/.exec(key)?.[1] ?? 'ua';
    return (await cache.match(`/${word}/`)) ?? Response.error();
  }
}

const isSearchIndex = (url: URL) => url.pathname.startsWith('/pagefind/');
/** Pagefind names these by their content's hash: a kept copy is never out of date. */
const isHashed = (url: URL) => /\.pf_(?:meta|index|fragment|filter)$/.test(url.pathname);

/** Drops the oldest kept search files beyond the bound (a cache lists its entries oldest first). */
async function trimSearch(cache: Cache): Promise<void> {
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_SEARCH_FILES))) await cache.delete(old);
}

/**
 * The search index, kept as it is used, so a search made online runs again offline. Hashed files
 * come from the cache first; Pagefind's code, WebAssembly and entry file (which names the current
 * hashes) from the network first, so a new deploy's index is read when online. The key is the
 * path: Pagefind adds a `?ts=` to its entry file on every load.
 */
async function searchIndexFile(request: Request, url: URL): Promise<Response> {
  const cache = await caches.open(SEARCH_CACHE);
  const key = url.pathname;
  if (isHashed(url)) {
    const kept = await cache.match(key);
    if (kept) return kept;
  }
  try {
    const response = await fetchInTime(request);
    if (response.ok) {
      await cache.put(key, response.clone());
      await trimSearch(cache);
    }
    return response;
  } catch (error) {
    const kept = await cache.match(key);
    if (kept) return kept;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isSearchIndex(url)) {
    event.respondWith(searchIndexFile(request, url));
    return;
  }
  const page = request.mode === 'navigate' && isPage(url);
  if (page || isData(url)) event.respondWith(networkFirst(request, page));
});
