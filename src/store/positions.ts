/**
 * Reading positions: their shape, how untrusted stored ones are read, and
 * how two sets are merged (two tabs, or storage against memory) without a
 * newer place ever losing to an older one.
 */

/**
 * A place in an article, the same in every language and at every width: the
 * segment at the top of the reading area and how far into it (0–1).
 * `progress` is how much of the article lay above that point, for the
 * library's "Continue reading" row. `previousIds` are the segments just
 * before it, nearest first, so that if an edit removes the segment the
 * reader goes back to the nearest one that survived.
 */
export interface ReadingPosition {
  segmentId: string;
  offset: number;
  progress: number;
  updatedAt: number;
  previousIds?: string[];
}

/**
 * Places by article slug. Always made by `positionsFrom`: a slug is content,
 * and one named `constructor` or `__proto__` must find its own place, not
 * something every object inherits.
 */
export type Positions = Record<string, ReadingPosition>;

/** Positions kept at most; the least recently read are dropped first. */
export const MAX_POSITIONS = 200;
/** Segments remembered before the current one. */
export const PREVIOUS_IDS = 5;

export const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/** A record of places with no prototype, so that every slug is an ordinary key. */
export function positionsFrom(entries: Iterable<readonly [string, ReadingPosition]> = []): Positions {
  const positions: Positions = Object.create(null);
  for (const [slug, position] of entries) positions[slug] = position;
  return positions;
}

export function keepNewest(positions: Positions): Positions {
  const entries = Object.entries(positions);
  if (entries.length <= MAX_POSITIONS) return positions;
  entries.sort(([, a], [, b]) => b.updatedAt - a.updatedAt);
  return positionsFrom(entries.slice(0, MAX_POSITIONS));
}

/** Every article's newer place of the two (`a`'s when equal); neither set is changed. */
export function mergePositions(a: Positions, b: Positions): Positions {
  const merged = positionsFrom(Object.entries(a));
  for (const [slug, position] of Object.entries(b)) {
    const mine = merged[slug];
    if (!mine || position.updatedAt > mine.updatedAt) merged[slug] = position;
  }
  return keepNewest(merged);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A stored position, or null if it is not one; numbers are clamped, extra
 * fields dropped. A time after `now` was stamped by a clock that has since
 * been put back: it counts as saved now, or it would win every merge and no
 * new reading could ever replace it.
 */
export function readPosition(value: unknown, now: number): ReadingPosition | null {
  if (!isRecord(value) || typeof value.segmentId !== 'string') return null;
  const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : 0);
  const { updatedAt } = value;
  const previousIds = Array.isArray(value.previousIds)
    ? value.previousIds.filter((id): id is string => typeof id === 'string').slice(0, PREVIOUS_IDS)
    : [];
  return {
    segmentId: value.segmentId,
    offset: clamp01(num(value.offset)),
    progress: clamp01(num(value.progress)),
    updatedAt: typeof updatedAt === 'number' && !Number.isNaN(updatedAt) ? Math.max(0, Math.min(updatedAt, now)) : 0,
    ...(previousIds.length ? { previousIds } : {}),
  };
}
