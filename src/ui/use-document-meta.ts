import { useEffect } from 'react';
import type { Lang } from '../i18n/languages';

/** Keeps `<html lang>` and the tab's title in step with the page. */
export function useDocumentMeta(lang: Lang, title: string | null): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    if (title !== null) document.title = `${title} · Triptych`;
  }, [lang, title]);
}
