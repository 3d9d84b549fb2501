import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { formatProblem, readArticles } from '../../scripts/read-articles';

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
])('check:articles reports %s as "%s"', (file, message) => {
  expect(problems()).toContain(`${BAD}/${file}: ${message}`);
});

test('each malformed bundle is reported once and the good one beside them is kept', () => {
  const { problems: found, summaries } = readArticles(BAD);
  expect(found).toHaveLength(19);
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
