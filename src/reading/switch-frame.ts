import type { Segment } from '../articles/schema';

/** A passage as the first frame of a switch draws it: in the new language (`fresh`) or still in the old one. */
export interface FramePassage {
  segment: Segment;
  fresh: boolean;
}

/**
 * The passages of the frame that shows a switch of language: those from
 * `first` to `last` of the new version (the reader's place down to the
 * bottom of the screen) in the new language, and around them the old
 * version's passages as they are. So nothing above the place changes in
 * that frame: a passage only the new language has waits for the next
 * frame, and one only the old language had stays for it.
 *
 * Null when the old version has none of those passages, so there is
 * nothing to place them among.
 */
export function switchFrame(
  before: readonly Segment[],
  after: readonly Segment[],
  first: number,
  last: number,
): FramePassage[] | null {
  const near = after.slice(first, last + 1);
  const nearIds = new Set(near.map((segment) => segment.id));
  const oldIndex = new Map(before.map((segment, index) => [segment.id, index]));
  const known = near.flatMap((segment) => oldIndex.get(segment.id) ?? []);
  if (known.length === 0) return null;
  const old = (segments: readonly Segment[]) =>
    segments.filter((segment) => !nearIds.has(segment.id)).map((segment) => ({ segment, fresh: false }));
  return [
    ...old(before.slice(0, Math.min(...known))),
    ...near.map((segment) => ({ segment, fresh: true })),
    ...old(before.slice(Math.max(...known) + 1)),
  ];
}
