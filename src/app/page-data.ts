/**
 * The data a pre-rendered page was rendered from, embedded in it so the app
 * can hydrate without fetching it again. Written by the pre-renderer, which
 * checks it with the full schema first (page-data-check.ts); the browser
 * checks only its envelope (docs/decisions/005-trusting-embedded-page-data.md).
 */
import type { ArticleSummary, IndexPage } from '../articles/library-index';
import { primeBundle, primeIndexPage, primeSummary } from '../articles/loader';
import type { Bundle } from '../articles/schema';
import { LANGS, type Lang } from '../i18n/languages';

// App ids begin with an underscore, which no segment id may (src/articles/schema.ts): content cannot take an app id.
export const PAGE_DATA_ID = '_page-data';

export interface PageData {
  /** The URL the page was rendered for. */
  path: string;
  lang: Lang;
  article?: { slug: string; summary: ArticleSummary; bundle: Bundle };
  indexPage?: IndexPage;
}

/** JSON that can sit inside <script type="application/json">: no "</script>", no "<!--". */
export function serializePageData(data: PageData): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Embedded data as the pre-renderer wrote it, or null if this is not that
 * (then the app fetches, and checks, what it needs). Its content was checked
 * when it was written, in the same build as this code.
 */
export function readPageData(raw: unknown): PageData | null {
  if (!isRecord(raw) || typeof raw.path !== 'string' || !LANGS.some((lang) => lang === raw.lang)) return null;
  const { article, indexPage } = raw;
  if (article !== undefined) {
    if (!isRecord(article) || typeof article.slug !== 'string') return null;
    if (!isRecord(article.summary) || !isRecord(article.bundle) || article.bundle.lang !== raw.lang) return null;
  }
  if (indexPage !== undefined && !(isRecord(indexPage) && Array.isArray(indexPage.articles))) return null;
  return raw as unknown as PageData;
}

/** Seeds the loader with the page's data, so the first render shows it without fetching. */
export function primePageData(data: PageData): void {
  if (data.article) {
    const { slug, summary, bundle } = data.article;
    primeSummary(slug, summary);
    primeBundle(slug, data.lang, { kind: 'ok', bundle });
  }
  if (data.indexPage) primeIndexPage(data.indexPage);
}
