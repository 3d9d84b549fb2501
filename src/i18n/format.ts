import type { Lang } from './languages';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A publication date in the page's language. A date without a time is a
 * calendar day, not midnight UTC, so it is formatted in UTC to keep readers
 * west of Greenwich from seeing the day before.
 */
export function formatDate(iso: string, lang: Lang): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long' };
  if (DATE_ONLY.test(iso)) options.timeZone = 'UTC';
  return new Intl.DateTimeFormat(lang, options).format(new Date(iso));
}
