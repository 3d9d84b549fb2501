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

function newestDate(summary: ArticleSummary): string {
  return Object.values(summary.versions).reduce(
    (max, version) => (version.published > max ? version.published : max),
    '',
  );
}

/** Pages of the library from article summaries (see `summarize`), newest first. */
export function buildLibraryIndex(
  all: readonly ArticleSummary[],
  pageSize = INDEX_PAGE_SIZE,
): { summaries: ArticleSummary[]; pages: IndexPage[] } {
  const summaries = all
    .filter((summary) => summary.languages.length > 0)
    .sort((a, b) => newestDate(b).localeCompare(newestDate(a)) || a.slug.localeCompare(b.slug));
  const pageCount = Math.max(1, Math.ceil(summaries.length / pageSize));
  const pages = Array.from({ length: pageCount }, (_, i) => ({
    page: i + 1,
    pageCount,
    total: summaries.length,
    articles: summaries.slice(i * pageSize, (i + 1) * pageSize),
  }));
  return { summaries, pages };
}
