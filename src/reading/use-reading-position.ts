import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useReaderStore } from '../store/reader-store';
import { positionOnPage, scrollToSegment, segmentAtProgress } from './position-dom';

const SAVE_EVERY_MS = 250;

/**
 * Keeps the reader's place in one article: puts them there when the text
 * appears (the linked segment if the URL names one, else where they were),
 * then saves the place as they scroll (throttled) and when the page is
 * hidden or closed. `content` changes whenever a different text is shown,
 * e.g. after a language switch, and the place is restored again. While it
 * is undefined (the next text is loading and the last one is still on
 * screen under the new page's header) nothing is saved: a place measured
 * then would mix the two layouts.
 *
 * Returns `capture`, to save the place right now (before leaving).
 */
export function useReadingPosition(
  container: RefObject<HTMLElement | null>,
  slug: string,
  content: unknown,
  targetSegmentId: string | null,
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

  useLayoutEffect(() => {
    const element = container.current;
    restored.current = false;
    if (!element || content === undefined) return;
    const saved = useReaderStore.getState().positions[slug];
    if (targetSegmentId && scrollToSegment(element, targetSegmentId)) {
      // fall through: the linked segment is now the place
    } else if (saved && !scrollToSegment(element, saved.segmentId, saved.offset)) {
      // The segment is gone (the article was edited): the nearest earlier one that survived, else the same point.
      const survivor = saved.previousIds?.find((id) => scrollToSegment(element, id));
      const nearest = survivor ? null : segmentAtProgress(element, saved.progress);
      if (nearest) scrollToSegment(element, nearest);
    } else if (!saved) {
      window.scrollTo({ top: 0, behavior: 'instant' });
    }
    restored.current = true;
    // The place just restored is not news: only moving from it is saved.
    const here = positionOnPage(element);
    lastPlace.current = saved && here ? { segmentId: here.segmentId, offset: here.offset } : null;
    capture();
  }, [container, slug, content, targetSegmentId, capture]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        capture();
      }, SAVE_EVERY_MS);
    };
    const onHide = () => capture();
    const onVisibility = () => document.visibilityState === 'hidden' && capture();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [capture]);

  return capture;
}
