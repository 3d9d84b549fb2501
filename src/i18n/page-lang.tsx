import type { i18n } from 'i18next';
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { DEFAULT_LANG, type Lang } from './languages';
import { loadStrings, stringsOf, stringsVersion, subscribeStrings, type Namespace } from './load-strings';

/*
 * The React side of i18next, in a few lines rather than react-i18next:
 * every string is read for a fixed language (the page's), so the only thing
 * to re-render for is a language's strings arriving, and the ~2 KB gzip it
 * saves count against the initial-JS budget
 * (docs/decisions/004-own-i18next-binding.md).
 */
const I18nContext = createContext<i18n | null>(null);
const PageLangContext = createContext<Lang>(DEFAULT_LANG);

export function I18nProvider({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  return <I18nContext value={i18n}>{children}</I18nContext>;
}

/** The language the page is in: the URL's, set once at the top of each route. */
export function PageLang({ lang, children }: { lang: Lang; children: ReactNode }) {
  // Normally here already (loaded before the first render, or before navigating); this covers Back and Forward.
  useEffect(() => void loadStrings(lang).catch(() => undefined), [lang]);
  return <PageLangContext value={lang}>{children}</PageLangContext>;
}

export function usePageLang(): Lang {
  return useContext(PageLangContext);
}

/** `t` for the page's language, whatever language i18next was last set to. */
export function usePageT<N extends Namespace>(ns: N) {
  const lang = usePageLang();
  const instance = useContext(I18nContext);
  if (!instance) throw new Error('usePageT: render inside <I18nProvider i18n={createI18n()}> (src/i18n/page-lang.tsx)');
  const version = useSyncExternalStore(subscribeStrings, stringsVersion, stringsVersion);
  return useMemo(() => {
    addStrings(instance, lang, ns);
    return instance.getFixedT(lang, ns);
    // `version` names the strings loaded so far.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [instance, lang, ns, version]);
}

/** Hands a language's strings for a namespace to i18next, once. */
export function addStrings(instance: i18n, lang: Lang, ns: Namespace): void {
  const strings = stringsOf(lang);
  if (strings && !instance.hasResourceBundle(lang, ns)) instance.addResourceBundle(lang, ns, strings[ns]);
}

/** The i18next instance of the app, for the few that work outside a page's language (prepare-lang.ts). */
export function useI18n(): i18n | null {
  return useContext(I18nContext);
}
