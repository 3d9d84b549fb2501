/**
 * What a pre-rendered page says about the data it was rendered from: which
 * article or index page, and which version of it, not the data itself (the
 * text is already in the page once, as HTML). Before hydrating, the app
 * fetches that data through the loader, which checks it and keeps it for a
 * language switch, and hydrates only if it is the version the page was
 * rendered from (docs/decisions/020-page-data-names-its-data.md).
 */
import type { ArticleSummary, IndexPage } from '../articles/library-index';
import { loadArticle, loadIndexPage } from '../articles/loader';
import type { Bundle } from '../articles/schema';
import { LANGS, type Lang } from '../i18n/languages';

// App ids begin with an underscore, which no segment id may (src/articles/schema.ts): content cannot take an app id.
export const PAGE_DATA_ID = '_page-data';

/** The data a page is rendered from, in full: the pre-renderer's side. */
export interface PageSource {
  /** The URL the page is rendered for. */
  path: string;
  lang: Lang;
  article?: { slug: string; summary: ArticleSummary; bundle: Bundle };
  indexPage?: IndexPage;
}

/** What the page carries: the URL, and each piece of data it shows by name and version. */
export interface PageData {
  path: string;
  lang: Lang;
  /** The article's summary and its bundle in `lang`. */
  article?: { slug: string; version: string };
  /** The library's index page. */
  indexPage?: { page: number; version: string };
}

/**
 * A short fingerprint of checked data (FNV-1a over its JSON). The pre-renderer
 * and the loader both hold the schema's output, so the same file gives the same
 * fingerprint on both sides. It tells an edited article from the one a page
 * was rendered from; it is no defence against anyone, and need not be.
 */
export function dataVersion(data: unknown): string {
  const text = JSON.stringify(data);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** The page data for a page rendered from `source`, which must be checked already (page-data-check.ts). */
export function pageDataOf(source: PageSource): PageData {
  const { path, lang, article, indexPage } = source;
  return {
    path,
    lang,
    ...(article ? { article: { slug: article.slug, version: dataVersion([article.summary, article.bundle]) } } : {}),
    ...(indexPage ? { indexPage: { page: indexPage.page, version: dataVersion(indexPage) } } : {}),
  };
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
const isSlug = (value: unknown) => typeof value === 'string' && /^[a-z0-9-]+$/.test(value);

/**
 * The page data, checked field by field, or null if it is not what the
 * pre-renderer writes (then the app renders afresh and fetches what it needs).
 * The data it names is fetched and checked in full by the loader.
 */
export function readPageData(raw: unknown): PageData | null {
  if (!isRecord(raw) || typeof raw.path !== 'string' || !LANGS.some((lang) => lang === raw.lang)) return null;
  const { article, indexPage } = raw;
  if (article !== undefined && !(isRecord(article) && isSlug(article.slug) && typeof article.version === 'string')) {
    return null;
  }
  if (
    indexPage !== undefined &&
    !(isRecord(indexPage) && Number.isInteger(indexPage.page) && typeof indexPage.version === 'string')
  ) {
    return null;
  }
  // Every field the type names has been checked above.
  return raw as unknown as PageData;
}

/**
 * Whether the data the page names came: the same version (`same`: hydrate),
 * an edited one (`changed`: render afresh, with the current text), or not at
 * all (`failed`: offline, a server error, the article gone or broken).
 */
export type PageDataLoad = 'same' | 'changed' | 'failed';

/** Fetches the data the page names through the loader, which keeps it for the first render and for a switch. */
export async function loadPageData(data: PageData): Promise<PageDataLoad> {
  try {
    let same = true;
    if (data.article) {
      const { summary, bundles } = await loadArticle(data.article.slug, [data.lang]);
      const load = bundles[0];
      if (!summary || load?.kind !== 'ok') return 'failed';
      same = dataVersion([summary, load.bundle]) === data.article.version;
    }
    if (data.indexPage) {
      same &&= dataVersion(await loadIndexPage(data.indexPage.page)) === data.indexPage.version;
    }
    return same ? 'same' : 'changed';
  } catch {
    return 'failed';
  }
}
