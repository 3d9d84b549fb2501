import { afterEach, expect, test, vi } from 'vitest';
import {
  CACHE_SIZE,
  LoadError,
  REQUEST_TIMEOUT_MS,
  forgetFailedLoads,
  loadArticle,
  loadBundle,
  loadIndexPage,
} from '../../src/articles/loader';

afterEach(() => vi.useRealTimers());

function stubFetch(respond: (url: string, init?: RequestInit) => Promise<Response>) {
  const fetchStub = vi.fn(respond);
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

test('a request that never answers times out, is tried three times, then fails as a timeout', async () => {
  vi.useFakeTimers();
  const fetchStub = stubFetch(
    (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
  );
  const result = loadBundle('story', 'en').catch((error: unknown) => error);
  await vi.advanceTimersByTimeAsync(3 * REQUEST_TIMEOUT_MS + 3000);
  const error = await result;
  expect(error).toBeInstanceOf(LoadError);
  expect((error as LoadError).failure).toBe('timeout');
  expect(fetchStub).toHaveBeenCalledTimes(3);
});

test('HTML where JSON was expected (a captive portal, a misconfigured host) is a load failure, not content', async () => {
  vi.useFakeTimers();
  stubFetch(
    async () =>
      new Response('<!doctype html><p>Sign in to the Wi-Fi</p>', { headers: { 'Content-Type': 'text/html' } }),
  );
  const result = loadBundle('story', 'en').catch((error: unknown) => error);
  await vi.advanceTimersByTimeAsync(5000);
  expect(((await result) as LoadError).failure).toBe('not-json');
});

test('a server error is retried and can succeed on a later try', async () => {
  vi.useFakeTimers();
  let calls = 0;
  stubFetch(async () =>
    ++calls < 3
      ? new Response('busy', { status: 503 })
      : new Response(JSON.stringify({ page: 1, pageCount: 1, total: 0, articles: [] }), {
          headers: { 'Content-Type': 'application/json' },
        }),
  );
  const result = loadIndexPage(1);
  await vi.advanceTimersByTimeAsync(5000);
  expect(await result).toEqual({ page: 1, pageCount: 1, total: 0, articles: [] });
  expect(calls).toBe(3);
});

test('a missing bundle (404) is not retried: the article lacks that language', async () => {
  const fetchStub = stubFetch(async () => new Response('Not found', { status: 404 }));
  expect(await loadBundle('story', 'ru')).toEqual({ kind: 'missing' });
  expect(fetchStub).toHaveBeenCalledTimes(1);
});

test('requests ask for JSON, so an SPA fallback cannot answer a missing file with the app', async () => {
  const fetchStub = stubFetch(async () => new Response('Not found', { status: 404 }));
  await loadBundle('story', 'uk');
  expect(fetchStub.mock.calls[0]?.[0]).toBe('/articles/story/uk.json');
  expect(new Headers(fetchStub.mock.calls[0]?.[1]?.headers).get('Accept')).toBe('application/json');
});

test('offline, a failure is not retried: the reader is told at once', async () => {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  const fetchStub = stubFetch(async () => {
    throw new TypeError('Failed to fetch');
  });
  await expect(loadBundle('story', 'en')).rejects.toBeInstanceOf(LoadError);
  expect(fetchStub).toHaveBeenCalledTimes(1);
});

test('one promise per article and languages, so a page that suspends on it gets the same one when it renders again', async () => {
  stubFetch(async () => new Response('Not found', { status: 404 }));
  expect(loadArticle('story', ['en'])).toBe(loadArticle('story', ['en']));
  expect(loadArticle('story', ['en'])).not.toBe(loadArticle('story', ['en', 'ru']));
  expect(loadIndexPage(3)).toBe(loadIndexPage(3));
  await loadArticle('story', ['en']);
});

test('a failure is handed back for two seconds (no loop of requests), then asked again; a retry asks at once', async () => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  const fetchStub = stubFetch(async () => {
    throw new TypeError('Failed to fetch');
  });
  const first = loadBundle('story', 'en');
  await expect(first).rejects.toBeInstanceOf(LoadError);
  expect(loadBundle('story', 'en')).toBe(first);
  expect(fetchStub).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(2500);
  await expect(loadBundle('story', 'en')).rejects.toBeInstanceOf(LoadError);
  expect(fetchStub).toHaveBeenCalledTimes(2);
  forgetFailedLoads();
  await expect(loadBundle('story', 'en')).rejects.toBeInstanceOf(LoadError);
  expect(fetchStub).toHaveBeenCalledTimes(3);
});

test('however many articles are opened, the library’s index pages stay: a library shows them all at once', async () => {
  stubFetch(async () => new Response('Not found', { status: 404 }));
  const pages = Array.from({ length: CACHE_SIZE + 5 }, (_, i) => loadIndexPage(i + 1));
  const firstBundle = loadBundle('story-0', 'en');
  for (let i = 1; i <= CACHE_SIZE * 2; i++) void loadBundle(`story-${i}`, 'en');
  pages.forEach((page, i) => expect(loadIndexPage(i + 1)).toBe(page));
  // Bundles are kept only for the last few: the oldest is asked for again.
  expect(loadBundle('story-0', 'en')).not.toBe(firstBundle);
  await Promise.allSettled(pages);
});
