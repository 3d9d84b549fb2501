import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, type Lang } from './languages';
import type { Namespace } from './load-strings';

/**
 * The language a page is in: its URL's, set once at the top of each route
 * (and by a part shown in a language of its own). Strings are read in it
 * explicitly, so what is rendered never depends on i18next's global
 * language, which a navigation would change before the next page is ready.
 */
export const PageLang = createContext<Lang>(DEFAULT_LANG);

export function usePageLang(): Lang {
  return useContext(PageLang);
}

/**
 * `t` for a namespace in the page's language. A language whose strings are
 * not here yet suspends the page until they are, so a page is never shown
 * half in the old language.
 */
export function usePageT<N extends Namespace>(ns: N) {
  return useTranslation(ns, { lng: usePageLang() }).t;
}
