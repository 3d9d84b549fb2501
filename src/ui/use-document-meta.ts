import { useEffect } from 'react';
import type { Lang } from '../i18n/languages';

/** Keeps the tab's title and `<html lang>` in step with the page; a null title leaves the tab's as it is. */
export function useDocumentMeta(lang: Lang, title: string | null): void {
  useEffect(() => {
    if (title !== null) document.title = `${title} · Triptych`;
  }, [title]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}
