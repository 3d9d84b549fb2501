import type { i18n } from 'i18next';
import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { useUrlLang } from '../routing/navigation';
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
// Null where the page's language is the URL's: a switch of language then changes no context, and React
// need not search the whole page for what reads it (a few milliseconds on a slow phone).
const PageLangContext = createContext<Lang | null>(null);

export function I18nProvider({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  return <I18nContext value={i18n}>{children}</I18nContext>;
}

/** The language the page is in: the URL's, set once at the top of each route. */
export function PageLang({ lang, children }: { lang: Lang; children: ReactNode }) {
  // Normally here already (loaded before the first render, or before navigating); this covers Back and Forward.
  useEffect(() => void loadStrings(lang).catch(() => undefined), [lang]);
  const url = useUrlLang();
  return <PageLangContext value={lang === url ? null : lang}>{children}</PageLangContext>;
}

export function usePageLang(): Lang {
  const own = useContext(PageLangContext);
  const url = useUrlLang();
  return own ?? url ?? DEFAULT_LANG;
}

/** `t` for the page's language, whatever language i18next was last set to. */
export function usePageT<N extends Namespace>(ns: N) {
  const lang = usePageLang();
  const instance = useContext(I18nContext);
  if (!instance) throw new Error('usePageT needs an <I18nProvider> above it');
  const version = useSyncExternalStore(subscribeStrings, stringsVersion, stringsVersion);
  return langT(instance, lang, ns, version);
}

/** By language and namespace: the i18next instance and strings version it was made for, and the `t`. */
const shared = new Map<string, [i18n, number, unknown]>();

/**
 * The `t` of a language and namespace, one for every component, which
 * remembers what it gave for a key asked without options. i18next resolves
 * a key afresh on every call, and a switch of language asks for a few dozen
 * at once (about 4 ms on a slow phone); the answer only changes when more
 * strings arrive (`version`), and then a new `t` is made.
 */
export function langT<N extends Namespace>(instance: i18n, lang: Lang, ns: N, version = stringsVersion()) {
  const [owner, madeAt, made] = shared.get(lang + ns) ?? [];
  if (owner === instance && madeAt === version) return made as typeof t;
  addStrings(instance, lang, ns);
  const fixed = instance.getFixedT(lang, ns);
  const known = new Map<string, string>();
  const t = ((key: string, options?: object) =>
    options
      ? fixed(key as never, options as never)
      : (known.get(key) ?? known.set(key, fixed(key as never) as string).get(key))) as typeof fixed;
  shared.set(lang + ns, [instance, version, t]);
  return t;
}

/** Hands a language's strings for a namespace to i18next, once. */
function addStrings(instance: i18n, lang: Lang, ns: Namespace): void {
  const strings = stringsOf(lang);
  if (strings && !instance.hasResourceBundle(lang, ns)) instance.addResourceBundle(lang, ns, strings[ns]);
}

/** The i18next instance of the app, for the few that work outside a page's language (prepare-lang.ts). */
export function useI18n(): i18n | null {
  return useContext(I18nContext);
}
