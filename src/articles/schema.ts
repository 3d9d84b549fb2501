/**
 * The article bundle contract (docs/article-format.md), checked the same way
 * by the app at runtime and by `npm run check:articles` and the build.
 */
import * as v from 'valibot';
import { LANGS, type Lang } from '../i18n/languages.ts';
import { parseJsonText, utf8Length } from './json-text.ts';

export const SEGMENT_TYPES = ['paragraph', 'heading', 'quote'] as const;

/**
 * Every size a bundle may reach, in one place (docs/article-format.md says
 * why each is what it is). Lengths count UTF-16 code units after NFC.
 */
export const LIMITS = {
  title: 300,
  lead: 600,
  byline: 200,
  segmentText: 20_000,
  /** 1.3x the benchmark's long article (3,000), the largest measured to stay within the budgets. */
  segments: 4_000,
  /** 1.5x that article's largest language (1.4 MB in Russian); the page carries it twice. */
  bundleBytes: 2 * 1024 * 1024,
  /** The format itself needs 3 (the bundle, `segments`, a segment); fields it ignores get a little room. */
  depth: 10,
  /** A runtime net that needs no clock: the build also refuses dates more than a day after it runs. */
  latestYear: 2100,
} as const;

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;
const DATE_FORMAT = 'must be an ISO 8601 date such as 2025-07-25 or 2025-07-25T09:30:00+03:00';
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// C0 controls other than tab and newline, DEL, C1 controls, and the bidi
// embedding/override/isolate marks that can make text display in a different
// order from the one it is stored in.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
// Tag characters spell out invisible text (they have been used to hide instructions in plain sight).
const TAG_CHARS = /[\u{E0000}-\u{E007F}]/u;
// What draws nothing: default-ignorable code points (zero-width spaces and joiners, LRM, RLM, ALM,
// the Hangul fillers, variation selectors, tags) and the blank Braille pattern, a "symbol" by category.
const DRAWS_NOTHING = /[\p{Default_Ignorable_Code_Point}\u2800]/gu;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

/** The index of the first UTF-16 surrogate without its other half, or -1. */
function loneSurrogateAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    else return i;
  }
  return -1;
}

function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text.replace(DRAWS_NOTHING, ''));
}

function text(name: string, max: number) {
  return v.pipe(
    v.string(),
    v.check(
      (s) => loneSurrogateAt(s) < 0,
      (issue) => {
        const s = String(issue.input);
        const at = loneSurrogateAt(s);
        return `contains half of a character (the lone surrogate U+${hex(s.charCodeAt(at))}) at character ${at + 1}; the text was cut or mis-encoded there, so retype it`;
      },
    ),
    v.check(
      (s) => !TAG_CHARS.test(s),
      (issue) => {
        const s = String(issue.input);
        const at = s.search(TAG_CHARS);
        return `contains the invisible tag character U+${hex(s.codePointAt(at) ?? 0)} at character ${at + 1}; remove it`;
      },
    ),
    v.check(
      (s) => !HIDDEN_CHARS.test(s),
      (issue) => {
        const s = String(issue.input);
        const at = s.search(HIDDEN_CHARS);
        return `contains the invisible control character U+${hex(s.charCodeAt(at))} at character ${at + 1}; remove it`;
      },
    ),
    v.check(hasVisibleText, (issue) =>
      String(issue.input).trim() === ''
        ? 'is empty'
        : 'has no visible characters, only ones that draw nothing (such as U+200B or U+3164); write the text or remove the field',
    ),
    v.check(
      (s) => s.normalize('NFC').length <= max,
      (issue) => `is ${String(issue.input).normalize('NFC').length} characters long; ${name} may be at most ${max}`,
    ),
    // One spelling for what looks the same, so search, comparison and fonts see one text.
    v.normalize('NFC'),
  );
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** What is wrong with a date, or null: the format, then the calendar, the clock and the year. */
function dateProblem(s: string): string | null {
  const match = ISO_8601.exec(s);
  if (!match) return DATE_FORMAT;
  const [year, month, day, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined || month === undefined || day === undefined) return DATE_FORMAT;
  if (month < 1 || month > 12) return `is not a date on the calendar: there is no month ${month}`;
  if (day < 1 || day > daysIn(year, month)) {
    return `is not a date on the calendar: ${MONTHS[month - 1]} ${year} has ${daysIn(year, month)} days`;
  }
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) {
    return 'has a time of day or an offset that does not exist; hours go up to 23, minutes and seconds up to 59';
  }
  if (year > LIMITS.latestYear) {
    return `is in the year ${year}; dates after ${LIMITS.latestYear} are refused, since they would keep the article at the top of the library`;
  }
  return null;
}

