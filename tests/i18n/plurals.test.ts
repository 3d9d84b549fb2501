import { expect, test } from 'vitest';
import { createI18n } from '../../src/i18n/setup';
import { resources } from '../../src/i18n/resources';

const i18n = createI18n('uk', resources);
const minutes = (lng: string, count: number) => i18n.t('readingTime', { lng, count });
const articles = (lng: string, count: number) => i18n.t('library:articleCount', { lng, count });

test.each([
  [0, '0 хвилин читання'],
  [1, '1 хвилина читання'],
  [2, '2 хвилини читання'],
  [5, '5 хвилин читання'],
  [11, '11 хвилин читання'],
  [21, '21 хвилина читання'],
  [22, '22 хвилини читання'],
  [25, '25 хвилин читання'],
])('Ukrainian reading time for %i is "%s"', (count, text) => {
  expect(minutes('uk', count)).toBe(text);
});

test.each([
  [0, '0 минут чтения'],
  [1, '1 минута чтения'],
  [2, '2 минуты чтения'],
  [5, '5 минут чтения'],
  [11, '11 минут чтения'],
  [21, '21 минута чтения'],
  [22, '22 минуты чтения'],
  [25, '25 минут чтения'],
])('Russian reading time for %i is "%s"', (count, text) => {
  expect(minutes('ru', count)).toBe(text);
});

test.each([
  [1, '1 minute to read'],
  [5, '5 minutes to read'],
  [21, '21 minutes to read'],
])('English reading time for %i is "%s"', (count, text) => {
  expect(minutes('en', count)).toBe(text);
});

test.each([
  ['uk', 1, '1 стаття'],
  ['uk', 3, '3 статті'],
  ['uk', 11, '11 статей'],
  ['ru', 21, '21 статья'],
  ['ru', 24, '24 статьи'],
  ['ru', 100, '100 статей'],
  ['en', 1, '1 article'],
  ['en', 2, '2 articles'],
])('%s article count for %i is "%s"', (lng, count, text) => {
  expect(articles(lng, count)).toBe(text);
});

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

// Plural suffixes differ by language (uk/ru have _few and _many), so compare the keys without them.
const withoutPlural = (keys: string[]) =>
  [...new Set(keys.map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();

test.each(['uk', 'ru'] as const)('the %s interface has every key the English one has', (lang) => {
  expect(withoutPlural(keysOf(resources[lang]))).toEqual(withoutPlural(keysOf(resources.en)));
});

test.each([
  ['uk', 1, '1 фрагмент може відставати'],
  ['uk', 3, '3 фрагменти можуть відставати'],
  ['uk', 5, '5 фрагментів можуть відставати'],
  ['ru', 2, '2 фрагмента могут отставать'],
  ['ru', 11, '11 фрагментов могут отставать'],
  ['en', 2, '2 passages may be behind'],
] as const)('%s: %i stale passages read "%s…"', (lng, count, start) => {
  expect(i18n.t('reader:stale.count', { lng, count })).toMatch(new RegExp(`^${start}`));
});
