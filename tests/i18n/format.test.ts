import { expect, test } from 'vitest';
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
