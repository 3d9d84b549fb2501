/**
 * Where the reader is, read from and written to the page's layout. A
 * position is a segment and a fraction of it, not pixels, so it survives a
 * change of language, font or window width.
 */

const SEGMENT_SELECTOR = '[data-segment-id]';

/** The y (viewport) at which reading happens: just below the sticky header. */
export function readingLine(): number {
  const header = document.querySelector('[data-reading-line]');
  return header ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
}

export interface PositionOnPage {
  segmentId: string;
  offset: number;
  progress: number;
}

/** The segment at the reading line, by binary search so long articles stay cheap. */
export function positionOnPage(container: HTMLElement): PositionOnPage | null {
  const segments = container.querySelectorAll<HTMLElement>(SEGMENT_SELECTOR);
  if (segments.length === 0) return null;
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
  const element = segments[index];
  if (!element || !rect) return null;
  const offset = rect.height > 0 ? Math.min(1, Math.max(0, (line - rect.top) / rect.height)) : 0;
  return {
    segmentId: element.dataset.segmentId ?? '',
    offset,
    progress: Math.min(1, (index + offset) / segments.length),
  };
}

/** Scrolls so that `offset` of the segment sits at the reading line. Returns false if it is not on the page. */
export function scrollToSegment(container: HTMLElement, segmentId: string, offset = 0): boolean {
  const element = [...container.querySelectorAll<HTMLElement>(SEGMENT_SELECTOR)].find(
    (candidate) => candidate.dataset.segmentId === segmentId,
  );
  if (!element) return false;
  const rect = element.getBoundingClientRect();
  window.scrollTo({ top: window.scrollY + rect.top + offset * rect.height - readingLine(), behavior: 'instant' });
  return true;
}

/** The id of the segment at `progress` through the article, for positions whose segment is gone. */
export function segmentAtProgress(container: HTMLElement, progress: number): string | null {
  const segments = container.querySelectorAll<HTMLElement>(SEGMENT_SELECTOR);
  const index = Math.min(segments.length - 1, Math.floor(progress * segments.length));
  return segments[index]?.dataset.segmentId ?? null;
}
