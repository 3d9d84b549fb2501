/**
 * The article bundle contract (docs/article-format.md), checked the same way
 * by the app at runtime and by `npm run check:articles`.
 */
import * as v from 'valibot';
import { LANGS, type Lang } from '../i18n/languages.ts';
import { parseJsonText } from './json-text.ts';

export const SEGMENT_TYPES = ['paragraph', 'heading', 'quote'] as const;
export const LIMITS = { title: 300, lead: 600, byline: 200, segmentText: 20_000 } as const;

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
// C0 controls other than tab and newline, DEL, C1 controls, and the bidi
// embedding/override/isolate marks that can make text display in a different
// order from the one it is stored in.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function hiddenCharMessage(text: string): string {
  const index = text.search(HIDDEN_CHARS);
  const code = text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0');
  return `contains the invisible control character U+${code} at character ${index + 1}; remove it`;
}

function text(name: string, max: number) {
  return v.pipe(
    v.string(),
    v.check((s) => s.trim().length > 0, 'is empty'),
    v.check(
      (s) => s.length <= max,
      (issue) => `is ${String(issue.input).length} characters long; ${name} may be at most ${max}`,
    ),
    v.check(
      (s) => !HIDDEN_CHARS.test(s),
      (issue) => hiddenCharMessage(String(issue.input)),
    ),
  );
}

const isoDate = v.pipe(
  v.string(),
  v.check(
    (s) => ISO_8601.test(s) && !Number.isNaN(Date.parse(s)),
    'must be an ISO 8601 date such as 2025-07-25 or 2025-07-25T09:30:00+03:00',
  ),
);

const httpUrl = v.pipe(
  v.string(),
  v.check((s) => /^https?:\/\/[^\s]+$/i.test(s), 'must be an absolute http:// or https:// URL'),
);

const segmentSchema = v.object({
  id: v.pipe(
    v.string(),
    v.regex(
      /^[a-z0-9][a-z0-9-]{0,63}$/,
      'must be 1–64 characters of a–z, 0–9 and "-", starting with a letter or digit',
    ),
  ),
  type: v.picklist(SEGMENT_TYPES, 'must be one of paragraph, heading, quote'),
  text: text('a segment', LIMITS.segmentText),
});

export const bundleSchema = v.object({
  slug: v.optional(v.string()),
  lang: v.picklist(LANGS, 'must be one of uk, en, ru (Ukrainian is uk; ua is only for URLs)'),
  title: text('a title', LIMITS.title),
  lead: v.optional(text('a lead', LIMITS.lead)),
  byline: v.optional(text('a byline', LIMITS.byline)),
  published: isoDate,
  updated: v.optional(isoDate),
  source: v.optional(v.object({ name: text('a source name', LIMITS.byline), url: httpUrl })),
  image: v.optional(
    v.object({
      src: v.pipe(
        v.string(),
        // Images come from our own site: a page never loads anything from elsewhere (see the CSP).
        v.check(
          (s) => /^\/(?!\/)\S+$/.test(s),
          'must be a path on this site starting with /, e.g. /articles/<slug>/photo.jpg',
        ),
      ),
      alt: text('alt text', LIMITS.lead),
      credit: v.optional(text('a credit', LIMITS.byline)),
    }),
  ),
  segments: v.pipe(v.array(segmentSchema), v.minLength(1, 'is empty; an article needs at least one segment')),
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

/** Parses and validates a bundle file's text in one step. */
export function parseBundle(text: string, place: BundlePlace = {}): BundleResult {
  const json = parseJsonText(text);
  if (!json.ok) {
    return {
      ok: false,
      problems: [{ field: '-', message: `not valid JSON at line ${json.line}, column ${json.column}: ${json.reason}` }],
    };
  }
  return validateBundle(json.value, place);
}
