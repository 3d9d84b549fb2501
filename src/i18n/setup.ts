import i18next, { type i18n } from 'i18next';
import { DEFAULT_LANG, LANGS, type Lang } from './languages';
import { NAMESPACES, stringsOf } from './load-strings';
import type { Strings } from './resources';

/**
 * The app's i18next instance, with the strings loaded so far (usePageT adds
 * the ones that arrive later). Components do not change its language: each
 * page passes its own (from the URL) to `usePageT`, so what is rendered
 * never depends on global state that lags behind the URL.
 */
export function createI18n(lang: Lang = DEFAULT_LANG): i18n {
  const instance = i18next.createInstance();
  const resources: Partial<Record<Lang, Strings>> = {};
  for (const code of LANGS) {
    const strings = stringsOf(code);
    if (strings) resources[code] = strings;
  }
  void instance.init({
    resources,
    partialBundledLanguages: true,
    lng: lang,
    // A language whose strings are still on the way reads as the first one at hand.
    fallbackLng: ['en', 'uk', 'ru'],
    supportedLngs: [...LANGS],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
