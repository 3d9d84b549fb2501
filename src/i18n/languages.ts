/**
 * The one place that knows the difference between a language and the word
 * for it in our URLs. The outlet's site uses `ua` for Ukrainian in its paths,
 * and shared links must keep working, so URLs say `ua`; everywhere a code
 * means a language (html lang, i18next, Intl, file names) it is ISO 639-1 `uk`.
 */

export const LANGS = ['uk', 'en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

export const URL_WORDS = ['ua', 'en', 'ru'] as const;
export type UrlWord = (typeof URL_WORDS)[number];

const WORD_OF: Record<Lang, UrlWord> = { uk: 'ua', en: 'en', ru: 'ru' };
const LANG_OF: Record<UrlWord, Lang> = { ua: 'uk', en: 'en', ru: 'ru' };

/** Each language's name for itself: data about the language, the same in every interface. */
export const AUTONYMS: Record<Lang, string> = {
  uk: 'Українська',
  en: 'English',
  ru: 'Русский',
};

/**
 * Where to send a reader when an article lacks their language: Russian
 * readers of a Ukrainian outlet mostly read Ukrainian too, so it comes first
 * for them; the rest prefer the other languages in menu order.
 */
const FALLBACKS: Record<Lang, readonly Lang[]> = {
  uk: ['en', 'ru'],
  en: ['uk', 'ru'],
  ru: ['uk', 'en'],
};

export const DEFAULT_LANG: Lang = 'uk';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function urlWordOf(lang: Lang): UrlWord {
  return WORD_OF[lang];
}

/** The language a URL word names, or null; `uk` is not a URL word (it redirects to `ua`). */
export function langOfUrlWord(word: string): Lang | null {
  return (URL_WORDS as readonly string[]).includes(word) ? LANG_OF[word as UrlWord] : null;
}

/** The best language an article has for a reader of `wanted`, or null if it has none. */
export function fallbackLang(wanted: Lang, available: readonly Lang[]): Lang | null {
  if (available.includes(wanted)) return wanted;
  return FALLBACKS[wanted].find((lang) => available.includes(lang)) ?? null;
}

/**
 * The first of the browser's languages that we publish in, matching on the
 * primary subtag, so `uk-UA`, `ru-RU` and `en-GB` all count.
 */
export function detectLang(browserLanguages: readonly string[]): Lang | null {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return null;
}
