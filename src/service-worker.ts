/**
 * The service worker (built by vite-plugin-pwa's injectManifest from this
 * file; docs/decisions/013-offline.md). It precaches the app's code and
 * strings, and serves pages and article data network first: a response that
 * arrives in time is used, and refreshes the kept copy if there is one; a
 * network that fails or stalls gets the kept copy. What is kept is the app's
 * choice (src/articles/offline-cache.ts): this never adds an article itself,
 * so the bound the app keeps holds.
 */
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { KEPT_CACHE, LIBRARY_URLS, keyOf } from './articles/offline-cache.ts';

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

const isPage = (url: URL) => /^\/(?:ua|en|ru)(?:\/[a-z0-9-]*)?$/.test(url.pathname);
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

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const page = request.mode === 'navigate' && isPage(url);
  if (page || isData(url)) event.respondWith(networkFirst(request, page));
});
