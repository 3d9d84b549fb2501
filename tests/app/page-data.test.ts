import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { buildLibraryIndex } from '../../src/articles/library-index';
import { loadArticle } from '../../src/articles/loader';
import { parseBundle, type Bundle } from '../../src/articles/schema';
import { checkPageData } from '../../src/app/page-data-check';
import {
  PAGE_DATA_ID,
  loadPageData,
  pageDataOf,
  readPageData,
  serializePageData,
  type PageSource,
} from '../../src/app/page-data';
import type { Lang } from '../../src/i18n/languages';
import { MAIN_ID } from '../../src/ui/main-id';
import { isSegmentId } from '../../src/routing/links';
import { readArticles } from '../../scripts/read-articles';
import { DEMO_ARTICLES, serveArticles } from '../helpers/serve-articles';

const SLUG = 'us-pulls-out-of-gaza-peace-talks';

/** What the pre-renderer renders a page from: the files the build published, read as it reads them. */
function publishedSource(slug: string, lang: Lang): PageSource {
  const { summaries, pages } = buildLibraryIndex(readArticles(DEMO_ARTICLES).summaries);
  const summary = summaries.find((entry) => entry.slug === slug);
  const result = parseBundle(readFileSync(join(DEMO_ARTICLES, slug, `${lang}.json`), 'utf8'), { slug, lang });
  if (!summary || !result.ok || !pages[0]) throw new Error(`the demo library has no ${lang} ${slug}`);
  // Through JSON, as the build writes the summary and the pre-renderer reads it back.
  return {
    path: `/en/${slug}`,
    lang,
    article: { slug, summary: JSON.parse(JSON.stringify(summary)), bundle: result.bundle },
  };
}

function writtenPageData(source: PageSource) {
  const checked = checkPageData(source);
  if (!checked) throw new Error('the source did not validate');
  return readPageData(JSON.parse(serializePageData(pageDataOf(checked))));
}

test('a page names its article and version in a few bytes, and carries none of its text', () => {
  const source = publishedSource(SLUG, 'en');
  const checked = checkPageData(source);
  if (!checked?.article) throw new Error('the source did not validate');
  const text = serializePageData(pageDataOf(checked));
  expect(JSON.parse(text)).toEqual({
    path: `/en/${SLUG}`,
    lang: 'en',
    article: { slug: SLUG, version: expect.stringMatching(/^[0-9a-z]+$/) },
  });
  expect(text.length).toBeLessThan(200);
  expect(text).not.toContain(checked.article.bundle.title);
});

test('page data cannot end its script element or open a comment', () => {
  const text = serializePageData({ path: '/en/</script><!--', lang: 'en' });
  expect(text).not.toContain('</script');
  expect(text).not.toContain('<!--');
  expect(JSON.parse(text)).toEqual({ path: '/en/</script><!--', lang: 'en' });
});

test('the data a page names is fetched and checked by the loader, found the same, and kept for the first render', async () => {
  const { requests } = serveArticles(DEMO_ARTICLES);
  const data = writtenPageData(publishedSource(SLUG, 'en'));
  expect(data).not.toBeNull();
  if (!data) return;
  expect(await loadPageData(data)).toBe('same');
  const fetched = requests.length;
  expect(fetched).toBe(2);
  // The render that hydrates asks the loader again, and is answered from its cache.
  expect((await loadArticle(SLUG, ['en'])).bundles[0]).toMatchObject({ kind: 'ok' });
  expect(requests).toHaveLength(fetched);
});

test('a library page names its index page, and finds the same one the build published', async () => {
  serveArticles(DEMO_ARTICLES);
  const { pages } = buildLibraryIndex(readArticles(DEMO_ARTICLES).summaries);
  const firstPage = JSON.parse(JSON.stringify(pages[0]));
  const data = writtenPageData({ path: '/en/', lang: 'en', indexPage: firstPage });
  expect(data?.indexPage?.page).toBe(1);
  if (data) expect(await loadPageData(data)).toBe('same');
});

test('an article edited since its page was made is found changed, so the app renders it afresh', async () => {
  const source = publishedSource(SLUG, 'en');
  const data = writtenPageData(source);
  const bundle = source.article?.bundle as Bundle;
  const edited = {
    ...bundle,
    segments: bundle.segments.map((segment, i) => (i === 1 ? { ...segment, text: 'Edited.' } : segment)),
  };
  const summary = JSON.stringify(source.article?.summary);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const body = url.endsWith('/index.json') ? summary : JSON.stringify(edited);
      return new Response(body, { headers: { 'Content-Type': 'application/json' } });
    }),
  );
  if (data) expect(await loadPageData(data)).toBe('changed');
});

test('a bundle that does not come (offline, a server error) or is gone is a failure, so the page keeps its text', async () => {
  const data = writtenPageData(publishedSource(SLUG, 'en'));
  if (!data) throw new Error('no page data');
  vi.useFakeTimers();
  const { requests } = serveArticles(DEMO_ARTICLES, { failing: [`/articles/${SLUG}/en.json`] });
  const load = loadPageData(data);
  await vi.advanceTimersByTimeAsync(5000);
  expect(await load).toBe('failed');
  // The loader's retries were spent first.
  expect(requests.filter((url) => url.endsWith('/en.json'))).toHaveLength(3);
  vi.useRealTimers();
  serveArticles(DEMO_ARTICLES);
  expect(await loadPageData({ ...data, article: { slug: 'no-such-article', version: 'x' } })).toBe('failed');
});

test('page data not in the shape the pre-renderer writes is ignored, and the app renders afresh', () => {
  expect(readPageData({ path: '/en/story', lang: 'en', article: { slug: 'story', version: 'a1' } })).not.toBeNull();
  expect(readPageData({ path: '/en/story', lang: 'ua' })).toBeNull();
  expect(readPageData({ path: '/en/story', lang: 'en', article: { slug: 'story' } })).toBeNull();
  expect(readPageData({ path: '/en/story', lang: 'en', article: { slug: '../admin', version: 'a1' } })).toBeNull();
  expect(readPageData({ path: '/en/', lang: 'en', indexPage: { page: '1', version: 'a1' } })).toBeNull();
  expect(readPageData({ path: '/en/', lang: 'en', indexPage: { articles: [] } })).toBeNull();
  expect(readPageData('nonsense')).toBeNull();
});

test('the pre-renderer checks a page’s data with the full schema, and refuses a bundle that does not validate', () => {
  const source = publishedSource(SLUG, 'en');
  expect(checkPageData(source)).toMatchObject({ article: { slug: SLUG } });
  const article = source.article;
  if (!article) throw new Error('no article');
  expect(checkPageData({ ...source, article: { ...article, bundle: { title: 1 } as unknown as Bundle } })).toBeNull();
  expect(checkPageData({ path: '/en/story', lang: 'ua' })).toBeNull();
});

test('the app’s own ids can never be a segment’s, so content cannot take the page data or the skip link’s target', () => {
  for (const id of [PAGE_DATA_ID, MAIN_ID]) expect(isSegmentId(id)).toBe(false);
  expect(isSegmentId('page-data')).toBe(true);
});
