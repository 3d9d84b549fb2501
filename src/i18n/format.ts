import type { Lang } from './languages';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A publication date in the page's language. A date without a time is a
 * calendar day, not midnight UTC, so it is formatted in UTC to keep readers
 * west of Greenwich from seeing the day before.
 */
export function formatDate(iso: string, lang: Lang): string {
  return dateFormat(lang, DATE_ONLY.test(iso)).format(new Date(iso));
}

// Making a formatter costs far more than using one (tens of milliseconds on a slow phone), so each is made once.
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, utc: boolean): Intl.DateTimeFormat {
  const key = `${lang} ${utc}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', ...(utc ? { timeZone: 'UTC' } : {}) });
    formats.set(key, format);
  }
  return format;
}

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
