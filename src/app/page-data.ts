/**
 * The data a pre-rendered page was rendered from, embedded in it so the app
 * can hydrate without fetching it again. Written by the pre-renderer, read
 * (and checked like any fetched data) by the browser.
 */
import * as v from 'valibot';
import { indexPageSchema, summarySchema, type ArticleSummary, type IndexPage } from '../articles/library-index';
import { primeBundle, primeIndexPage, primeSummary } from '../articles/loader';
import { validateBundle } from '../articles/schema';
import { LANGS, type Lang } from '../i18n/languages';

export const PAGE_DATA_ID = 'page-data';

export interface PageData {
  /** The URL the page was rendered for. */
  path: string;
  lang: Lang;
  article?: { slug: string; summary: ArticleSummary; bundle: unknown };
  indexPage?: IndexPage;
}

const pageDataSchema = v.object({
  path: v.string(),
  lang: v.picklist(LANGS),
  article: v.optional(v.object({ slug: v.string(), summary: summarySchema, bundle: v.unknown() })),
  indexPage: v.optional(indexPageSchema),
});

/** JSON that can sit inside <script type="application/json">: no "</script>", no "<!--". */
export function serializePageData(data: PageData): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Checks embedded data and seeds the loader with it; returns the path it was rendered for, or null. */
export function primePageData(raw: unknown): PageData | null {
  const result = v.safeParse(pageDataSchema, raw);
  if (!result.success) return null;
  const data = result.output;
  if (data.article) {
    const { slug, summary, bundle } = data.article;
    const checked = validateBundle(bundle, { slug, lang: data.lang });
    if (!checked.ok) return null;
    primeSummary(slug, summary);
    primeBundle(slug, data.lang, { kind: 'ok', bundle: checked.bundle });
  }
  if (data.indexPage) primeIndexPage(data.indexPage);
  return data;
}
