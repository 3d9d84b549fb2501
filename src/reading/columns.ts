/**
 * What each parallel-view control does to the columns, as pure functions
 * from one column list to the next, in order. The URL's path keeps the
 * interface language; `?compare=` says the order (routing/links.ts).
 */
import { fallbackLang, LANGS, type Lang } from '../i18n/languages';
import { MAX_COMPARE } from '../routing/links';

export type Columns = readonly Lang[];

export function addColumn(columns: Columns, lang: Lang): Lang[] {
  return columns.includes(lang) || columns.length > MAX_COMPARE ? [...columns] : [...columns, lang];
}

export function removeColumn(columns: Columns, lang: Lang): Lang[] {
  return columns.length > 1 ? columns.filter((column) => column !== lang) : [...columns];
}

/** Puts the column first and keeps the others in their order. */
export function moveColumnFirst(columns: Columns, lang: Lang): Lang[] {
  return columns.includes(lang) ? [lang, ...columns.filter((column) => column !== lang)] : [...columns];
}

/**
 * Changes the first column's language: a language already shown swaps
 * places with the first; any other replaces it. The number of columns stays.
 */
export function setFirst(columns: Columns, lang: Lang): Lang[] {
  const [first, ...rest] = columns;
  if (first === undefined) return [lang];
  return [lang, ...rest.map((column) => (column === lang ? first : column))];
}

/** The language before or after the first column's in menu order, skipping ones the article lacks. */
export function cycleFirst(columns: Columns, available: readonly Lang[], step: 1 | -1): Lang[] {
  const current = columns[0];
  const order = LANGS.filter((lang) => available.includes(lang));
  if (current === undefined || order.length === 0) return [...columns];
  const index = order.indexOf(current);
  const next = order[(index + step + order.length) % order.length] ?? current;
  return setFirst(columns, next);
}

/**
 * The `c` key: from the parallel view to the first column alone, or from one
 * language to it beside the reader's likeliest other; null when the article
 * has no other language.
 */
export function toggleParallel(columns: Columns, available: readonly Lang[]): Lang[] | null {
  const [first] = columns;
  if (first === undefined) return null;
  if (columns.length > 1) return [first];
  const other = fallbackLang(
    first,
    available.filter((lang) => lang !== first),
  );
  return other ? [first, other] : null;
}
