import { expect, test } from 'vitest';
import { LIMITS, parseBundle, validateBundle, type BundleResult } from '../../src/articles/schema';

const good = {
  lang: 'en',
  title: 'A title',
  published: '2025-07-25',
  segments: [{ id: 'p1', type: 'paragraph', text: 'Some text.' }],
};

const problemsOf = (result: BundleResult) => (result.ok ? [] : result.problems);
const check = (patch: Record<string, unknown>) => problemsOf(validateBundle({ ...good, ...patch }));
const withText = (text: string) => check({ segments: [{ id: 'p1', type: 'paragraph', text }] });

test.each([
  ['zero-width spaces', '\u200b\u200b'],
  ['the Hangul filler', '\u3164'],
  ['the blank Braille pattern', '\u2800\u2800'],
  ['direction marks (LRM, RLM, ALM)', '\u200e\u200f\u061c'],
  ['a word written in tag characters', '\u{e0041}\u{e0042}'],
  ['a soft hyphen and a combining mark', '\u00ad\u034f'],
  ['spaces of every width', ' \u3000\u2003'],
])('a title of only %s is refused', (_, title) => {
  expect(check({ title }).map((problem) => problem.field)).toContain('title');
});

test('invisible-only text says what is wrong', () => {
  expect(withText('\u200b')).toEqual([
    {
      field: 'segments[0].text',
      message:
        'has no visible characters, only ones that draw nothing (such as U+200B or U+3164); write the text or remove the field',
    },
  ]);
  expect(check({ title: '   ' })).toEqual([{ field: 'title', message: 'is empty' }]);
});

test('text with invisible characters among visible ones is kept: a joiner in an emoji, a direction mark', () => {
  expect(withText('Family: 👨\u200d👩\u200d👧, and \u200eKyiv')).toEqual([]);
  expect(check({ title: '«Ні» — 2025' })).toEqual([]);
});

test('a lone surrogate is refused with its place, wherever it is', () => {
  expect(check({ title: 'Cut \ud83d here' })).toEqual([
    {
      field: 'title',
      message:
        'contains half of a character (the lone surrogate U+D83D) at character 5; the text was cut or mis-encoded there, so retype it',
    },
  ]);
  expect(withText('\udc00 tail').map((problem) => problem.field)).toEqual(['segments[0].text']);
  expect(check({ lead: 'ends with \ud800' }).map((problem) => problem.field)).toEqual(['lead']);
  // The same in a file, where it arrives as an escape.
  expect(problemsOf(parseBundle(JSON.stringify(good).replace('A title', 'A \\ud800 title')))).toHaveLength(1);
});

test('a tag character is refused anywhere in the text', () => {
  expect(withText('Visible text\u{e0069}\u{e006e}')).toEqual([
    {
      field: 'segments[0].text',
      message: 'contains the invisible tag character U+E0069 at character 13; remove it',
    },
  ]);
});

test('text is stored in NFC, so one word has one spelling', () => {
  const decomposed = 'Cafe\u0301 in Ки\u0456\u0308в';
  const result = validateBundle({
    ...good,
    title: decomposed,
    segments: [{ id: 'p1', type: 'quote', text: decomposed }],
  });
  if (!result.ok) throw new Error('expected a valid bundle');
  expect(result.bundle.title).toBe('Caf\u00e9 in Ки\u0457в');
  expect(result.bundle.segments[0]?.text).toBe('Caf\u00e9 in Ки\u0457в');
});

test.each([
  ['/\\evil.example/x.png'],
  ['//evil.example/x.png'],
  ['/articles\\..\\x.png'],
  ['/a//b.png'],
  ['/ x.png'],
  ['/\t/evil.example/x.png'],
  ['/a/\n/evil.example'],
  ['https://evil.example/x.png'],
])('the image path %s is refused: a browser could read another host in it', (src) => {
  expect(check({ image: { src, alt: 'A photo' } }).map((problem) => problem.field)).toEqual(['image.src']);
});

test('an image path on this site is accepted, percent-escapes included', () => {
  expect(check({ image: { src: '/articles/story/photo-1.jpg', alt: 'A photo' } })).toEqual([]);
  expect(check({ image: { src: '/articles/story/%D1%84%D0%BE%D1%82%D0%BE.jpg?v=2', alt: 'A photo' } })).toEqual([]);
});

