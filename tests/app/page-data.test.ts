import { expect, test, vi } from 'vitest';
import { loadArticle } from '../../src/articles/loader';
import { checkPageData } from '../../src/app/page-data-check';
import { MAIN_ID } from '../../src/ui/main-id';
import { PAGE_DATA_ID, primePageData, readPageData, serializePageData } from '../../src/app/page-data';
import { isSegmentId } from '../../src/routing/links';

const bundle = {
  lang: 'en' as const,
  title: 'A </script><script>alert(1)</script> title',
  published: '2025-01-01',
  segments: [{ id: 'p', type: 'paragraph' as const, text: 'Text <!-- and \u2028 separators' }],
};
const summary = {
  slug: 'story',
  languages: ['en' as const],
  versions: { en: { title: bundle.title, published: '2025-01-01', minutes: 1 } },
};

test('embedded page data cannot end its script element or open a comment', () => {
  const text = serializePageData({ path: '/en/story', lang: 'en', article: { slug: 'story', summary, bundle } });
  expect(text).not.toContain('</script');
  expect(text).not.toContain('<!--');
  expect(JSON.parse(text)).toMatchObject({ article: { bundle: { title: bundle.title } } });
});

test('embedded data is read back as written and seeds the loader, which then fetches nothing', async () => {
  const fetchStub = vi.fn();
  vi.stubGlobal('fetch', fetchStub);
  const data = readPageData(
    JSON.parse(serializePageData({ path: '/en/story', lang: 'en', article: { slug: 'story', summary, bundle } })),
  );
  expect(data?.path).toBe('/en/story');
  if (data) primePageData(data);
  expect((await loadArticle('story', ['en'])).bundles[0]).toMatchObject({
    kind: 'ok',
    bundle: { title: bundle.title },
  });
  expect(fetchStub).not.toHaveBeenCalled();
});

test('embedded data not in the shape the pre-renderer writes is ignored, and the app fetches instead', () => {
  expect(readPageData({ path: '/en/story', lang: 'ua' })).toBeNull();
  expect(
    readPageData({ path: '/en/story', lang: 'en', article: { slug: 'story', summary, bundle: 'text' } }),
  ).toBeNull();
  expect(
    readPageData({ path: '/en/story', lang: 'en', article: { slug: 'story', summary, bundle: { lang: 'ru' } } }),
  ).toBeNull();
  expect(readPageData({ path: '/en/', lang: 'en', indexPage: { page: 1 } })).toBeNull();
  expect(readPageData('nonsense')).toBeNull();
});

test('the pre-renderer checks page data with the full schema, and refuses a bundle that does not validate', () => {
  expect(checkPageData({ path: '/en/story', lang: 'en', article: { slug: 'story', summary, bundle } })).toMatchObject({
    article: { bundle: { title: bundle.title } },
  });
  expect(
    checkPageData({ path: '/en/story', lang: 'en', article: { slug: 'story', summary, bundle: { title: 1 } } }),
  ).toBeNull();
  expect(checkPageData({ path: '/en/story', lang: 'ua' })).toBeNull();
});

test('the app’s own ids can never be a segment’s, so content cannot take the page data or the skip link’s target', () => {
  for (const id of [PAGE_DATA_ID, MAIN_ID]) expect(isSegmentId(id)).toBe(false);
  expect(isSegmentId('page-data')).toBe(true);
});
