/**
 * Where the reader is, read from and written to the page's layout. A
 * position is a segment and a fraction of it, not pixels, so it survives a
 * change of language, font or window width.
 */

import { PREVIOUS_IDS } from '../store/positions';

const SEGMENT_SELECTOR = '[data-segment-id]';

/** The segment scrollToSegment is holding at the reading line, and how to stop doing so. */
let holding: { element: HTMLElement; offset: number; stop: () => void } | null = null;

/** The y (viewport) at which reading happens: just below the sticky header. */
export function readingLine(): number {
  const header = document.querySelector('[data-reading-line]');
  return header ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
}

export interface PositionOnPage {
  segmentId: string;
  offset: number;
  progress: number;
  /** The segments before it, nearest first: where to go if an edit removes this one. */
  previousIds: string[];
}

/**
 * The segment at the reading line, by binary search so long articles stay
 * cheap. While scrollToSegment is holding a segment at the line, that
 * segment is the place, whatever the layout says in between: passages
 * above it may have taken their real height and moved it for a frame
 * before the correction (a place saved then was a passage or more off).
 */
export function positionOnPage(container: HTMLElement): PositionOnPage | null {
  const segments = container.querySelectorAll<HTMLElement>(SEGMENT_SELECTOR);
  if (segments.length === 0) return null;
  const held = holding && container.contains(holding.element) ? holding : null;
  if (held) {
    const index = Array.prototype.indexOf.call(segments, held.element);
    if (index >= 0) return placeAt(segments, index, held.offset);
  }
  const line = readingLine();
  // Restoring lands a segment exactly on the line; a pixel of slack keeps rounding from picking the one before.
  const slack = 1;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((segments[mid]?.getBoundingClientRect().top ?? 0) <= line + slack) low = mid;
    else high = mid - 1;
  }
  let index = low;
  let rect = segments[index]?.getBoundingClientRect();
  // The line in the gap after a segment: the reader sees the next one at the top.
  if (rect && rect.bottom <= line && index + 1 < segments.length) {
    index += 1;
    rect = segments[index]?.getBoundingClientRect();
  }
  if (!rect) return null;
  return placeAt(segments, index, rect.height > 0 ? Math.min(1, Math.max(0, (line - rect.top) / rect.height)) : 0);
}

/**
 * A segment's place among all of its list's, where the list keeps only some
 * of them on the page (a windowed view): the list says how many it has
 * (`data-segment-count`), each segment its index (`data-index`).
 */
function placeInList(element: HTMLElement): { index: number; count: number } | null {
  const count = Number(element.closest('[data-segment-count]')?.getAttribute('data-segment-count'));
  const index = Number(element.dataset.index ?? Number.NaN);
  return Number.isInteger(index) && index >= 0 && count > index ? { index, count } : null;
}

function placeAt(segments: NodeListOf<HTMLElement>, index: number, offset: number): PositionOnPage | null {
  const element = segments[index];
  if (!element) return null;
  const place = placeInList(element);
  const previousIds: string[] = [];
  for (let i = index - 1; i >= 0 && previousIds.length < PREVIOUS_IDS; i--) {
    const segment = segments[i];
    // In a windowed list, the segments before it on the page stop at the first one that is not.
    if (place && segment && placeInList(segment)?.index !== place.index - previousIds.length - 1) break;
    const id = segment?.dataset.segmentId;
    if (id) previousIds.push(id);
  }
  const { index: at, count } = place ?? { index, count: segments.length };
  return {
    segmentId: element.dataset.segmentId ?? '',
    offset,
    progress: Math.min(1, (at + offset) / count),
    previousIds,
  };
}

/** The segment with that id, or the one an edit folded it into (a link made before the edit). */
function findSegment(container: HTMLElement, segmentId: string): HTMLElement | undefined {
  const segments = [...container.querySelectorAll<HTMLElement>(SEGMENT_SELECTOR)];
  return (
    segments.find((candidate) => candidate.dataset.segmentId === segmentId) ??
    segments.find((candidate) => candidate.dataset.formerIds?.split(' ').includes(segmentId))
  );
}

