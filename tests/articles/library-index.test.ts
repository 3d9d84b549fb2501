import { expect, test } from 'vitest';
import { buildLibraryIndex, summarize, type SourceArticle } from '../../src/articles/library-index';
import { readingMinutes } from '../../src/articles/reading-time';
import type { Bundle } from '../../src/articles/schema';
import type { Lang } from '../../src/i18n/languages';

function bundle(lang: Lang, published: string, words = 10): Bundle {
  return {
    lang,
    title: `Title ${lang}`,
    lead: `Lead ${lang}`,
    published,
    segments: [{ id: 'p', type: 'paragraph', text: Array.from({ length: words }, () => 'word').join(' ') }],
  };
}

const index = (articles: SourceArticle[], pageSize?: number) => buildLibraryIndex(articles.map(summarize), pageSize);

test('the index lists each article once with the languages it exists in, newest first', () => {
  const { pages } = index([
    { slug: 'older', bundles: [bundle('uk', '2025-01-01'), bundle('en', '2025-01-01')] },
    { slug: 'newer', bundles: [bundle('ru', '2025-03-01')] },
  ]);
  expect(pages).toHaveLength(1);
  expect(pages[0]?.articles.map((a) => [a.slug, a.languages])).toEqual([
    ['newer', ['ru']],
    ['older', ['uk', 'en']],
  ]);
  expect(pages[0]?.articles[1]?.versions.en).toEqual({
    title: 'Title en',
    lead: 'Lead en',
    published: '2025-01-01',
    minutes: 1,
  });
});

test('a large library is split into pages so the first page stays small', () => {
  const articles = Array.from({ length: 45 }, (_, i) => ({
    slug: `a-${String(i).padStart(2, '0')}`,
    bundles: [bundle('en', `2025-01-${String((i % 28) + 1).padStart(2, '0')}`)],
  }));
  const { pages, summaries } = index(articles, 20);
  expect(pages.map((page) => page.articles.length)).toEqual([20, 20, 5]);
  expect(pages.every((page) => page.pageCount === 3 && page.total === 45)).toBe(true);
  expect(summaries).toHaveLength(45);
});

test('an article with no valid bundle is left out', () => {
  expect(index([{ slug: 'empty', bundles: [] }]).pages[0]?.articles).toEqual([]);
});

test('reading time is whole minutes at 200 words a minute, at least one', () => {
  expect(readingMinutes(bundle('en', '2025-01-01', 10))).toBe(1);
  expect(readingMinutes(bundle('en', '2025-01-01', 1000))).toBe(5);
  expect(readingMinutes(bundle('en', '2025-01-01', 1099))).toBe(5);
});

test('dates with different offsets are ordered as instants, not as strings', () => {
  const { summaries } = index([
    // 22:30 UTC on the 24th: later than the other, though it reads as an earlier day.
    { slug: 'late-in-new-york', bundles: [bundle('en', '2025-07-24T18:30:00-04:00')] },
    // 22:00 UTC on the 24th.
    { slug: 'early-in-kyiv', bundles: [bundle('uk', '2025-07-25T01:00:00+03:00')] },
    { slug: 'date-only', bundles: [bundle('ru', '2025-07-24')] },
  ]);
  expect(summaries.map((summary) => summary.slug)).toEqual(['late-in-new-york', 'early-in-kyiv', 'date-only']);
});

test('an article’s place is its newest version’s instant, whatever the order of its languages', () => {
  const { summaries } = index([
    { slug: 'a', bundles: [bundle('uk', '2025-07-25T09:00:00+03:00'), bundle('en', '2025-07-25T08:00:00Z')] },
    { slug: 'b', bundles: [bundle('uk', '2025-07-25T10:00:00+03:00')] },
  ]);
  // a's English version (08:00 UTC) is newer than b (07:00 UTC).
  expect(summaries.map((summary) => summary.slug)).toEqual(['a', 'b']);
});
