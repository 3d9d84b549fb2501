import { expect, test } from 'vitest';
import { groupByArticle } from '../../../src/features/search/group-hits';
import type { SearchHit } from '../../../src/features/search/search-engine';
import type { Lang } from '../../../src/i18n/languages';

const hit = (slug: string, lang: Lang): SearchHit => ({
  slug,
  lang,
  title: `${slug} in ${lang}`,
  published: null,
  languages: ['uk', 'en', 'ru'],
  passage: { segmentId: null, parts: [], cutBefore: false, cutAfter: false },
});

test('hits group under their article, in the order of each article’s best hit', () => {
  const groups = groupByArticle([hit('a', 'ru'), hit('b', 'en'), hit('a', 'en'), hit('b', 'uk')], 'uk');
  expect(groups.map((group) => group.slug)).toEqual(['a', 'b']);
  expect(groups[0]?.hits.map((h) => h.lang)).toEqual(['ru', 'en']);
});

test('the page’s language leads within an article and names it', () => {
  const [group] = groupByArticle([hit('a', 'ru'), hit('a', 'uk')], 'uk');
  expect(group?.hits.map((h) => h.lang)).toEqual(['uk', 'ru']);
  expect(group).toMatchObject({ title: 'a in uk', titleLang: 'uk' });
});