/** How far the page must scroll for `offset` of the element to sit at the reading line. */
function distanceToLine(element: HTMLElement, offset: number): number {
  const rect = element.getBoundingClientRect();
  return rect.top + offset * rect.height - readingLine();
}

const USER_SCROLL_EVENTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
const SETTLE_FRAMES = 40;

/**
 * Scrolls so that `offset` of the segment sits at the reading line, and
 * keeps it there for the next few frames: passages above it that had not
 * been laid out yet (content-visibility) take their real height as they come
 * near the screen, and would otherwise push the segment away. Any scrolling
 * of the reader's own ends the correction at once.
 * Returns false if the segment is not on the page.
 */
export function scrollToSegment(container: HTMLElement, segmentId: string, offset = 0): boolean {
  const element = findSegment(container, segmentId);
  if (!element) return false;
  holding?.stop();
  // Already there (a switch that moved nothing above the place): a scroll of a fraction of a pixel would
  // still cost the frame a scroll event.
  const distance = distanceToLine(element, offset);
  if (Math.abs(distance) >= 0.5) window.scrollTo({ top: window.scrollY + distance, behavior: 'instant' });
  if (typeof requestAnimationFrame !== 'function') return true;

  let frame = 0;
  let left = SETTLE_FRAMES;
  let still = 0;
  // The reader's own scrolling ends the hold, but not the key (j, k) whose press began it.
  const began = performance.now();
  const onReader = (event: Event) => {
    if (event.timeStamp >= began) stop();
  };
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of USER_SCROLL_EVENTS) window.removeEventListener(type, onReader);
    if (holding?.stop === stop) holding = null;
  };
  const check = () => {
    // Gone with its page (the reader went elsewhere): its box is empty, and scrolling by it would move the next page.
    if (!element.isConnected) return stop();
    const distance = distanceToLine(element, offset);
    if (Math.abs(distance) > 1) {
      window.scrollBy({ top: distance, behavior: 'instant' });
      still = 0;
    } else still += 1;
    left -= 1;
    if (left > 0 && still < 5) frame = requestAnimationFrame(check);
    else stop();
  };
  for (const type of USER_SCROLL_EVENTS) window.addEventListener(type, onReader, { passive: true });
  holding = { element, offset, stop };
  frame = requestAnimationFrame(check);
  return true;
}

/** The id of the segment at `progress` through the article, for positions whose segment is gone. */
export function segmentAtProgress(container: HTMLElement, progress: number): string | null {
  const segments = container.querySelectorAll<HTMLElement>(SEGMENT_SELECTOR);
  const index = Math.min(segments.length - 1, Math.floor(progress * segments.length));
  return segments[index]?.dataset.segmentId ?? null;
}

/**
 * The segment `step` away from the one at the reading line: j/k navigation.
 * Going back from partway into a segment goes to that segment's own start.
 */
export function segmentBeside(container: HTMLElement, step: 1 | -1): string | null {
  const segments = [...container.querySelectorAll<HTMLElement>(SEGMENT_SELECTOR)];
  const here = positionOnPage(container);
  const index = here ? segments.findIndex((segment) => segment.dataset.segmentId === here.segmentId) : -1;
  const partway = here !== null && here.offset > 0.02;
  const target = step === -1 && partway ? index : index + step;
  return segments[Math.min(segments.length - 1, Math.max(0, target))]?.dataset.segmentId ?? null;
}

/**
 * Moves keyboard focus to a segment without scrolling, so the next Tab and a
 * screen reader carry on from the passage the reader jumped to. A passage
 * that cannot take focus is given a place in no tab order to take it.
 */
export function focusSegment(container: HTMLElement, segmentId: string): void {
  const element = findSegment(container, segmentId);
  if (!element) return;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}
