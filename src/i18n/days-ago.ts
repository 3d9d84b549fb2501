/**
 * How long ago, in the page's language: a module of its own, since only the
 * library's Continue reading uses it and every page loads format.ts.
 */
import type { Lang } from './languages';

const DAY = 24 * 60 * 60 * 1000;
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(lang: Lang, numeric: 'auto' | 'always'): Intl.RelativeTimeFormat {
  const key = `${lang} ${numeric}`;
  let format = relativeFormats.get(key);
  if (!format) {
    format = new Intl.RelativeTimeFormat(lang, { numeric });
    relativeFormats.set(key, format);
  }
  return format;
}

/**
 * When something happened, in calendar days before `now` and in the page's
 * language, with its own plurals: "today", "yesterday", "3 days ago", then
 * "2 weeks ago" and "5 months ago" (never "last week", which says less).
 */
export function formatDaysAgo(then: number, now: number, lang: Lang): string {
  const midnight = (time: number) => new Date(time).setHours(0, 0, 0, 0);
  const days = Math.max(0, Math.round((midnight(now) - midnight(then)) / DAY));
  if (days < 7) return relativeFormat(lang, 'auto').format(-days, 'day');
  if (days < 30) return relativeFormat(lang, 'always').format(-Math.floor(days / 7), 'week');
  return relativeFormat(lang, 'always').format(-Math.max(1, Math.round(days / 30.44)), 'month');
}
