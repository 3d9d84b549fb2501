/**
 * The interface strings the browser has, one language at a time: the
 * page's language before the first render, the others when the browser is
 * idle or just before a page in that language is shown (app/App.tsx).
 * All three together would cost every page about 2 KB gzip more.
 */
import type { Lang } from './languages';
import type { Strings } from './resources';

export const NAMESPACES = [
  'common',
  'library',
  'parallel',
  'reader',
  'sharing',
] as const satisfies readonly (keyof Strings)[];
export type Namespace = (typeof NAMESPACES)[number];

const loaders: Record<Lang, () => Promise<{ strings: Strings }>> = {
  uk: () => import('./strings/uk'),
  en: () => import('./strings/en'),
  ru: () => import('./strings/ru'),
};

const loaded: Partial<Record<Lang, Strings>> = {};
const pending = new Map<Lang, Promise<void>>();
const listeners = new Set<() => void>();
let version = 0;

function settle(lang: Lang, strings: Strings): void {
  loaded[lang] = strings;
  version += 1;
  for (const listener of listeners) listener();
}

/** Makes strings available at once (the server and tests have them all). */
export function provideStrings(all: Partial<Record<Lang, Strings>>): void {
  for (const [lang, strings] of Object.entries(all) as [Lang, Strings][]) settle(lang, strings);
}

export function loadStrings(lang: Lang): Promise<void> {
  if (loaded[lang]) return Promise.resolve();
  let promise = pending.get(lang);
  if (!promise) {
    promise = loaders[lang]().then(
      (module) => settle(lang, module.strings),
      (error: unknown) => {
        pending.delete(lang); // The next attempt asks the network again.
        throw error;
      },
    );
    pending.set(lang, promise);
  }
  return promise;
}

export const stringsOf = (lang: Lang): Strings | undefined => loaded[lang];
export const hasStrings = (lang: Lang): boolean => loaded[lang] !== undefined;

export function subscribeStrings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever a language's strings arrive. */
export const stringsVersion = (): number => version;
