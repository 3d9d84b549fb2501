import { expect, test } from 'vitest';
import { articleUrls, keyOf, LIBRARY_URLS, slugOfKey } from '../../src/articles/offline-cache';

test('an article offline is its summary, and its page and bundle in each of its languages', () => {
  expect(articleUrls('story', ['uk', 'ru'])).toEqual([
    '/articles/story/index.json',
    '/ua/story',
    '/articles/story/uk.json',
    '/ru/story',
    '/articles/story/ru.json',
  ]);
});

test('the library kept is its first page in each language and the index page it shows', () => {
  expect(LIBRARY_URLS).toEqual(['/ua/', '/en/', '/ru/', '/articles/index/page-1.json']);
});

test('a parallel view is kept under its article page: the cache key drops the query and fragment', () => {
  expect(keyOf('http://site/en/story?compare=ua,ru#p-3')).toBe('/en/story');
  expect(keyOf('/articles/story/en.json')).toBe('/articles/story/en.json');
});

test('the slug of a kept copy is found for pages and data, never for the library or its index', () => {
  expect(slugOfKey('/ua/story')).toBe('story');
  expect(slugOfKey('/articles/story/index.json')).toBe('story');
  expect(slugOfKey('/articles/story/ru.json')).toBe('story');
  expect(slugOfKey('/en/')).toBeNull();
  expect(slugOfKey('/articles/index/page-1.json')).toBeNull();
  expect(slugOfKey('/assets/app.js')).toBeNull();
});
