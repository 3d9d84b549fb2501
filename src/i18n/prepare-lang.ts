import type { i18n } from 'i18next';
import { useCallback } from 'react';
import { formatDate } from './format';
import type { Lang } from './languages';
import { hasStrings, NAMESPACES, stringsOf } from './load-strings';
import { addStrings, useI18n } from './page-lang';

const prepared = new WeakMap<i18n, Set<Lang>>();

/**
 * Does ahead of time what the first page in `lang` would otherwise do while
 * the reader waits: hand its strings to i18next and make its plural rules
 * and date formats (each some milliseconds on a slow phone). For a language
 * the reader is likely to switch to, once its strings are loaded and the
 * browser is idle. Returns a function that takes the language.
 */
export function usePrepareLang(): (lang: Lang) => void {
  const instance = useI18n();
  return useCallback(
    (lang: Lang) => {
      if (!instance || !hasStrings(lang)) return;
      // Once is enough. Hovering a language again (or the pointer landing on another link as a
      // switch redraws the bar) must not redo it just before a frame.
      const done = prepared.get(instance) ?? new Set<Lang>();
      prepared.set(instance, done);
      if (done.has(lang)) return;
      done.add(lang);
      const strings = stringsOf(lang);
      for (const ns of NAMESPACES) {
        addStrings(instance, lang, ns);
        // The first look-up in each namespace and language is the slow one.
        const [key] = Object.keys(strings?.[ns] ?? {});
        // Through `t` itself, as a page would; the key is one of this namespace's own.
        if (key) (instance.getFixedT(lang, ns) as (key: string) => string)(key);
      }
      instance.getFixedT(lang, 'common')('readingTime', { count: 2 });
      formatDate('2000-01-01', lang);
      formatDate('2000-01-01T12:00:00Z', lang);
    },
    [instance],
  );
}
