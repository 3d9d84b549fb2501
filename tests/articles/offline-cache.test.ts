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

test('kept always: the library’s first page in each language, the index page it shows, and the search pages', () => {
  expect(LIBRARY_URLS).toEqual([
    '/ua/',
    '/en/',
    '/ru/',
    '/articles/index/page-1.json',
    '/ua/search',
    '/en/search',
    '/ru/search',
  ]);
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
  // The search page is kept always; no article may take its slug, so a sweep must not take it either.
  expect(slugOfKey('/en/search')).toBeNull();
  expect(slugOfKey('/articles/index/page-1.json')).toBeNull();
  expect(slugOfKey('/assets/app.js')).toBeNull();
});
