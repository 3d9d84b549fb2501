/**
 * The articles kept for reading offline: which, in what languages, under
 * which titles (so the library can list them with no network), and when.
 * The copies themselves live in the browser's Cache Storage
 * (src/articles/offline-cache.ts); this is the record that decides them.
 */
import { isLang, type Lang } from '../i18n/languages';
import { isRecord } from './positions';

/**
 * Unsaved articles kept at most (each is its pages and data in up to three
 * languages, some 50–300 KB); saved ones are kept until the reader removes them.
 */
export const MAX_UNSAVED_ARTICLES = 30;

export interface KeptArticle {
  languages: Lang[];
  titles: Partial<Record<Lang, string>>;
  /** When the reader last opened it: the least recent unsaved ones go first. */
  openedAt: number;
  /** When its copies were last fetched, for "saved on" and for refreshing. */
  keptAt: number;
  /** When the reader saved it on purpose; null when it is kept only because it was opened. */
  savedAt: number | null;
}

/** Kept articles by slug; made by `keptFrom`, with no prototype (a slug is content). */
export type Kept = Record<string, KeptArticle>;

export function keptFrom(entries: Iterable<readonly [string, KeptArticle]> = []): Kept {
  const kept: Kept = Object.create(null);
  for (const [slug, article] of entries) kept[slug] = article;
  return kept;
}

const time = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;

/** A stored record as we trust it, or null when it does not fit. */
export function readKeptArticle(raw: unknown): KeptArticle | null {
  if (!isRecord(raw) || !Array.isArray(raw.languages)) return null;
  const languages = [...new Set(raw.languages.filter(isLang))];
  const openedAt = time(raw.openedAt);
  const keptAt = time(raw.keptAt);
  if (languages.length === 0 || openedAt === null || keptAt === null) return null;
  const titles: Partial<Record<Lang, string>> = {};
  if (isRecord(raw.titles)) {
    for (const lang of languages) {
      const title = raw.titles[lang];
      if (typeof title === 'string' && title.length <= 300) titles[lang] = title;
    }
  }
  return { languages, titles, openedAt, keptAt, savedAt: time(raw.savedAt) };
}

export function readKept(raw: unknown): Kept {
  const kept = keptFrom();
  if (!isRecord(raw)) return kept;
  for (const [slug, value] of Object.entries(raw)) {
    const article = readKeptArticle(value);
    if (article) kept[slug] = article;
  }
  return kept;
}

/** Saved articles, and the `limit` most recently opened unsaved ones; the rest are let go. */
export function keepWithin(kept: Kept, limit: number): Kept {
  const unsaved = Object.entries(kept)
    .filter(([, article]) => article.savedAt === null)
    .sort(([, a], [, b]) => b.openedAt - a.openedAt);
  if (unsaved.length <= limit) return kept;
  const dropped = new Set(unsaved.slice(limit).map(([slug]) => slug));
  return keptFrom(Object.entries(kept).filter(([slug]) => !dropped.has(slug)));
}
