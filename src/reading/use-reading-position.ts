import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, type RefObject } from 'react';
import { useReaderStore } from '../store/reader-store';
import { positionOnPage, scrollToSegment, segmentAtProgress } from './position-dom';

const SAVE_EVERY_MS = 250;

/**
 * What a view that keeps only some of its segments on the page (a windowed
 * list) offers for restoring a place in it.
 */
export interface OffPageSegments {
  /**
   * Brings the segment onto the page in the next render; false if the view
   * has no such segment.
   */
  reveal: (segmentId: string) => boolean;
  /** The id of the segment at `progress` (0–1) through all of the view's, on the page or not. */
  segmentAt: (progress: number) => string | null;
}

/**
 * Keeps the reader's place in one article: puts them there when the text
 * appears (the linked segment if the URL names one, else where they were),
 * then saves the place as they scroll (throttled) and when the page is
 * hidden or closed, or the reader goes Back or Forward. `content` changes
 * whenever a different text is shown, e.g. after a language switch, and the
 * place is restored again, before the browser paints. While it is undefined
 * (a view with no text to show) nothing is saved.
 *
 * Returns `capture`, to save the place right now (before leaving).
 *
 * `offPage` is for views that keep only some segments on the page: a place
 * whose segment is off it is brought onto it, and restored in the render that
 * does so (an update made in a layout effect is rendered before the browser
 * paints), so the reader never sees the page at the wrong place.
 */
export function useReadingPosition(
  container: RefObject<HTMLElement | null>,
  slug: string,
  content: unknown,
  targetSegmentId: string | null,
  offPage?: RefObject<OffPageSegments | null>,
): () => void {
  const restored = useRef(false);
  // Where this tab last put or saw the reader. A place that has not moved is not saved again,
  // so an idle tab (reloaded, hidden, closed) never stamps its old place over a newer one that
  // another tab saved for the same article.
  const lastPlace = useRef<{ segmentId: string; offset: number } | null>(null);

  // The ref is read when `capture` runs, not when it is made.
  // eslint-disable-next-line react-hooks/preserve-manual-memoization
  const capture = useCallback(() => {
    const element = container.current;
    if (!element || !restored.current) return;
    const position = positionOnPage(element);
    if (!position) return;
    const last = lastPlace.current;
    if (last && last.segmentId === position.segmentId && Math.abs(last.offset - position.offset) < 0.01) return;
    lastPlace.current = { segmentId: position.segmentId, offset: position.offset };
    useReaderStore.getState().savePosition(slug, position);
  }, [container, slug]);

  // Segments brought onto the page for this restore, each once: `revealed` runs it again in the render that brings them.
  const asked = useRef(new Set<string>());
  const [revealed, restoreAgain] = useReducer((n: number) => n + 1, 0);
  useLayoutEffect(() => {
    asked.current = new Set();
  }, [slug, content, targetSegmentId]);

  useLayoutEffect(() => {
    const element = container.current;
    restored.current = false;
    if (!element || content === undefined) return;
    const saved = useReaderStore.getState().positions[slug];
    // Where to go, in order: the linked segment; the reader's place; if the article was edited and
    // that segment is gone, the nearest earlier one that survived, else the same point of it.
    const places = function* (): Generator<[string, number?]> {
      if (targetSegmentId) yield [targetSegmentId];
      if (!saved) return;
      yield [saved.segmentId, saved.offset];
      for (const id of saved.previousIds ?? []) yield [id];
      const nearest = offPage?.current?.segmentAt(saved.progress) ?? segmentAtProgress(element, saved.progress);
      if (nearest) yield [nearest];
    };
    let landed = false;
    // A place at the very start (a glance, or a view just opened) is the top of the page, with the
    // title and lead, not the first passage at the reading line with everything above it hidden.
    const atStart = !targetSegmentId && saved?.progress === 0;
    if (atStart) {
      window.scrollTo({ top: 0, behavior: 'instant' });
      landed = true;
    }
    for (const [id, offset] of landed ? [] : places()) {
      landed = scrollToSegment(element, id, offset);
      if (landed) break;
      // Off the page (a windowed view): brought onto it, and the place restored in the render that does so.
      if (!asked.current.has(id) && offPage?.current?.reveal(id)) {
        asked.current.add(id);
        restoreAgain();
        return;
      }
    }
    if (!landed && !saved) window.scrollTo({ top: 0, behavior: 'instant' });
    restored.current = true;
    // The place just restored is not news: only moving from it is saved. A linked passage is news,
    // even with no scrolling after it: the parallel view or a reload opens there.
    const here = positionOnPage(element);
    lastPlace.current = saved && here && !targetSegmentId ? { segmentId: here.segmentId, offset: here.offset } : null;
    capture();
  }, [container, slug, content, targetSegmentId, capture, offPage, revealed]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        capture();
      }, SAVE_EVERY_MS);
    };
    const onLeave = () => capture();
    const onVisibility = () => document.visibilityState === 'hidden' && capture();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onLeave);
    // Back and Forward: the next page renders after this, so the place read now is still this page's.
    window.addEventListener('popstate', onLeave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('popstate', onLeave);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [capture]);

  return capture;
}
