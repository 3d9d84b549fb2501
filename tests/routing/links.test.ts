import { expect, test } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  articlePath,
  libraryPath,
  parseCompare,
  parseLocation,
  searchPath,
  segmentIdOfHash,
} from '../../src/routing/links';

test.each([
  ['/', { name: 'root' }],
  ['/ua/', { name: 'library', lang: 'uk' }],
  ['/en/', { name: 'library', lang: 'en' }],
  ['/ru/', { name: 'library', lang: 'ru' }],
  [
    '/ua/some-article',
    { name: 'article', lang: 'uk', slug: 'some-article', segmentId: null, compare: [], columns: ['uk'] },
  ],
  ['/ru/a1-b2', { name: 'article', lang: 'ru', slug: 'a1-b2', segmentId: null, compare: [], columns: ['ru'] }],
])('%s is %j', (path, route) => {
  expect(parseLocation(path)).toEqual(route);
});

test('a #segment-id after an article names that segment', () => {
  expect(parseLocation('/en/story', '', '#para-3')).toEqual({
    name: 'article',
    lang: 'en',
    slug: 'story',
    segmentId: 'para-3',
    compare: [],
    columns: ['en'],
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
    compare: [],
    columns: ['uk'],
  });
});

test('?compare= lists the columns beside the path language, in order', () => {
  expect(parseLocation('/ua/story', '?compare=en,ru', '#p1')).toEqual({
    name: 'article',
    lang: 'uk',
    slug: 'story',
    segmentId: 'p1',
    compare: ['en', 'ru'],
    columns: ['uk', 'en', 'ru'],
  });
  expect(parseLocation('/en/story', '?compare=ua')).toMatchObject({ compare: ['uk'], columns: ['en', 'uk'] });
});

test('?compare= that names the path language too is the whole order, and the interface stays the path’s', () => {
  expect(parseLocation('/en/story', '?compare=ua,en')).toMatchObject({
    name: 'article',
    lang: 'en',
    compare: ['uk'],
    columns: ['uk', 'en'],
  });
  expect(parseLocation('/en/story', '?compare=ru,ua,en')).toMatchObject({ lang: 'en', columns: ['ru', 'uk', 'en'] });
});

test.each([
  ['?compare=en,en,ru', '/ua/story?compare=en,ru'],
  ['?compare=de,en', '/ua/story?compare=en'],
  ['?compare=ua,en', '/ua/story?compare=en'],
  ['?compare=uk', '/en/story?compare=ua'],
  ['?compare=', '/ua/story'],
  ['?compare=%3Cscript%3E', '/ua/story'],
  ['?compare=en,ru,ua', '/en/story?compare=ru,ua'],
  ['?compare=EN', '/ua/story?compare=en'],
  ['?compare=en,ua,en', '/ua/story?compare=en,ua'],
  ['?utm_source=x', '/ua/story'],
])('a messy %s is corrected to %s', (search, to) => {
  const path = to.startsWith('/en/') ? '/en/story' : '/ua/story';
  expect(parseLocation(path, search, '#p1')).toEqual({ name: 'redirect', to: `${to}#p1` });
});

test('parseCompare puts the path language first unless the list places it, and writes the short form when it is first', () => {
  expect(parseCompare('ru,en', 'uk')).toEqual({ columns: ['uk', 'ru', 'en'], canonical: '?compare=ru,en' });
  expect(parseCompare('ru,en,ua', 'uk')).toEqual({ columns: ['ru', 'en', 'uk'], canonical: '?compare=ru,en,ua' });
  expect(parseCompare('ua,ru', 'uk')).toEqual({ columns: ['uk', 'ru'], canonical: '?compare=ru' });
  expect(parseCompare('ua', 'uk')).toEqual({ columns: ['uk'], canonical: '' });
  expect(parseCompare(null, 'en')).toEqual({ columns: ['en'], canonical: '' });
});

