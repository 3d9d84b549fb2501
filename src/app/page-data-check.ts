/**
 * The full check of the data a page is rendered from, run by the pre-renderer
 * before it renders the page and names the data's version in it: the same
 * schemas the loader applies to fetched data, so the versions agree.
 * Server-side only, so the schema library stays out of pages' initial JS.
 */
import * as v from 'valibot';
import { indexPageSchema, summarySchema } from '../articles/library-index';
import { validateBundle } from '../articles/schema';
import { LANGS } from '../i18n/languages';
import type { PageSource } from './page-data';

const pageDataSchema = v.object({
  path: v.string(),
  lang: v.picklist(LANGS),
  article: v.optional(v.object({ slug: v.string(), summary: summarySchema, bundle: v.unknown() })),
  indexPage: v.optional(indexPageSchema),
});

/** The data with its bundle checked, or null if any part fails. */
export function checkPageData(raw: unknown): PageSource | null {
  const result = v.safeParse(pageDataSchema, raw);
  if (!result.success) return null;
  const { article, ...rest } = result.output;
  if (!article) return rest;
  const checked = validateBundle(article.bundle, { slug: article.slug, lang: rest.lang });
  return checked.ok ? { ...rest, article: { ...article, bundle: checked.bundle } } : null;
}
