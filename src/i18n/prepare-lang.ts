import type { i18n } from 'i18next';
import { useCallback } from 'react';
import { formatDate } from './format';
import type { Lang } from './languages';
import { hasStrings, NAMESPACES, stringsOf } from './load-strings';
import { langT, useI18n } from './page-lang';

const prepared = new WeakMap<i18n, Set<Lang>>();

/** The keys of a namespace's strings, nested ones joined with dots as `t` takes them. */
function keysOf(strings: object, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [prefix + key],
  );
}

/**
 * Does ahead of time what the first page in `lang` would otherwise do while
 * the reader waits: hand its strings to i18next, look each one up (the
 * pages' shared `t` keeps them), and make its plural rules and date formats
 * (each some milliseconds on a slow phone). For a language
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
        // Every string, through the `t` the pages share, which keeps them (page-lang.tsx).
        const t = langT(instance, lang, ns) as (key: string) => string;
        for (const key of keysOf(strings?.[ns] ?? {})) t(key);
      }
      instance.getFixedT(lang, 'common')('readingTime', { count: 2 });
      formatDate('2000-01-01', lang);
      formatDate('2000-01-01T12:00:00Z', lang);
    },
    [instance],
  );
}