test('a parallel-view link is built with URL words', () => {
  expect(articlePath('uk', 'story', 'p1', ['en', 'ru'])).toBe('/ua/story?compare=en,ru#p1');
  expect(articlePath('en', 'story', null, ['uk'])).toBe('/en/story?compare=ua');
  // Columns that place the path's language: the order in full, the interface still English.
  expect(articlePath('en', 'story', null, ['uk', 'en'])).toBe('/en/story?compare=ua,en');
  expect(articlePath('en', 'story', null, ['en', 'uk'])).toBe('/en/story?compare=ua');
  expect(articlePath('en', 'story', null, ['en'])).toBe('/en/story');
});

test.each([
  ['//en/story', '/en/story'],
  ['/en//story', '/en/story'],
  ['//en//story//', '/en/story'],
  ['/en/st%6Fry', '/en/story'],
  ['/en/kyiv-f%75nicular-at-120', '/en/kyiv-funicular-at-120'],
  ['/%65n/story', '/en/story'],
  ['/en/story/index.html', '/en/story'],
  ['/en/index.html', '/en/'],
  ['/ru//', '/ru/'],
  ['/en/./story', '/en/story'],
  ['/en/other/../story', '/en/story'],
  ['/en/other%2F..%2Fstory', '/en/story'],
  ['//', '/'],
])('the non-canonical spelling %s redirects to %s, as the server does', (path, to) => {
  expect(parseLocation(path, '?compare=ru', '#p1')).toEqual({ name: 'redirect', to: `${to}?compare=ru#p1` });
});

test.each([
  ['/en/St%6Fry', 'en'],
  ['/en/story/index.htm', 'en'],
  ['/en/index.html/', 'en'],
  ['/en/story/index.html/x', 'en'],
  ['/en/%E0%A4%A', 'en'],
  ['/en/..%2F..%2Fstory', 'en'],
  ['//EN/story', null],
])('the spelling %s names no page, here or on the server', (path, lang) => {
  expect(parseLocation(path)).toEqual({ name: 'not-found', lang });
});

test('a canonical path is read as it is, and no redirect ever leaves the site', () => {
  expect(parseLocation('/en/kyiv-funicular-at-120')).toMatchObject({ name: 'article', slug: 'kyiv-funicular-at-120' });
  expect(parseLocation('/ua/')).toEqual({ name: 'library', lang: 'uk' });
  for (const path of ['//evil.example/', '///evil.example', '/%2F%2Fevil.example', '/uk//evil.example', '/en/..//x']) {
    const route = parseLocation(path);
    if (route.name === 'redirect') expect(route.to).toMatch(/^\/(?!\/)/);
  }
});

test('the search page reads its query and scope from the URL, as text', () => {
  expect(parseLocation('/en/search')).toEqual({ name: 'search', lang: 'en', query: '', allLanguages: false });
  expect(parseLocation('/ua/search', '?q=%D1%80%D1%96%D1%87%D0%BA%D0%B0&in=all')).toEqual({
    name: 'search',
    lang: 'uk',
    query: 'річка',
    allLanguages: true,
  });
  const hostile = '"><img src=x onerror=alert(1)>';
  expect(parseLocation('/ru/search', `?q=${encodeURIComponent(hostile)}&in=page`)).toMatchObject({
    query: hostile,
    allLanguages: false,
  });
  expect(parseLocation('/en/search', `?q=${'a'.repeat(500)}`)).toMatchObject({ query: 'a'.repeat(MAX_QUERY_LENGTH) });
  expect(parseLocation('/en/search/')).toEqual({ name: 'redirect', to: '/en/search' });
});

test('search links are built with the URL word and parse back to what they name', () => {
  expect(searchPath('uk')).toBe('/ua/search');
  expect(searchPath('en', 'night trains', true)).toBe('/en/search?q=night+trains&in=all');
  const url = searchPath('ru', 'поезд & «билет»');
  const [path = '', search = ''] = url.split('?');
  expect(parseLocation(path, `?${search}`)).toMatchObject({ name: 'search', lang: 'ru', query: 'поезд & «билет»' });
});
