import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, type Lang } from './languages';
import type { Namespace } from './resources';

const PageLangContext = createContext<Lang>(DEFAULT_LANG);

/** The language the page is in: the URL's, set once at the top of each route. */
export function PageLang({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <PageLangContext value={lang}>{children}</PageLangContext>;
}

export function usePageLang(): Lang {
  return useContext(PageLangContext);
}

/** `t` for the page's language, whatever language i18next was last set to. */
export function usePageT<N extends Namespace>(ns: N) {
  const lang = usePageLang();
  return useTranslation(ns, { lng: lang }).t;
}
