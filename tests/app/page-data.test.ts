import { expect, test } from 'vitest';
import { loadedArticle } from '../../src/articles/loader';
import { primePageData, serializePageData } from '../../src/app/page-data';

const bundle = {
  lang: 'en',
  title: 'A </script><script>alert(1)</script> title',
  published: '2025-01-01',
  segments: [{ id: 'p', type: 'paragraph', text: 'Text <!-- and \u2028 separators' }],
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

test('embedded data is checked like fetched data and seeds the loader', () => {
  const data = primePageData(
    JSON.parse(serializePageData({ path: '/en/story', lang: 'en', article: { slug: 'story', summary, bundle } })),
  );
  expect(data?.path).toBe('/en/story');
  expect(loadedArticle('story', ['en'])?.bundles[0]).toMatchObject({ kind: 'ok', bundle: { title: bundle.title } });
});

test('embedded data that does not validate is ignored, and the app fetches instead', () => {
  expect(primePageData({ path: '/en/story', lang: 'ua' })).toBeNull();
  expect(
    primePageData({ path: '/en/story', lang: 'en', article: { slug: 'story', summary, bundle: { title: 1 } } }),
  ).toBeNull();
  expect(primePageData('nonsense')).toBeNull();
});
