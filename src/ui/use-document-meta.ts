import { useEffect } from 'react';
import type { Lang } from '../i18n/languages';
import { afterPaint } from './when-idle';

/**
 * Keeps the tab's title and `<html lang>` in step with the page, both just
 * after the page is painted. A new `lang` restyles every element on the
 * page, and the first new title a page sets costs a few milliseconds on a
 * slow phone: a language switch would pay for them before showing the
 * reader their place. Until then nothing is misread, because what a page
 * shows in a language carries its own `lang` (the article and each passage,
 * the reader's bar, each language's name), and the tab's title is not on
 * the page.
 */
export function useDocumentMeta(lang: Lang, title: string | null): void {
  useEffect(() => {
    const full = title === null ? null : `${title} · Triptych`;
    if (full === null || document.title === full) return;
    return afterPaint(() => {
      document.title = full;
    });
  }, [title]);
  useEffect(() => {
    if (document.documentElement.lang === lang) return;
    return afterPaint(() => {
      document.documentElement.lang = lang;
    });
  }, [lang]);
}
