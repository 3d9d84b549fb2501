/**
 * The sitemap, as a sitemap index (`sitemap.xml`) over files of at most
 * SITEMAP_ARTICLES articles each (`sitemaps/1.xml`, …), in slug order. No
 * file grows with the archive: the protocol allows 50,000 URLs and 50 MB per
 * file, and one file of every language of every article would pass that at
 * about 17,000 articles. The first file also lists the library in each
 * language; the search pages are in none.
 */
import { LANGS, urlWordOf, type Lang } from '../src/i18n/languages.ts';
import type { ArticleSummary } from '../src/articles/library-index.ts';

/** Up to 15,000 URLs (three languages each) and about 7 MB per file; TRIPTYCH_SITEMAP_ARTICLES sets another. */
export const SITEMAP_ARTICLES = Number(process.env.TRIPTYCH_SITEMAP_ARTICLES) || 5000;

const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const sitemapPath = (n: number): string => `sitemaps/${n}.xml`;

/** Every file of the sitemap by its path in the build: the index and its parts. */
export function sitemapFiles(
  origin: string,
  summaries: Iterable<Pick<ArticleSummary, 'slug' | 'languages'>>,
  perFile = SITEMAP_ARTICLES,
): Map<string, string> {
  let part: string[] = [];
  const parts = [part];
  const entry = (lines: string[], path: (word: string) => string, languages: readonly Lang[]) => {
    for (const lang of languages) {
      const alternates = languages
        .map((other) => `<xhtml:link rel="alternate" hreflang="${other}" href="${origin}${path(urlWordOf(other))}"/>`)
        .join('');
      lines.push(`<url><loc>${origin}${path(urlWordOf(lang))}</loc>${alternates}</url>`);
    }
  };
  entry(part, (word) => `/${word}/`, LANGS);
  let inPart = 0;
  for (const { slug, languages } of summaries) {
    if (inPart === perFile) {
      part = [];
      parts.push(part);
      inPart = 0;
    }
    inPart += 1;
    entry(
      part,
      (word) => `/${word}/${slug}`,
      LANGS.filter((lang) => languages.includes(lang)),
    );
  }
  const files = new Map<string, string>();
  files.set(
    'sitemap.xml',
    `${XML}\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts
      .map((_, i) => `<sitemap><loc>${origin}/${sitemapPath(i + 1)}</loc></sitemap>`)
      .join('\n')}\n</sitemapindex>\n`,
  );
  parts.forEach((lines, i) =>
    files.set(
      sitemapPath(i + 1),
      `${XML}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${lines.join('\n')}\n</urlset>\n`,
    ),
  );
  return files;
}
