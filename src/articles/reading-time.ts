import type { Bundle } from './schema.ts';

/**
 * Words a minute for news prose. One figure for all three languages keeps
 * the time shown the same whichever translation a reader picks; Cyrillic
 * words run a little longer, which the rounding absorbs.
 */
export const WORDS_PER_MINUTE = 200;

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Whole minutes, at least one. */
export function readingMinutes(bundle: Pick<Bundle, 'segments'>): number {
  const words = bundle.segments.reduce((sum, segment) => sum + countWords(segment.text), 0);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
