import { expect, test } from 'vitest';
import { anchorsOf, nameSkeleton, numberMismatch } from '../../src/articles/anchors';

const numbers = (text: string) => [...anchorsOf(text).numbers].sort();

test('a number grouped by a comma, a space, a no-break space or not at all is one number', () => {
  expect(numbers('about 2,450 lorries')).toEqual(['2450']);
  expect(numbers('близько 2 450 вантажівок')).toEqual(['2450']);
  expect(numbers('около 2\u00a0450 грузовиков')).toEqual(['2450']);
  expect(numbers('около 2450 грузовиков')).toEqual(['2450']);
});

test('millions and thousands written as words or abbreviations become the same value', () => {
  expect(numbers('1,2 млн тонн')).toEqual(['1200000']);
  expect(numbers('1.2 million tonnes')).toEqual(['1200000']);
  expect(numbers('212 тисяч пасажирів')).toEqual(numbers('212,000 passengers'));
  expect(numbers('96 миллионов гривен')).toEqual(numbers('96 million hryvnias'));
});

test('a decimal comma is a decimal, not a thousands separator', () => {
  expect(numbers('4,1 млн')).toEqual(['4100000']);
  expect(numbers('ріст на 3,5%')).toEqual([]);
  expect(numbers('ріст на 13,5%')).toEqual(['13.5']);
});

test('small numbers are left out, since they are as often written as words', () => {
  expect(numbers('2 вагони і 7 станцій')).toEqual([]);
});

test('a slip such as 1958 against 1985 is a mismatch; the same year is not', () => {
  expect(numberMismatch(anchorsOf('in 1958'), anchorsOf('в 1985 году'))).toEqual({ onlyA: ['1958'], onlyB: ['1985'] });
  expect(numberMismatch(anchorsOf('2,450 lorries'), anchorsOf('2 450 вантажівок'))).toEqual({ onlyA: [], onlyB: [] });
});

test('dates match across languages, by month name or in figures', () => {
  const dates = (text: string) => [...anchorsOf(text).dates];
  expect(dates('on 20 March')).toEqual(['20.3']);
  expect(dates('20 березня')).toEqual(['20.3']);
  expect(dates('20 марта')).toEqual(['20.3']);
  expect(dates('on March 20, 2026')).toEqual(['20.3']);
  expect(dates('07.05.1905')).toEqual(['7.5']);
});

test('a name in Latin, Ukrainian and Russian spelling, inflected or not, has one skeleton', () => {
  expect(nameSkeleton('Witkoff')).toBe(nameSkeleton('Віткофф'));
  expect(nameSkeleton('Witkoff')).toBe(nameSkeleton('Уиткоффа'));
  expect(nameSkeleton('Qatar')).toBe(nameSkeleton('Катару'));
  expect(nameSkeleton('Washington')).toBe(nameSkeleton('Вашингтон'));
  expect(nameSkeleton('Washington')).not.toBe(nameSkeleton('Warsaw'));
});

test('quotation marks of any language mark a quoting block', () => {
  expect(anchorsOf('«Ми хочемо», — сказав він').quoted).toBe(true);
  expect(anchorsOf('“We want,” he said').quoted).toBe(true);
  expect(anchorsOf('He said so.').quoted).toBe(false);
});
