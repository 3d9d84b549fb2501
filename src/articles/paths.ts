/**
 * Where article data lives on the server. The build writes the generated
 * files to these paths and the app fetches them from there, so both import
 * this module.
 */
import type { Lang } from '../i18n/languages.ts';

export const ARTICLES_ROOT = '/articles';

/** Where the bundle of one article in one language is fetched from. */
export function bundleUrl(slug: string, lang: Lang): string {
  return `${ARTICLES_ROOT}/${slug}/${lang}.json`;
}

/** The article's generated summary: its languages and their titles. */
export function summaryUrl(slug: string): string {
  return `${ARTICLES_ROOT}/${slug}/index.json`;
}

/** One page of the generated library index, newest first; pages count from 1. */
export function indexPageUrl(page: number): string {
  return `${ARTICLES_ROOT}/index/page-${page}.json`;
}
