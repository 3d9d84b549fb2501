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
  | {
      name: 'article';
      lang: Lang;
      slug: string;
      segmentId: string | null;
      /** The languages shown beside the path's, in the order of `columns`. */
      compare: Lang[];
      /** Every column in order: the path's language alone, or the parallel view's two or three. */
      columns: Lang[];
    }
  | { name: 'search'; lang: Lang; query: string; allLanguages: boolean }
  | { name: 'redirect'; to: string }
  | { name: 'not-found'; lang: Lang | null };

/** The language a route shows its page in, if it names one. */
export function langOfRoute(route: Route): Lang | null {
  return 'lang' in route && route.lang ? route.lang : null;
}

/**
 * A path as a web server reads it: percent-escapes decoded, runs of slashes
 * merged, `.` and `..` resolved. Null when it cannot be read (a broken
 * escape, `..` above the root), which a server answers with 400.
 */
function normalizePath(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const parts: string[] = [];
  for (const part of decoded.split('/').slice(1)) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.pop() === undefined) return null;
    } else parts.push(part);
  }
  const folder = parts.length > 0 && /\/\.{0,2}$/.test(decoded);
  return `/${parts.join('/')}${folder ? '/' : ''}`;
}

// The same two patterns as the $triptych_canonical map in deploy/nginx.conf.
const LIBRARY_PATH = /^\/(ua|en|ru)(?:\/index\.html|\/)?$/;
const ARTICLE_PATH = /^\/(ua|en|ru)\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/index\.html|\/)?$/;

/**
 * The one spelling of the page a path names, when a server would serve that
 * page for it: `//en/story`, `/en//story`, `/en/st%6Fry`, `/en/story/`,
 * `/en/story/index.html` and `/en` all name a page whose URL is `/en/story`
 * or `/en/`. Null for a path that names no page. deploy/nginx.conf
 * redirects by the same rule, so the server and the app agree.
 */
export function canonicalPagePath(pathname: string): string | null {
  const path = normalizePath(pathname);
  if (path === null) return null;
  if (path === '/') return '/';
  const library = LIBRARY_PATH.exec(path);
  if (library) return `/${library[1] ?? ''}/`;
  const article = ARTICLE_PATH.exec(path);
  if (article && isSlug(article[2] ?? '')) return `/${article[1] ?? ''}/${article[2] ?? ''}`;
  return null;
}

/** Reads a location into what it shows. Never throws, whatever the input. */
export function parseLocation(pathname: string, search = '', hash = ''): Route {
  if (pathname === '/' || pathname === '') return { name: 'root' };

  const canonical = canonicalPagePath(pathname);
  if (canonical !== null && canonical !== pathname) return { name: 'redirect', to: `${canonical}${search}${hash}` };

  const parts = pathname.split('/').slice(1);
  const [word = '', slug, ...rest] = parts;

  // `/uk/…` is the language code where the URL word belongs: send it home.
  if (word === 'uk') {
    return { name: 'redirect', to: `/ua/${parts.slice(1).join('/')}${search}${hash}` };
  }

  // Past the redirect above, a page's path is spelled canonically; anything else names no page.
  const lang = langOfUrlWord(word);
  if (lang === null) return { name: 'not-found', lang: null };
  if (slug === '' && rest.length === 0) return { name: 'library', lang };
  if (slug === undefined || rest.length > 0 || !isSlug(slug)) return { name: 'not-found', lang };
  if (slug === SEARCH_SLUG) return parseSearch(lang, search);

  const compare = parseCompare(new URLSearchParams(search).get('compare'), lang);
  if (compare.canonical !== search) {
    return { name: 'redirect', to: `/${word}/${slug}${compare.canonical}${hash}` };
  }
  const columns = compare.columns;
  const others = columns.filter((column) => column !== lang);
  return { name: 'article', lang, slug, segmentId: segmentIdOfHash(hash), compare: others, columns };
}

/** The path word of the search page, `/<lang>/search`: no article may take it as its slug. */
export const SEARCH_SLUG = 'search';
/** The longest query the search page reads; anything past it is dropped. */
export const MAX_QUERY_LENGTH = 200;

function parseSearch(lang: Lang, search: string): Route {
  const params = new URLSearchParams(search);
  const query = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  return { name: 'search', lang, query, allLanguages: params.get('in') === 'all' };
}

/** The search page, with a query and whether it searches every language or only the page's. */
export function searchPath(lang: Lang, query = '', allLanguages = false): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (allLanguages) params.set('in', 'all');
  const search = params.toString();
  return `/${urlWordOf(lang)}/${SEARCH_SLUG}${search ? `?${search}` : ''}`;
}

/** At most this many languages beside the path's: three columns in all. */
export const MAX_COMPARE = 2;

/**
 * Reads `?compare=`: the parallel view's columns. `?compare=en,ru` shows
 * those beside the path's language, which comes first; a list that names the
 * path's language too is the whole order (`/en/story?compare=ua,en`: Ukrainian
 * first, in an English interface), so reordering columns never changes the
 * interface language. Unknown words and repeats are dropped; `canonical` is
 * the query string that says the same thing cleanly (`''` for one column),
 * so a messy link can be corrected in place.
 */
export function parseCompare(raw: string | null, pathLang: Lang): { columns: Lang[]; canonical: string } {
  const named: Lang[] = [];
  for (const word of (raw ?? '').split(',')) {
    const lang = word === 'uk' ? 'uk' : langOfUrlWord(word.trim().toLowerCase());
    if (lang && !named.includes(lang)) named.push(lang);
  }
  // Three languages at most, so the list is never cut short.
  const columns = named.includes(pathLang) ? named : [pathLang, ...named];
  return { columns, canonical: compareQuery(pathLang, columns) };
}

/** The query that names these columns under a path in `pathLang`: the short form when the path's language is first. */
function compareQuery(pathLang: Lang, columns: readonly Lang[]): string {
  if (columns.length < 2) return '';
  const listed = columns[0] === pathLang ? columns.slice(1) : columns;
  return `?compare=${listed.map(urlWordOf).join(',')}`;
}

/** The segment a `#fragment` names, or null for an empty or malformed one. */
export function segmentIdOfHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  return isSegmentId(raw) ? raw : null;
}

export function libraryPath(lang: Lang): string {
  return `/${urlWordOf(lang)}/`;
}

/**
 * An article, optionally in the parallel view, optionally at a segment.
 * `compare` is the languages beside the path's (which comes first), or,
 * when it names the path's language too, every column in order.
 */
export function articlePath(
  lang: Lang,
  slug: string,
  segmentId?: string | null,
  compare: readonly Lang[] = [],
): string {
  const hash = segmentId ? `#${segmentId}` : '';
  const columns = compare.includes(lang) ? compare : [lang, ...compare];
  return `/${urlWordOf(lang)}/${slug}${compareQuery(lang, columns)}${hash}`;
}
