/**
 * Where each language's interface strings come from. The browser fetches
 * one language at a time (a chunk each) through i18next's own backend
 * mechanism; the server and the tests hand i18next every language at once.
 */
import type { BackendModule } from 'i18next';
import type { Lang } from './languages';
import type { Strings } from './resources';

export const NAMESPACES = [
  'common',
  'library',
  'parallel',
  'reader',
  'search',
  'sharing',
] as const satisfies readonly (keyof Strings)[];
export type Namespace = (typeof NAMESPACES)[number];

const loaders: Record<Lang, () => Promise<{ strings: Omit<Strings, OwnChunk> }>> = {
  uk: () => import('./strings/uk'),
  en: () => import('./strings/en'),
  ru: () => import('./strings/ru'),
};

/**
 * Namespaces in chunks of their own, each language apart: only some pages
 * show them at once (stringsOfPage); elsewhere they load when first read.
 */
const ownChunks = {
  library: {
    uk: () => import('../../locales/uk/library.json'),
    en: () => import('../../locales/en/library.json'),
    ru: () => import('../../locales/ru/library.json'),
  },
  search: {
    uk: () => import('../../locales/uk/search.json'),
    en: () => import('../../locales/en/search.json'),
    ru: () => import('../../locales/ru/search.json'),
  },
} satisfies Partial<Record<Namespace, Record<Lang, () => Promise<{ default: unknown }>>>>;
type OwnChunk = keyof typeof ownChunks;
const isOwnChunk = (ns: Namespace): ns is OwnChunk => Object.hasOwn(ownChunks, ns);

/** The namespaces every page loads before its first render. */
export const AT_START: readonly Namespace[] = NAMESPACES.filter((ns) => !isOwnChunk(ns));

/**
 * The namespaces in chunks of their own that a page shows at once, by its
 * route's name: the library's cards, and the search field of the library and
 * search pages (src/ui/SearchForm.tsx).
 */
export function stringsOfPage(routeName: string): readonly OwnChunk[] {
  if (routeName === 'library') return ['library', 'search'];
  if (routeName === 'search') return ['search'];
  return [];
}

function loadNamespace(lng: Lang, ns: Namespace): Promise<unknown> {
  if (isOwnChunk(ns)) return ownChunks[ns][lng]().then((module) => module.default);
  return loaders[lng]().then(({ strings }) => strings[ns]);
}

/**
 * An i18next backend that reads a namespace from its language's chunk. The
 * chunk is fetched once (the module system keeps it); a failed fetch is
 * reported to i18next, which tries again a few times and then falls back
 * to a language it has.
 */
export const stringsBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(lng, ns, callback) {
    if (!Object.hasOwn(loaders, lng)) return callback(new Error(`no interface strings for ${lng}`), false);
    loadNamespace(lng as Lang, ns as Namespace).then(
      (strings) => callback(null, strings as Strings[Namespace]),
      // `true`: a failed fetch may succeed later, so i18next tries again before it falls back.
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), true),
    );
  },
};
