import i18next, { type i18n, type Resource } from 'i18next';
import { DEFAULT_LANG, LANGS, type Lang } from './languages';
import { AT_START, stringsBackend, type Namespace } from './load-strings';

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
    // Not the namespaces in chunks of their own: a page that shows them at once loads them with the
    // rest (loadStrings); elsewhere react-i18next fetches them when a component first reads them.
    ns: [...AT_START],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    react: { bindI18nStore: 'added', useSuspense: true },
  });
  return instance;
}

/**
 * Fetches a language's strings if i18next does not have them yet: the
 * namespaces every page reads, and `more` (stringsOfPage).
 */
export async function loadStrings(instance: i18n, lang: Lang, more: readonly Namespace[] = []): Promise<void> {
  await instance.loadLanguages(lang);
  const missing = more.filter((ns) => !instance.hasResourceBundle(lang, ns));
  if (missing.length > 0) await new Promise<void>((done) => instance.reloadResources(lang, missing, () => done()));
}
