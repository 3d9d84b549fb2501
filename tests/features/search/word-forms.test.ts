import { expect, test } from 'vitest';
import { ukrainianQuery } from '../../../src/features/search/word-forms';

test('a Ukrainian word is searched by its stem, so its other forms begin with it', () => {
  expect(ukrainianQuery('річки')).toBe('річк');
  expect(ukrainianQuery('річкою')).toBe('річк');
  expect(ukrainianQuery('поїзди')).toBe('поїзд');
  expect(ukrainianQuery('поїздами')).toBe('поїзд');
  expect(ukrainianQuery('Нічні поїзди')).toBe('нічн поїзд');
});

test('a stem keeps four letters, so short words and words without an ending stay as typed', () => {
  expect(ukrainianQuery('рік')).toBe('рік');
  expect(ukrainianQuery('мова')).toBe('мова');
  expect(ukrainianQuery('поїзд')).toBe('поїзд');
});

test('numbers, Latin words and words with an apostrophe are left alone', () => {
  expect(ukrainianQuery('980 гривень')).toBe('980 гривень');
  expect(ukrainianQuery('Intercity потяги')).toBe('Intercity потяг');
  expect(ukrainianQuery('м’ясо')).toBe('м’ясо');
});
