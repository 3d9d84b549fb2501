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
