import { urlWordOf, type Lang } from '../i18n/languages';

export const LANG_COOKIE = 'triptych_lang';

/**
 * Mirrors the reader's language choice into a cookie, so the server can send
 * `/` straight to their library (deploy/nginx.conf). It holds the URL word
 * and nothing else; where cookies are blocked the app's own rule still applies.
 */
export function rememberLangForServer(lang: Lang): void {
  try {
    document.cookie = `${LANG_COOKIE}=${urlWordOf(lang)}; path=/; max-age=31536000; samesite=lax`;
  } catch {
    // Cookies blocked: nothing to do.
  }
}
