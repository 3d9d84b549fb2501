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

const loaders: Record<Lang, () => Promise<{ strings: Strings }>> = {
  uk: () => import('./strings/uk'),
  en: () => import('./strings/en'),
  ru: () => import('./strings/ru'),
};

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
    const load = loaders[lng as Lang];
    if (!load) return callback(new Error(`no interface strings for ${lng}`), false);
    load().then(
      ({ strings }) => callback(null, strings[ns as Namespace]),
      // `true`: a failed fetch may succeed later, so i18next tries again before it falls back.
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), true),
    );
  },
};
