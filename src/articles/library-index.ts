/**
 * The library index: generated from the bundles at build time (and on
 * request in dev), never written by hand. It is split into pages, newest
 * first, so the first screen of a library of any size loads one small file;
 * each article also gets a summary of its own for views that need one
 * article's languages without the index.
 */
import * as v from 'valibot';
import { LANGS, type Lang } from '../i18n/languages.ts';
import { readingMinutes } from './reading-time.ts';
import type { Bundle } from './schema.ts';

export const INDEX_PAGE_SIZE = 20;

const versionSchema = v.object({
  title: v.string(),
  lead: v.optional(v.string()),
  published: v.string(),
  minutes: v.number(),
});

export const summarySchema = v.object({
  slug: v.string(),
  languages: v.array(v.picklist(LANGS)),
  versions: v.partial(v.object({ uk: versionSchema, en: versionSchema, ru: versionSchema })),
});

export const indexPageSchema = v.object({
  page: v.number(),
  pageCount: v.number(),
  total: v.number(),
  articles: v.array(summarySchema),
});

export type ArticleVersion = v.InferOutput<typeof versionSchema>;
export type ArticleSummary = v.InferOutput<typeof summarySchema>;
export type IndexPage = v.InferOutput<typeof indexPageSchema>;

export interface SourceArticle {
  slug: string;
  bundles: readonly Bundle[];
}

export function summarize({ slug, bundles }: SourceArticle): ArticleSummary {
  const versions: ArticleSummary['versions'] = {};
  for (const bundle of bundles) {
    versions[bundle.lang] = {
      title: bundle.title,
      ...(bundle.lead === undefined ? {} : { lead: bundle.lead }),
      published: bundle.published,
      minutes: readingMinutes(bundle),
    };
  }
  const languages = LANGS.filter((lang: Lang) => versions[lang] !== undefined);
  return { slug, languages, versions };
}

/**
 * When the article's newest version was published, as an instant: the dates
 * carry offsets, so `2025-07-25T01:00+03:00` is earlier than
 * `2025-07-24T23:00Z` although it sorts after it as a string. A date
 * without a time counts as its midnight UTC.
 */
function newestInstant(summary: ArticleSummary): number {
  let newest = Number.NEGATIVE_INFINITY;
  for (const version of Object.values(summary.versions)) {
    const instant = Date.parse(version.published);
    if (instant > newest) newest = instant;
  }
  return newest;
}

/** Pages of the library from article summaries (see `summarize`), newest first. */
export function buildLibraryIndex(
  all: readonly ArticleSummary[],
  pageSize = INDEX_PAGE_SIZE,
): { summaries: ArticleSummary[]; pages: IndexPage[] } {
  const newest = new Map(all.map((summary) => [summary, newestInstant(summary)]));
  const when = (summary: ArticleSummary) => newest.get(summary) ?? Number.NEGATIVE_INFINITY;
  const summaries = all
    .filter((summary) => summary.languages.length > 0)
    .sort((a, b) => when(b) - when(a) || a.slug.localeCompare(b.slug));
  const pageCount = Math.max(1, Math.ceil(summaries.length / pageSize));
  const pages = Array.from({ length: pageCount }, (_, i) => ({
    page: i + 1,
    pageCount,
    total: summaries.length,
    articles: summaries.slice(i * pageSize, (i + 1) * pageSize),
  }));
  return { summaries, pages };
}
