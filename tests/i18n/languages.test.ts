import { expect, test } from 'vitest';
import { detectLang, fallbackLang, isLang, langOfUrlWord, urlWordOf } from '../../src/i18n/languages';

test('Ukrainian is ua in URLs and uk everywhere else', () => {
  expect(urlWordOf('uk')).toBe('ua');
  expect(langOfUrlWord('ua')).toBe('uk');
});

test('English and Russian use their codes in URLs too', () => {
  expect(urlWordOf('en')).toBe('en');
  expect(urlWordOf('ru')).toBe('ru');
  expect(langOfUrlWord('en')).toBe('en');
  expect(langOfUrlWord('ru')).toBe('ru');
});

test('uk and unknown words are not URL words', () => {
  expect(langOfUrlWord('uk')).toBeNull();
  expect(langOfUrlWord('de')).toBeNull();
  expect(langOfUrlWord('')).toBeNull();
});

test('ua is not a language code', () => {
  expect(isLang('ua')).toBe(false);
  expect(isLang('uk')).toBe(true);
});

test.each([
  [['ru-RU', 'en-US'], 'ru'],
  [['de-DE', 'uk-UA'], 'uk'],
  [['en-GB'], 'en'],
  [['UK'], 'uk'],
  [['de-DE', 'fr'], null],
  [[], null],
])('the first published language among %j is %s', (browser, expected) => {
  expect(detectLang(browser)).toBe(expected);
});

test.each([
  ['ru', ['uk', 'en'], 'uk'],
  ['uk', ['en', 'ru'], 'en'],
  ['en', ['ru'], 'ru'],
  ['en', ['en', 'uk'], 'en'],
  ['uk', [], null],
] as const)('a reader of %s is offered %s from %j', (wanted, available, expected) => {
  expect(fallbackLang(wanted, available)).toBe(available.length ? expected : null);
});
