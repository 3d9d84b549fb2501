import { expect, test } from 'vitest';
import { SITEMAP_ARTICLES, sitemapFiles } from '../../scripts/sitemap';
import type { Lang } from '../../src/i18n/languages';

const ORIGIN = 'https://news.example.org';
const library = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    slug: `article-${String(i).padStart(3, '0')}`,
    languages: (i % 2 === 0 ? ['uk', 'en', 'ru'] : ['en']) as Lang[],
  }));
const urls = (xml: string | undefined) => [...(xml ?? '').matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

test('sitemap.xml is an index of files that each hold at most the set number of articles', () => {
  const files = sitemapFiles(ORIGIN, library(25), 10);
  expect([...files.keys()]).toEqual(['sitemap.xml', 'sitemaps/1.xml', 'sitemaps/2.xml', 'sitemaps/3.xml']);
  const index = files.get('sitemap.xml') ?? '';
  expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  expect([...index.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((m) => m[1])).toEqual([
    `${ORIGIN}/sitemaps/1.xml`,
    `${ORIGIN}/sitemaps/2.xml`,
    `${ORIGIN}/sitemaps/3.xml`,
  ]);
  // The first file starts with the library in each language, then articles 0–9.
  const first = urls(files.get('sitemaps/1.xml'));
  expect(first.slice(0, 3)).toEqual([`${ORIGIN}/ua/`, `${ORIGIN}/en/`, `${ORIGIN}/ru/`]);
  expect(first).toHaveLength(3 + 5 * 3 + 5);
  expect(first).not.toContain(`${ORIGIN}/en/article-010`);
  // The last: articles 20–24, each in each of its languages, by the URL word.
  expect(urls(files.get('sitemaps/3.xml'))).toEqual([
    `${ORIGIN}/ua/article-020`,
    `${ORIGIN}/en/article-020`,
    `${ORIGIN}/ru/article-020`,
    `${ORIGIN}/en/article-021`,
    `${ORIGIN}/ua/article-022`,
    `${ORIGIN}/en/article-022`,
    `${ORIGIN}/ru/article-022`,
    `${ORIGIN}/en/article-023`,
    `${ORIGIN}/ua/article-024`,
    `${ORIGIN}/en/article-024`,
    `${ORIGIN}/ru/article-024`,
  ]);
});

test('each URL names its alternates with the language code, not the URL word', () => {
  const xml = sitemapFiles(ORIGIN, library(1)).get('sitemaps/1.xml') ?? '';
  expect(xml).toContain(
    `<url><loc>${ORIGIN}/ru/article-000</loc><xhtml:link rel="alternate" hreflang="uk" href="${ORIGIN}/ua/article-000"/>`,
  );
  expect(xml).not.toContain('hreflang="ua"');
});

test('no file passes the protocol’s 50,000 URLs or 50 MB, however large the archive', () => {
  const files = sitemapFiles(ORIGIN, library(3 * SITEMAP_ARTICLES + 1));
  expect(files.size).toBe(1 + 4);
  for (const [path, xml] of files) {
    expect(urls(xml).length, path).toBeLessThanOrEqual(50_000);
    expect(Buffer.byteLength(xml), path).toBeLessThan(50 * 1024 * 1024);
  }
});
