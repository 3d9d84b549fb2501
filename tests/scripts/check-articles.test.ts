import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { formatProblem, readArticles } from '../../scripts/read-articles';
import { LIMITS } from '../../src/articles/schema';

const BAD = 'tests/fixtures/bad-articles';

const problems = () => readArticles(BAD).problems.map(formatProblem);

test.each([
  ['bad-json/en.json', '-: not valid JSON at line 4, column 1: expected a double-quoted string'],
  ['truncated/en.json', '-: not valid JSON at line 5, column 1: unexpected end of the file'],
  ['missing-title/en.json', 'title: is required'],
  ['title-not-string/en.json', 'title: must be a string, not a number (42)'],
  ['unknown-lang/ua.json', '-: unexpected file name; Ukrainian is uk.json (ua is only the URL word)'],
  ['lang-unknown-value/en.json', 'lang: must be one of uk, en, ru (Ukrainian is uk; ua is only for URLs)'],
  ['lang-mismatch/ru.json', 'lang: is "en" but the file is ru.json; they must match'],
  ['duplicate-id/en.json', 'segments[1].id: "same" is already the id of segments[0]; ids must be unique'],
  [
    'malformed-id/en.json',
    'segments[0].id: must be 1–64 characters of a–z, 0–9 and "-", starting with a letter or digit',
  ],
  ['no-segments/en.json', 'segments: is empty; an article needs at least one segment'],
  ['bad-type/en.json', 'segments[0].type: must be one of paragraph, heading, quote'],
  ['bad-date/en.json', 'published: must be an ISO 8601 date such as 2025-07-25 or 2025-07-25T09:30:00+03:00'],
  ['segments-not-array/en.json', 'segments: must be an array, not an object'],
  [
    'hidden-chars/en.json',
    'segments[0].text: contains the invisible control character U+202E at character 6; remove it',
  ],
  ['long-title/en.json', 'title: is 5000 characters long; a title may be at most 300'],
  ['missing-segment-text/en.json', 'segments[0].text: is required'],
  ['slug-mismatch/en.json', 'slug: is "another-slug" but the folder is slug-mismatch/; they must match'],
  ['source-javascript/en.json', 'source.url: must be an absolute http:// or https:// URL'],
  [
    'Bad_Slug',
    '-: folder name "Bad_Slug" is not a valid slug; use lowercase a–z, 0–9 and single hyphens, e.g. my-article',
  ],
  [
    'invisible-title/en.json',
    'title: has no visible characters, only ones that draw nothing (such as U+200B or U+3164); write the text or remove the field',
  ],
  [
    'lone-surrogate/en.json',
    'title: contains half of a character (the lone surrogate U+D83D) at character 5; the text was cut or mis-encoded there, so retype it',
  ],
  ['tag-chars/en.json', 'segments[0].text: contains the invisible tag character U+E0069 at character 13; remove it'],
  [
    'backslash-image/en.json',
    'image.src: must be a path on this site: one / and then a letter, a digit or one of . _ ~ % -, with no backslash, space or //, e.g. /articles/<slug>/photo.jpg',
  ],
  ['impossible-date/en.json', 'published: is not a date on the calendar: February 2025 has 28 days'],
  [
    'far-future/en.json',
    'published: is in the year 9999; dates after 2100 are refused, since they would keep the article at the top of the library',
  ],
  [
    'missing-image/en.json',
    `image.src: "/articles/missing-image/photo.jpg" is not an image in this article's folder; put a .jpg, .png, .webp, .avif or .gif file in missing-image/ and name it here as /articles/missing-image/<file>`,
  ],
  [
    'too-deep/en.json',
    '-: nested more than 10 levels deep at line 21, column 21; a bundle needs 3 (the file, segments, a segment)',
  ],
  ['invalid-utf8/en.json', '-: is not valid UTF-8 at line 9 (byte 165); save the file as UTF-8'],
])('check:articles reports %s as "%s"', (file, message) => {
  expect(problems()).toContain(`${BAD}/${file}: ${message}`);
});

test('each malformed bundle is reported once and the good one beside them is kept', () => {
  const { problems: found, summaries } = readArticles(BAD);
  expect(found).toHaveLength(28);
  expect(summaries.find((summary) => summary.slug === 'a-good-one')?.languages).toEqual(['en']);
});