const isoDate = v.pipe(
  v.string(),
  v.check(
    (s) => dateProblem(s) === null,
    (issue) => dateProblem(String(issue.input)) ?? DATE_FORMAT,
  ),
);

const httpUrl = v.pipe(
  v.string(),
  v.check((s) => /^https?:\/\/[^\s]+$/i.test(s), 'must be an absolute http:// or https:// URL'),
);

// One slash, then a safe character: `//host` and `/\host` are other hosts to a browser, and so is
// `/<tab>/host`, since URL parsing drops tabs and newlines. So no backslash, space or control anywhere.
const SITE_PATH = /^\/[\w.~%-][^\s\\\p{Cc}]*$/u;

const segmentId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be 1–64 characters of a–z, 0–9 and "-", starting with a letter or digit'),
);

const segmentSchema = v.object({
  id: segmentId,
  type: v.picklist(SEGMENT_TYPES, 'must be one of paragraph, heading, quote'),
  text: text('a segment', LIMITS.segmentText),
  /** Ids this passage had before an edit removed them: a link to one of them lands here. */
  formerIds: v.optional(v.array(segmentId)),
  /** In a translation: the hash of the original's passage it was made from (written by `npm run import`). */
  sourceHash: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{1,64}$/, 'must be a hexadecimal hash'))),
  /** In a translation: the original's passage changed on `since`, after this was translated. */
  stale: v.optional(v.object({ since: isoDate })),
});

export const bundleSchema = v.object({
  slug: v.optional(v.string()),
  lang: v.picklist(LANGS, 'must be one of uk, en, ru (Ukrainian is uk; ua is only for URLs)'),
  title: text('a title', LIMITS.title),
  lead: v.optional(text('a lead', LIMITS.lead)),
  byline: v.optional(text('a byline', LIMITS.byline)),
  published: isoDate,
  updated: v.optional(isoDate),
  /** The language this version was translated from, when it is a translation. */
  original: v.optional(v.picklist(LANGS, 'must be one of uk, en, ru')),
  source: v.optional(v.object({ name: text('a source name', LIMITS.byline), url: httpUrl })),
  image: v.optional(
    v.object({
      src: v.pipe(
        v.string(),
        // Images come from our own site: a page never loads anything from elsewhere (see the CSP).
        v.check(
          (s) => SITE_PATH.test(s) && !s.includes('//'),
          'must be a path on this site: one / and then a letter, a digit or one of . _ ~ % -, with no backslash, space or //, e.g. /articles/<slug>/photo.jpg',
        ),
      ),
      alt: text('alt text', LIMITS.lead),
      credit: v.optional(text('a credit', LIMITS.byline)),
    }),
  ),
  segments: v.pipe(
    v.array(segmentSchema),
    v.minLength(1, 'is empty; an article needs at least one segment'),
    v.maxLength(
      LIMITS.segments,
      (issue) =>
        `has ${Array.isArray(issue.input) ? issue.input.length : '?'} segments; a bundle may have at most ${LIMITS.segments}, so split the article`,
    ),
  ),
});

export type Bundle = v.InferOutput<typeof bundleSchema>;
export type Segment = Bundle['segments'][number];
export type SegmentType = (typeof SEGMENT_TYPES)[number];

/** One thing wrong with a bundle: the field (`segments[3].id`, or `-` for the whole file) and what. */
export interface Problem {
  field: string;
  message: string;
}

