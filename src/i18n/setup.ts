import i18next, { type i18n } from 'i18next';
import { DEFAULT_LANG, type Lang } from './languages';
import { NAMESPACES, resources } from './resources';

/**
 * One i18next instance with every language loaded. Components do not change
 * its language: each page passes its own (from the URL) to `usePageT`, so
 * what is rendered never depends on global state that lags behind the URL.
 */
export function createI18n(lang: Lang = DEFAULT_LANG): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: ['uk', 'en', 'ru'],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