test.each([
  ['2025-02-30', 'is not a date on the calendar: February 2025 has 28 days'],
  ['2024-02-30', 'is not a date on the calendar: February 2024 has 29 days'],
  ['2025-04-31', 'is not a date on the calendar: April 2025 has 30 days'],
  ['2025-13-01', 'is not a date on the calendar: there is no month 13'],
  ['2025-00-10', 'is not a date on the calendar: there is no month 0'],
  ['2025-01-00', 'is not a date on the calendar: January 2025 has 31 days'],
  [
    '2025-01-01T24:00:00Z',
    'has a time of day or an offset that does not exist; hours go up to 23, minutes and seconds up to 59',
  ],
  [
    '2025-01-01T10:00:00+25:00',
    'has a time of day or an offset that does not exist; hours go up to 23, minutes and seconds up to 59',
  ],
  [
    '9999-12-31',
    `is in the year 9999; dates after ${LIMITS.latestYear} are refused, since they would keep the article at the top of the library`,
  ],
  ['25/07/2025', 'must be an ISO 8601 date such as 2025-07-25 or 2025-07-25T09:30:00+03:00'],
])('the date %s is refused: %s', (published, message) => {
  expect(check({ published })).toEqual([{ field: 'published', message }]);
  expect(check({ updated: published })).toEqual([{ field: 'updated', message }]);
});

test.each(['2024-02-29', '2025-07-25T09:30:00+03:00', '2025-07-25T06:30Z', '2025-12-31T23:59:59.999-12:00'])(
  'the date %s is accepted',
  (published) => {
    expect(check({ published })).toEqual([]);
  },
);

test('segments beyond the limit are refused, at the limit they are not', () => {
  const segments = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `p${i}`, type: 'paragraph', text: 'x' }));
  expect(check({ segments: segments(LIMITS.segments) })).toEqual([]);
  expect(check({ segments: segments(20_000) })).toEqual([
    {
      field: 'segments',
      message: `has 20000 segments; a bundle may have at most ${LIMITS.segments}, so split the article`,
    },
  ]);
});

test('a bundle over the byte limit is refused, and its other problems are reported too', () => {
  const filler = 'я'.repeat(LIMITS.segmentText);
  const count = Math.ceil(LIMITS.bundleBytes / (filler.length * 2)) + 1;
  const segments = Array.from({ length: count }, (_, i) => ({ id: `p${i}`, type: 'paragraph', text: filler }));
  const text = JSON.stringify({ ...good, title: '', segments });
  const problems = problemsOf(parseBundle(text));
  expect(problems[0]).toEqual({
    field: '-',
    message: `is ${new TextEncoder().encode(text).length.toLocaleString('en')} bytes; a bundle may be at most 2,097,152 (2 MiB), so split the article`,
  });
  expect(problems[1]).toEqual({ field: 'title', message: 'is empty' });
});

test('nesting deeper than the limit is refused before parsing; a deep unknown field counts too', () => {
  const nested = '['.repeat(LIMITS.depth) + ']'.repeat(LIMITS.depth);
  const text = JSON.stringify(good).replace('{', `{"extra": ${nested},`);
  expect(problemsOf(parseBundle(text))).toEqual([
    {
      field: '-',
      message: `nested more than ${LIMITS.depth} levels deep at line 1, column ${10 + LIMITS.depth}; a bundle needs 3 (the file, segments, a segment)`,
    },
  ]);
  const deepest = '['.repeat(200_000) + ']'.repeat(200_000);
  expect(problemsOf(parseBundle(JSON.stringify(good).replace('{', `{"extra": ${deepest},`)))).toHaveLength(1);
});

test('fields the schema does not know are dropped from what it returns', () => {
  const result = parseBundle(
    JSON.stringify({
      ...good,
      internal_notes: 'EMBARGOED until Monday',
      image: { src: '/articles/story/p.jpg', alt: 'A photo', exif: { camera: 'X' } },
      segments: [{ id: 'p1', type: 'paragraph', text: 'Some text.', draft: 'old text' }],
    }),
  );
  if (!result.ok) throw new Error('expected a valid bundle');
  const published = JSON.stringify(result.bundle);
  expect(published).not.toContain('EMBARGOED');
  expect(published).not.toContain('exif');
  expect(published).not.toContain('old text');
});
