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

// Counting every word of a long article takes milliseconds on a slow phone; a loaded version does not change.
const minutesOf = new WeakMap<readonly Bundle['segments'][number][], number>();

/** Whole minutes, at least one. */
export function readingMinutes(bundle: Pick<Bundle, 'segments'>): number {
  let minutes = minutesOf.get(bundle.segments);
  if (minutes === undefined) {
    const words = bundle.segments.reduce((sum, segment) => sum + countWords(segment.text), 0);
    minutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE));
    minutesOf.set(bundle.segments, minutes);
  }
  return minutes;
}
