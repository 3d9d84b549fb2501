/**
 * Every link the reader makes or follows is built and parsed here, so the
 * URL contract (see README) lives in one pure module.
 */
import { type Lang, langOfUrlWord, urlWordOf } from '../i18n/languages.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SEGMENT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function isSlug(value: string): boolean {
  return value.length <= 200 && SLUG.test(value);
}

export function isSegmentId(value: string): boolean {
  return SEGMENT_ID.test(value);
}

export type Route =
  | { name: 'root' }
  | { name: 'library'; lang: Lang }
  | { name: 'article'; lang: Lang; slug: string; segmentId: string | null; compare: Lang[] }
  | { name: 'redirect'; to: string }
  | { name: 'not-found'; lang: Lang | null };

/** The language a route shows its page in, if it names one. */
export function langOfRoute(route: Route): Lang | null {
  return 'lang' in route && route.lang ? route.lang : null;
}

/** Reads a location into what it shows. Never throws, whatever the input. */
export function parseLocation(pathname: string, search = '', hash = ''): Route {
  if (pathname === '/' || pathname === '') return { name: 'root' };

  const parts = pathname.split('/').slice(1);
  const [word = '', slug, ...rest] = parts;

  // `/uk/…` is the language code where the URL word belongs: send it home.
  if (word === 'uk') {
    return { name: 'redirect', to: `/ua/${parts.slice(1).join('/')}${search}${hash}` };
  }

  const lang = langOfUrlWord(word);
  if (lang === null) return { name: 'not-found', lang: null };
  if (slug === undefined) return { name: 'redirect', to: `/${word}/${search}${hash}` };
  if (slug === '' && rest.length === 0) return { name: 'library', lang };

  const trailingSlashOnly = rest.length === 1 && rest[0] === '';
  if ((rest.length > 0 && !trailingSlashOnly) || !isSlug(slug)) {
    return { name: 'not-found', lang };
  }
  if (trailingSlashOnly) return { name: 'redirect', to: `/${word}/${slug}${search}${hash}` };

  const compare = parseCompare(new URLSearchParams(search).get('compare'), lang);
  if (compare.canonical !== search) {
    return { name: 'redirect', to: `/${word}/${slug}${compare.canonical}${hash}` };
  }
  return { name: 'article', lang, slug, segmentId: segmentIdOfHash(hash), compare: compare.langs };
}

/** At most this many languages beside the path's: three columns in all. */
export const MAX_COMPARE = 2;

/**
 * Reads `?compare=en,ru`: the languages shown beside the path's, in order.
 * Unknown words, repeats and the path's own language are dropped; `canonical`
 * is the query string that says the same thing cleanly (`''` for none), so
 * a messy link can be corrected in place.
 */
export function parseCompare(raw: string | null, pathLang: Lang): { langs: Lang[]; canonical: string } {
  const langs: Lang[] = [];
  for (const word of (raw ?? '').split(',')) {
    const lang = word === 'uk' ? 'uk' : langOfUrlWord(word.trim().toLowerCase());
    if (lang && lang !== pathLang && !langs.includes(lang) && langs.length < MAX_COMPARE) langs.push(lang);
  }
  return { langs, canonical: compareQuery(langs) };
}

function compareQuery(langs: readonly Lang[]): string {
  return langs.length ? `?compare=${langs.map(urlWordOf).join(',')}` : '';
}

/** The segment a `#fragment` names, or null for an empty or malformed one. */
export function segmentIdOfHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  return isSegmentId(raw) ? raw : null;
}

export function libraryPath(lang: Lang): string {
  return `/${urlWordOf(lang)}/`;
}

/** An article, optionally in the parallel view with `compare` beside it, optionally at a segment. */
export function articlePath(
  lang: Lang,
  slug: string,
  segmentId?: string | null,
  compare: readonly Lang[] = [],
): string {
  const hash = segmentId ? `#${segmentId}` : '';
  return `/${urlWordOf(lang)}/${slug}${compareQuery(compare)}${hash}`;
}
