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

const loaders: Record<Lang, () => Promise<{ strings: Omit<Strings, 'search'> }>> = {
  uk: () => import('./strings/uk'),
  en: () => import('./strings/en'),
  ru: () => import('./strings/ru'),
};

/** Search's strings, apart: every page has the `/` key, but only a reader who searches needs them. */
const searchLoaders: Record<Lang, () => Promise<{ default: Strings['search'] }>> = {
  uk: () => import('../../locales/uk/search.json'),
  en: () => import('../../locales/en/search.json'),
  ru: () => import('../../locales/ru/search.json'),
};

function loadNamespace(lng: Lang, ns: Namespace): Promise<unknown> {
  if (ns === 'search') return searchLoaders[lng]().then((module) => module.default);
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
