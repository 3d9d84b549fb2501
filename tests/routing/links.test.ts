import { expect, test } from 'vitest';
import { articlePath, libraryPath, parseLocation, segmentIdOfHash } from '../../src/routing/links';

test.each([
  ['/', { name: 'root' }],
  ['/ua/', { name: 'library', lang: 'uk' }],
  ['/en/', { name: 'library', lang: 'en' }],
  ['/ru/', { name: 'library', lang: 'ru' }],
  ['/ua/some-article', { name: 'article', lang: 'uk', slug: 'some-article', segmentId: null }],
  ['/ru/a1-b2', { name: 'article', lang: 'ru', slug: 'a1-b2', segmentId: null }],
])('%s is %j', (path, route) => {
  expect(parseLocation(path)).toEqual(route);
});

test('a #segment-id after an article names that segment', () => {
  expect(parseLocation('/en/story', '', '#para-3')).toEqual({
    name: 'article',
    lang: 'en',
    slug: 'story',
    segmentId: 'para-3',
  });
});

test.each(['#', '#Bad_Id', '#"><img src=x onerror=alert(1)>', `#${'a'.repeat(65)}`])(
  'a malformed fragment %s names no segment',
  (hash) => {
    expect(segmentIdOfHash(hash)).toBeNull();
    expect(parseLocation('/en/story', '', hash)).toMatchObject({ name: 'article', segmentId: null });
  },
);

test.each([
  ['/uk/', '/ua/'],
  ['/uk/story', '/ua/story'],
  ['/uk', '/ua/'],
])('%s redirects to %s', (path, to) => {
  expect(parseLocation(path)).toEqual({ name: 'redirect', to });
});

test('the /uk/ redirect keeps the query and fragment', () => {
  expect(parseLocation('/uk/story', '?compare=en', '#p1')).toEqual({ name: 'redirect', to: '/ua/story?compare=en#p1' });
});

test('a language without its trailing slash, and an article with one, go to the canonical form', () => {
  expect(parseLocation('/en')).toEqual({ name: 'redirect', to: '/en/' });
  expect(parseLocation('/ru/story/', '', '#p1')).toEqual({ name: 'redirect', to: '/ru/story#p1' });
});

test.each([
  ['/de/', null],
  ['/index.html', null],
  ['/EN/story', null],
  ['/en/Story', 'en'],
  ['/en/a--b', 'en'],
  ['/en/-a', 'en'],
  ['/en/..%2Fsecret', 'en'],
  ['/en/%00', 'en'],
  ['/en/stor%C3%BF', 'en'],
  ['/en/story/extra', 'en'],
  [`/ru/${'a'.repeat(201)}`, 'ru'],
])('%s is not found (in %s)', (path, lang) => {
  expect(parseLocation(path)).toEqual({ name: 'not-found', lang: lang === null ? null : lang === 'en' ? 'en' : 'ru' });
});

test('links are built with the URL word, and parse back to what they name', () => {
  expect(libraryPath('uk')).toBe('/ua/');
  expect(articlePath('uk', 'story')).toBe('/ua/story');
  expect(articlePath('ru', 'story', 'p-2')).toBe('/ru/story#p-2');
  const [path, hash] = articlePath('uk', 'story', 'p-2').split('#');
  expect(parseLocation(path ?? '', '', `#${hash}`)).toEqual({
    name: 'article',
    lang: 'uk',
    slug: 'story',
    segmentId: 'p-2',
  });
});
