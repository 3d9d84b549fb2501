import { expect, test } from 'vitest';
import { fromLatinLayout, layoutLangs } from '../../../src/features/search/keyboard-layout';

test('Latin keys read as the Russian layout', () => {
  expect(fromLatinLayout('gjtpls', 'ru')).toBe('поезды');
  expect(fromLatinLayout('gjtplf', 'ru')).toBe('поезда');
  expect(fromLatinLayout('Ghbdtn', 'ru')).toBe('привет');
  expect(fromLatinLayout(',tkfhecm', 'ru')).toBe('беларусь');
});

test('Latin keys read as the Ukrainian layout, where four keys differ', () => {
  expect(fromLatinLayout('gjnzu', 'uk')).toBe('потяг');
  expect(fromLatinLayout('hsxrf', 'uk')).toBe('річка');
  expect(fromLatinLayout("pf],'", 'uk')).toBe('заїбє');
});

test('a query with other characters is not a layout slip', () => {
  expect(fromLatinLayout('поезд', 'ru')).toBeNull();
  expect(fromLatinLayout('train 980', 'ru')).toBeNull();
  expect(fromLatinLayout('', 'uk')).toBeNull();
  expect(fromLatinLayout('[];', 'uk')).toBeNull();
});

test('the page’s own Cyrillic layout is tried first', () => {
  expect(layoutLangs('ru')).toEqual(['ru', 'uk']);
  expect(layoutLangs('uk')).toEqual(['uk', 'ru']);
  expect(layoutLangs('en')).toEqual(['uk', 'ru']);
});
