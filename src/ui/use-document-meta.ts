import { useEffect, useLayoutEffect } from 'react';
import type { Lang } from '../i18n/languages';
import { afterPaint } from './when-idle';

/**
 * Keeps the tab's title and `<html lang>` in step with the page. The title
 * is set before paint. The page's `lang` follows just after the paint: a new
 * one restyles every element on the page, and a language switch would pay
 * for that before showing the reader their place. Until then nothing is
 * misread, because what a page shows in a language carries its own `lang`
 * (the article and each passage, the reader's bar, each language's name).
 */
export function useDocumentMeta(lang: Lang, title: string | null): void {
  useLayoutEffect(() => {
    if (title !== null) document.title = `${title} · Triptych`;
  }, [title]);
  useEffect(() => {
    if (document.documentElement.lang === lang) return;
    return afterPaint(() => {
      document.documentElement.lang = lang;
    });
  }, [lang]);
}
