import { useLayoutEffect } from 'react';
import type { Lang } from '../i18n/languages';

/**
 * Keeps `<html lang>` and the tab's title in step with the page. Set before
 * paint (a layout effect): a new `lang` restyles the page, and done here it
 * is part of the same layout as the new text, not a second one a frame later.
 * Call it before hooks that read the layout in their own layout effects.
 */
export function useDocumentMeta(lang: Lang, title: string | null): void {
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    if (title !== null) document.title = `${title} · Triptych`;
  }, [lang, title]);
}