test('the command exits non-zero and prints path: field: message lines for a bad folder', () => {
  let output = '';
  let status = 0;
  try {
    execFileSync('npx', ['tsx', 'scripts/check-articles.ts', BAD], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const failure = error as { status: number; stderr: string };
    status = failure.status;
    output = failure.stderr;
  }
  expect(status).toBe(1);
  expect(output).toContain(`${BAD}/missing-title/en.json: title: is required`);
});

test('the demo library passes the check', () => {
  const output = execFileSync('npx', ['tsx', 'scripts/check-articles.ts'], { encoding: 'utf8' });
  expect(output).toMatch(/all valid/);
});

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder of articles written by the test: `{ 'slug/en.json': text-or-bytes }`. */
function articles(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'triptych-check-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const bundle = (fields: Record<string, unknown> = {}) =>
  JSON.stringify({
    lang: 'en',
    title: 'A title',
    published: '2025-07-25',
    segments: [{ id: 'p1', type: 'paragraph', text: 'Some text.' }],
    ...fields,
  });

test('a date more than a day after the check runs is refused; within a day it is not', () => {
  const dir = articles({
    'tomorrow/en.json': bundle({ published: '2030-01-02T00:00:00Z' }),
    'next-week/en.json': bundle({ published: '2030-01-08' }),
    'updated-later/en.json': bundle({ updated: '2031-06-01T09:00:00+03:00' }),
  });
  const { problems, summaries } = readArticles(dir, { root: dir, now: Date.UTC(2030, 0, 1) });
  expect(problems.map(formatProblem)).toEqual([
    'next-week/en.json: published: is 2030-01-08, more than a day after this check ran (2030-01-01); publish the article when its date comes, or correct the date',
    'updated-later/en.json: updated: is 2031-06-01T09:00:00+03:00, more than a day after this check ran (2030-01-01); publish the article when its date comes, or correct the date',
  ]);
  expect(summaries.map((summary) => summary.slug)).toEqual(['tomorrow']);
});

test('a file nested a million levels deep is reported, by the command too, without overflowing the stack', () => {
  const dir = articles({
    'deep/en.json': `{"lang": "en", "x": ${'['.repeat(1_000_000)}`,
    // Valid JSON that JSON.parse reads, but that JSON.stringify, like any recursive walk, cannot.
    'deep-valid/en.json': bundle().replace('{', `{"x": ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)},`),
  });
  expect(readArticles(dir, { root: dir }).problems.map(formatProblem)).toEqual([
    'deep/en.json: -: nested more than 10 levels deep at line 1, column 30; a bundle needs 3 (the file, segments, a segment)',
    'deep-valid/en.json: -: nested more than 10 levels deep at line 1, column 16; a bundle needs 3 (the file, segments, a segment)',
  ]);
  let stderr = '';
  try {
    execFileSync('npx', ['tsx', 'scripts/check-articles.ts', dir], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    stderr = (error as { stderr: string }).stderr;
  }
  expect(stderr).toContain('deep/en.json: -: nested more than 10 levels deep at line 1, column 30');
  expect(stderr).not.toContain('RangeError');
});

test('a bundle with more segments than the limit, or more bytes, is refused', () => {
  const segments = (count: number, text = 'x') =>
    Array.from({ length: count }, (_, i) => ({ id: `p${i}`, type: 'paragraph', text }));
  const heavy = bundle({ segments: segments(120, 'я'.repeat(10_000)) });
  const dir = articles({ 'many/en.json': bundle({ segments: segments(LIMITS.segments + 1) }), 'heavy/en.json': heavy });
  const bytes = Buffer.byteLength(heavy).toLocaleString('en');
  expect(readArticles(dir, { root: dir }).problems.map(formatProblem)).toEqual([
    `heavy/en.json: -: is ${bytes} bytes; a bundle may be at most 2,097,152 (2 MiB), so split the article`,
    `many/en.json: segments: has ${LIMITS.segments + 1} segments; a bundle may have at most ${LIMITS.segments}, so split the article`,
  ]);
});

test('what a valid bundle publishes is what the schema returned: unknown fields dropped, text in NFC', () => {
  const published = new Map<string, string>();
  readArticles(BAD, { onBundle: (url, valid) => published.set(url, JSON.stringify(valid)) });
  expect([...published.keys()]).toEqual(['a-good-one/en.json']);
  expect(published.get('a-good-one/en.json')).not.toContain('EMBARGOED');

  const dir = articles({ 'nfc/en.json': bundle({ title: 'Cafe\u0301' }) });
  readArticles(dir, { onBundle: (url, valid) => published.set(url, valid.title) });
  expect(published.get('nfc/en.json')).toBe('Caf\u00e9');
});

test('an image in the article’s own folder is published with it; other files there are not', () => {
  const dir = articles({
    'pictured/en.json': bundle({ image: { src: '/articles/pictured/photo.jpg', alt: 'A photo' } }),
    'pictured/photo.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
    'pictured/notes.txt': 'not for readers',
    'elsewhere/en.json': bundle({ image: { src: '/articles/pictured/photo.jpg', alt: 'A photo' } }),
    'document/en.json': bundle({ image: { src: '/articles/document/page.html', alt: 'A photo' } }),
    'document/page.html': '<script>alert(1)</script>',
  });
  const { images, problems } = readArticles(dir, { root: dir });
  expect(images).toEqual([{ path: join(dir, 'pictured', 'photo.jpg'), url: 'pictured/photo.jpg' }]);
  expect(problems.map((problem) => `${problem.path}: ${problem.field}`)).toEqual([
    'document/en.json: image.src',
    'elsewhere/en.json: image.src',
  ]);
});
