import { expect, test } from 'vitest';
import {
  addColumn,
  cycleFirst,
  moveColumnFirst,
  removeColumn,
  setFirst,
  toggleParallel,
} from '../../src/reading/columns';

test('adding a language appends a column, at most three', () => {
  expect(addColumn(['uk'], 'en')).toEqual(['uk', 'en']);
  expect(addColumn(['uk', 'en'], 'ru')).toEqual(['uk', 'en', 'ru']);
  expect(addColumn(['uk', 'en'], 'en')).toEqual(['uk', 'en']);
});

test('removing a language drops its column but never the last one', () => {
  expect(removeColumn(['uk', 'en', 'ru'], 'en')).toEqual(['uk', 'ru']);
  expect(removeColumn(['uk', 'en'], 'uk')).toEqual(['en']);
  expect(removeColumn(['uk'], 'uk')).toEqual(['uk']);
});

test('moving a column to the front keeps the others in their order', () => {
  expect(moveColumnFirst(['uk', 'en', 'ru'], 'ru')).toEqual(['ru', 'uk', 'en']);
  expect(moveColumnFirst(['uk', 'en', 'ru'], 'en')).toEqual(['en', 'uk', 'ru']);
  expect(moveColumnFirst(['uk', 'en'], 'uk')).toEqual(['uk', 'en']);
  expect(moveColumnFirst(['uk', 'en'], 'ru')).toEqual(['uk', 'en']);
});

test('changing the first column’s language swaps with a shown one or replaces it', () => {
  expect(setFirst(['uk', 'en', 'ru'], 'ru')).toEqual(['ru', 'en', 'uk']);
  expect(setFirst(['uk', 'en'], 'ru')).toEqual(['ru', 'en']);
  expect(setFirst(['uk'], 'en')).toEqual(['en']);
  expect(setFirst(['uk', 'en'], 'uk')).toEqual(['uk', 'en']);
});

test('[ and ] cycle the first column through the languages the article has', () => {
  expect(cycleFirst(['uk', 'en'], ['uk', 'en', 'ru'], 1)).toEqual(['en', 'uk']);
  expect(cycleFirst(['uk', 'en'], ['uk', 'en', 'ru'], -1)).toEqual(['ru', 'en']);
  expect(cycleFirst(['en', 'uk'], ['uk', 'en'], 1)).toEqual(['uk', 'en']);
  expect(cycleFirst(['en'], ['uk', 'en', 'ru'], 1)).toEqual(['ru']);
});

test('c leaves the parallel view for its first column, and enters it beside the likeliest other language', () => {
  expect(toggleParallel(['en', 'uk'], ['uk', 'en', 'ru'])).toEqual(['en']);
  expect(toggleParallel(['ru'], ['uk', 'en', 'ru'])).toEqual(['ru', 'uk']);
  expect(toggleParallel(['en'], ['en'])).toBeNull();
});