export type BundleResult = { ok: true; bundle: Bundle } | { ok: false; problems: Problem[] };

function fieldOf(issue: v.BaseIssue<unknown>): string {
  let field = '';
  for (const item of issue.path ?? []) {
    field += typeof item.key === 'number' ? `[${item.key}]` : `${field ? '.' : ''}${String(item.key)}`;
  }
  return field || '-';
}

const A_OR_AN = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.slice(0, 40))})`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${A_OR_AN(typeof value)} (${String(value)})`;
  return A_OR_AN(typeof value);
}

function messageOf(issue: v.BaseIssue<unknown>): string {
  if (issue.kind !== 'schema' || issue.type === 'picklist') return issue.message;
  if (issue.input === undefined) return 'is required';
  return `must be ${A_OR_AN(issue.type)}, not ${describeValue(issue.input)}`;
}

/** What a bundle's place on disk says it must be: `<slug>/<lang>.json`. */
export interface BundlePlace {
  slug?: string;
  lang?: Lang;
}

/**
 * Validates parsed JSON as a bundle. `place`, when known, is where the file
 * sits, so `ru.json` saying `"lang": "en"` is caught.
 */
export function validateBundle(data: unknown, place: BundlePlace = {}): BundleResult {
  const result = v.safeParse(bundleSchema, data, { abortEarly: false });
  if (!result.success) {
    return {
      ok: false,
      problems: result.issues.map((issue) => ({ field: fieldOf(issue), message: messageOf(issue) })),
    };
  }
  const bundle = result.output;
  const problems: Problem[] = [];
  if (place.lang && bundle.lang !== place.lang) {
    problems.push({
      field: 'lang',
      message: `is "${bundle.lang}" but the file is ${place.lang}.json; they must match`,
    });
  }
  if (place.slug && bundle.slug !== undefined && bundle.slug !== place.slug) {
    problems.push({ field: 'slug', message: `is "${bundle.slug}" but the folder is ${place.slug}/; they must match` });
  }
  const firstIndexOf = new Map<string, number>();
  bundle.segments.forEach((segment, index) => {
    const first = firstIndexOf.get(segment.id);
    if (first === undefined) firstIndexOf.set(segment.id, index);
    else
      problems.push({
        field: `segments[${index}].id`,
        message: `"${segment.id}" is already the id of segments[${first}]; ids must be unique`,
      });
  });
  return problems.length ? { ok: false, problems } : { ok: true, bundle };
}

/** The problem with a bundle of `bytes` bytes, or null if it is within the limit. */
export function sizeProblem(bytes: number): Problem | null {
  if (bytes <= LIMITS.bundleBytes) return null;
  return {
    field: '-',
    message: `is ${bytes.toLocaleString('en')} bytes; a bundle may be at most ${LIMITS.bundleBytes.toLocaleString('en')} (${LIMITS.bundleBytes / 1024 / 1024} MiB), so split the article`,
  };
}

/**
 * Parses and validates a bundle file's text in one step. An oversized
 * bundle is still checked, so an editor learns everything at once; only
 * nesting beyond the limit stops the check before parsing.
 */
export function parseBundle(text: string, place: BundlePlace = {}): BundleResult {
  const tooBig = sizeProblem(utf8Length(text));
  const json = parseJsonText(text, LIMITS.depth);
  let result: BundleResult;
  if (json.ok) result = validateBundle(json.value, place);
  else if (json.problem === 'too-deep') {
    const where = `at line ${json.line}, column ${json.column}`;
    const message = `nested more than ${LIMITS.depth} levels deep ${where}; a bundle needs 3 (the file, segments, a segment)`;
    result = { ok: false, problems: [{ field: '-', message }] };
  } else {
    const message = `not valid JSON at line ${json.line}, column ${json.column}: ${json.reason}`;
    result = { ok: false, problems: [{ field: '-', message }] };
  }
  if (!tooBig) return result;
  return { ok: false, problems: [tooBig, ...(result.ok ? [] : result.problems)] };
}
