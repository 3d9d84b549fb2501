import { expect, test } from 'vitest';
import { headTags, versionPaths } from '../../src/sharing/head-tags';

const ORIGIN = 'https://triptych.example';
const tagsOf = (html: string) => html.split('\n').map((line) => line.trim());

test('an article in three languages links all three and x-default, with the other locales', () => {
  const tags = tagsOf(
    headTags({
      origin: ORIGIN,
      lang: 'en',
      title: 'Title',
      description: 'Lead',
      kind: 'article',
      versions: versionPaths(['uk', 'en', 'ru'], (word) => `/${word}/story`),
    }),
  );
  expect(tags).toEqual([
    '<title>Title · Triptych</title>',
    '<meta name="description" content="Lead" />',
    '<link rel="canonical" href="https://triptych.example/en/story" />',
    '<link rel="alternate" hreflang="uk" href="https://triptych.example/ua/story" />',
    '<link rel="alternate" hreflang="en" href="https://triptych.example/en/story" />',
    '<link rel="alternate" hreflang="ru" href="https://triptych.example/ru/story" />',
    '<link rel="alternate" hreflang="x-default" href="https://triptych.example/ua/story" />',
    '<meta property="og:type" content="article" />',
    '<meta property="og:title" content="Title" />',
    '<meta property="og:description" content="Lead" />',
    '<meta property="og:url" content="https://triptych.example/en/story" />',
    '<meta property="og:site_name" content="Triptych" />',
    '<meta property="og:locale" content="en_US" />',
    '<meta property="og:locale:alternate" content="uk_UA" />',
    '<meta property="og:locale:alternate" content="ru_RU" />',
    '<meta name="twitter:card" content="summary" />',
    '<meta name="twitter:title" content="Title" />',
    '<meta name="twitter:description" content="Lead" />',
  ]);
});

test('an article in two languages links only those two', () => {
  const tags = headTags({
    origin: ORIGIN,
    lang: 'uk',
    title: 'Назва',
    description: 'Вступ',
    kind: 'article',
    versions: versionPaths(['uk', 'en'], (word) => `/${word}/story`),
  });
  expect(tags).toContain('hreflang="en"');
  expect(tags).not.toContain('hreflang="ru"');
  expect(tags).toContain('<meta property="og:locale" content="uk_UA" />');
  expect(tags).toContain('<meta property="og:locale:alternate" content="en_US" />');
  expect(tags).not.toContain('ru_RU');
});

test('an article in one language has no alternate locales, and x-default points at itself', () => {
  const tags = headTags({
    origin: ORIGIN,
    lang: 'ru',
    title: 'Заголовок',
    description: 'Вступление',
    kind: 'article',
    versions: versionPaths(['ru'], (word) => `/${word}/story`),
  });
  expect(tags).toContain('<link rel="alternate" hreflang="ru" href="https://triptych.example/ru/story" />');
  expect(tags).toContain('<link rel="alternate" hreflang="x-default" href="https://triptych.example/ru/story" />');
  expect(tags).not.toContain('og:locale:alternate');
});

test('an image becomes og:image with an absolute URL and a large card', () => {
  const tags = headTags({
    origin: ORIGIN,
    lang: 'en',
    title: 'T',
    description: 'D',
    kind: 'article',
    versions: { en: '/en/story' },
    image: { src: '/articles/story/photo.jpg', alt: 'A photo' },
  });
  expect(tags).toContain('<meta property="og:image" content="https://triptych.example/articles/story/photo.jpg" />');
  expect(tags).toContain('<meta name="twitter:card" content="summary_large_image" />');
});

test('text from content is escaped in every tag', () => {
  const tags = headTags({
    origin: ORIGIN,
    lang: 'en',
    title: '</title><script>alert(1)</script>',
    description: '"><img src=x onerror=alert(2)>',
    kind: 'article',
    versions: { en: '/en/story' },
  });
  expect(tags).not.toContain('<script>');
  expect(tags).not.toContain('<img');
  expect(tags).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(tags).toContain('content="&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"');
});
