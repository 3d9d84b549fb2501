import i18next, { type i18n, type Resource } from 'i18next';
import { DEFAULT_LANG, LANGS, type Lang } from './languages';
import { NAMESPACES, stringsBackend } from './load-strings';

/**
 * The app's i18next instance. Components read strings in their page's
 * language (`usePageT`, which passes `lng` to react-i18next), so i18next's
 * own current language is only the fallback's starting point. `resources`
 * is every language's strings where they are at hand (the server, tests);
 * in the browser a language's strings load when a page first asks for them,
 * and react-i18next re-renders what reads them when they are `added`.
 */
const FALLBACK_ORDER: readonly Lang[] = ['en', 'uk', 'ru'];

export function createI18n(lang: Lang = DEFAULT_LANG, resources?: Resource): i18n {
  const instance = i18next.createInstance();
  if (!resources) instance.use(stringsBackend);
  void instance.init({
    ...(resources ? { resources } : {}),
    partialBundledLanguages: true,
    lng: lang,
    // A language whose strings could not be fetched reads as the first one at hand. Only those at
    // hand: a fallback i18next does not have would be fetched along with every language.
    fallbackLng: () => FALLBACK_ORDER.filter((code) => instance.hasResourceBundle(code, 'common')),
    supportedLngs: [...LANGS],
    load: 'currentOnly',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    react: { bindI18nStore: 'added', useSuspense: true },
  });
  return instance;
}

/** Fetches a language's strings (every namespace) if i18next does not have them yet. */
export function loadStrings(instance: i18n, lang: Lang): Promise<void> {
  return instance.loadLanguages(lang);
}
