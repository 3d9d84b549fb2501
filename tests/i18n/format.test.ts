import { expect, test } from 'vitest';
import { formatDaysAgo } from '../../src/i18n/days-ago';
import { formatDate } from '../../src/i18n/format';

test.each([
  ['uk', '25 липня 2025 р.'],
  ['ru', '25 июля 2025 г.'],
  ['en', 'July 25, 2025'],
] as const)('a date reads in %s as "%s"', (lang, text) => {
  expect(formatDate('2025-07-25', lang)).toBe(text);
});

test('a date without a time is the same calendar day west of Greenwich', () => {
  const zone = process.env.TZ;
  process.env.TZ = 'America/Los_Angeles';
  try {
    expect(formatDate('2025-01-01', 'en')).toBe('January 1, 2025');
  } finally {
    process.env.TZ = zone;
  }
});

const NOW = new Date(2026, 11, 7, 9).getTime();
const daysBefore = (days: number, hour = 22) => new Date(2026, 11, 7 - days, hour).getTime();

test.each([
  ['en', 0, 'today'],
  ['en', 1, 'yesterday'],
  ['en', 3, '3 days ago'],
  ['en', 14, '2 weeks ago'],
  ['en', 95, '3 months ago'],
  ['uk', 0, 'сьогодні'],
  ['uk', 1, 'учора'],
  ['uk', 2, 'позавчора'],
  ['uk', 5, '5 днів тому'],
  ['uk', 21, '3 тижні тому'],
  ['ru', 1, 'вчера'],
  ['ru', 3, '3 дня назад'],
  ['ru', 5, '5 дней назад'],
  ['ru', 7, '1 неделю назад'],
] as const)('in %s, %i calendar days before reads "%s"', (lang, days, text) => {
  expect(formatDaysAgo(daysBefore(days), NOW, lang)).toBe(text);
});

test('days are calendar days: last night is yesterday, even less than 24 hours ago', () => {
  expect(formatDaysAgo(new Date(2026, 11, 6, 23, 30).getTime(), NOW, 'en')).toBe('yesterday');
  expect(formatDaysAgo(new Date(2026, 11, 7, 0, 10).getTime(), NOW, 'en')).toBe('today');
  // A clock set back never makes a date in the future.
  expect(formatDaysAgo(NOW + 3 * 24 * 3600 * 1000, NOW, 'en')).toBe('today');
});
