import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { AlignedRow } from '../../articles/align';
import { BLOCK, GROUP, type RowWindow } from './ParallelRows';

/** Blocks within one screen above or below the screen keep their rows. */
const MARGIN = '100% 0px';
/**
 * Blocks put on the page per frame, nearest the screen first. A fling can
 * bring more rows near the screen in one frame than the browser lays out in
 * one; the rest follow in the next frames rather than freezing the scroll.
 */
const BLOCKS_PER_FRAME = 1;
/**
 * Blocks observed on each side of the one nearest the screen. The browser
 * checks every observed block each frame it scrolls: all 750 of a
 * 3,000-passage article cost 3-6 ms a frame on a slowed CPU. A screen and
 * its margins hold a few blocks; this many leaves room for a fast fling.
 */
const WATCHED = 16;
/** A row's padding and border: the part of its height that does not grow with its text. */
const ROW_FRAME_PX = 21;
/** Pixels of row height per character of its longest cell, until rows on this page have been measured. */
const FIRST_GUESS_PX_PER_CHAR = 0.6;

/** The list's block elements by index, and how many there are: the list holds them in groups of GROUP. */
function blocksOf(list: HTMLElement | null | undefined) {
  const groups = list?.children;
  const lastGroup = groups?.[groups.length - 1];
  return {
    count: groups && lastGroup ? (groups.length - 1) * GROUP + lastGroup.children.length : 0,
    at: (index: number): Element | undefined => groups?.[Math.floor(index / GROUP)]?.children[index % GROUP],
  };
}

function longestCell(row: AlignedRow): number {
  return Math.max(0, ...row.cells.map((cell) => cell?.text.length ?? 0));
}

/**
 * Which blocks of a long parallel view (over WINDOW_FROM rows) hold their rows. A 3,000-passage
 * article in three columns is some 50,000 elements; laying out and
 * painting them, even skipped with content-visibility, costs a fast scroll
 * frames on a phone. Blocks come on the page as they near the screen (an
 * IntersectionObserver on the blocks around the screen) and leave it,
 * measured, as they go.
 * Blocks holding `pinned` rows (the marked and the focusable one) stay.
 *
 * `layoutKey` names what changes rows' heights other than the window's
 * width (the columns shown, peek mode): measurements are dropped when it changes.
 */
export function useRowWindow(
  rows: readonly AlignedRow[],
  pinned: readonly (string | null | undefined)[],
  layoutKey: string,
): RowWindow {
  const listRef = useRef<HTMLDivElement>(null);
  const [first] = useState<ReadonlySet<number>>(() => {
    const start = new Set([0]);
    for (const id of pinned) {
      const block = Math.floor(rows.findIndex((row) => row.id === id) / BLOCK);
      if (block >= 0) [block - 1, block, block + 1].forEach((b) => start.add(b));
    }
    return start;
  });
  // The blocks holding their rows. Only catchUp (below) changes it, and then only the blocks whose
  // state changed are redrawn (each block subscribes): a list of some 750 blocks is not, a frame at a time.
  const liveNow = useRef(first);
  // Each block's listener, by block: a change of the window tells only the blocks it changed,
  // not all 750 of a 3,000-passage view each time a block comes or goes.
  const [listeners] = useState(() => new Map<number, () => void>());
  const subscribe = useCallback(
    (index: number, onChange: () => void) => {
      listeners.set(index, onChange);
      return () => {
        if (listeners.get(index) === onChange) listeners.delete(index);
      };
    },
    [listeners],
  );
  const isLive = useCallback((index: number) => liveNow.current.has(index), []);

  // Measured heights by row id, and what they teach about unmeasured rows. Kept for the life of
  // the rows; a new width or layout starts again (`generation` re-renders the spacers).
  const measured = useRef({ heights: new Map<string, number>(), px: 0, chars: 0 });
  const [generation, setGeneration] = useState(0);
  const charsOf = useMemo(() => new Map(rows.map((row) => [row.id, longestCell(row)])), [rows]);

  const forget = useCallback(() => {
    measured.current = { heights: new Map(), px: 0, chars: 0 };
    setGeneration((n) => n + 1);
  }, []);
  const lastLayout = useRef(layoutKey);
  useEffect(() => {
    if (lastLayout.current === layoutKey) return;
    lastLayout.current = layoutKey;
    forget();
  }, [layoutKey, forget]);
  useEffect(() => {
    let width = window.innerWidth;
    const onResize = () => {
      if (window.innerWidth === width) return;
      width = window.innerWidth;
      forget();
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [forget]);

  const watching = useRef<{ watch: () => void } | null>(null);
  useEffect(() => {
    if (typeof IntersectionObserver !== 'function') return;
    const measure = (block: Element) => {
      const memory = measured.current;
      for (const row of block.querySelectorAll<HTMLElement>('.parallel-row')) {
        const id = row.dataset.segmentId;
        const height = row.offsetHeight;
        if (!id || height === 0) continue;
        if (!memory.heights.has(id)) {
          memory.px += height - ROW_FRAME_PX;
          memory.chars += charsOf.get(id) ?? 0;
        }
        memory.heights.set(id, height);
      }
    };
    // Blocks near the screen, with how far from it each was when last seen (px).
    const near = new Map<number, number>();
    // The observed blocks, from..to: WATCHED either side of `center`.
    let center = 0;
    let from = 0;
    let to = -1;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The blocks whose state catchUp changed since they were last told.
    const changed = new Set<number>();
    // Blocks redraw in a task of their own after this frame, not inside it, and are laid out in that
    // task too (reading a height makes the browser do it then): the next frame is left only painting,
    // and neither task comes near 50 ms on a phone.
    const tell = () => {
      timer = undefined;
      flushSync(() => {
        for (const block of changed) listeners.get(block)?.();
      });
      changed.clear();
      void listRef.current?.offsetHeight;
    };
    const catchUp = () => {
      frame = 0;
      const before = liveNow.current;
      const after = new Set([...before].filter((block) => near.has(block)));
      const wanted = [...near].filter(([block]) => !after.has(block)).sort((a, b) => a[1] - b[1]);
      for (const [block] of wanted.slice(0, BLOCKS_PER_FRAME)) after.add(block);
      if (wanted.length > BLOCKS_PER_FRAME) frame = requestAnimationFrame(catchUp);
      for (const block of before) if (!after.has(block)) changed.add(block);
      for (const block of after) if (!before.has(block)) changed.add(block);
      if (changed.size > 0) {
        liveNow.current = after;
        timer ??= setTimeout(tell, 0);
      }
    };
    const leave = (block: number, element: Element) => {
      // Measured as it leaves, while its rows are still there: its spacers take their height.
      measure(element);
      near.delete(block);
    };
    // Observes the blocks around `center` and no others; blocks added to the list later are
    // picked up when this runs again (watchBlocks).
    const watch = () => {
      const blocks = blocksOf(listRef.current);
      const low = Math.max(0, center - WATCHED);
      const high = Math.min(blocks.count - 1, center + WATCHED);
      for (let block = from; block <= to; block++) {
        const element = blocks.at(block);
        if ((block >= low && block <= high) || !element) continue;
        watcher.unobserve(element);
        if (near.has(block)) leave(block, element);
      }
      for (let block = low; block <= high; block++) {
        const element = blocks.at(block);
        if (element && (block < from || block > to)) watcher.observe(element);
      }
      from = low;
      to = high;
    };
    // The block at the top of the screen, by binary search: after a jump, none of the observed blocks is near.
    const locate = () => {
      const blocks = blocksOf(listRef.current);
      let low = 0;
      let high = blocks.count - 1;
      while (low < high) {
        const middle = Math.floor((low + high) / 2);
        if ((blocks.at(middle)?.getBoundingClientRect().bottom ?? 0) > 0) high = middle;
        else low = middle + 1;
      }
      return low;
    };
    const watcher = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const block = Number((entry.target as HTMLElement).dataset.block);
          if (entry.isIntersecting) {
            const { top, bottom } = entry.boundingClientRect;
            near.set(block, bottom < 0 ? -bottom : Math.max(0, top - window.innerHeight));
          } else if (near.has(block)) leave(block, entry.target);
        }
        let nearest = -1;
        let least = Number.POSITIVE_INFINITY;
        for (const [block, distance] of near) {
          if (distance < least) [nearest, least] = [block, distance];
        }
        center = nearest >= 0 ? nearest : locate();
        watch();
        if (!frame) frame = requestAnimationFrame(catchUp);
      },
      { rootMargin: MARGIN },
    );
    watching.current = { watch };
    // The list rendered before this effect ran (a child's effects come first), and the page is where
    // the reader's place or a link put it (layout effects come first too).
    center = locate();
    watch();
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      watcher.disconnect();
      watching.current = null;
    };
  }, [charsOf, listeners]);
  // Blocks are added a chunk at a time: those that fall near the screen are observed.
  const watchBlocks = useCallback(() => watching.current?.watch(), []);

  const spacerHeight = useCallback(
    (row: AlignedRow) => {
      const memory = measured.current;
      const known = memory.heights.get(row.id);
      if (known !== undefined) return known;
      const perChar = memory.chars > 0 ? memory.px / memory.chars : FIRST_GUESS_PX_PER_CHAR;
      return Math.round(ROW_FRAME_PX + (charsOf.get(row.id) ?? 0) * perChar);
    },
    // A new generation is a new function, so memoised blocks redraw their spacers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [charsOf, generation],
  );

  // The same object from render to render, so a block redraws only when its own state changes.
  return useMemo(
    () => ({ listRef, windowed: true, block: BLOCK, subscribe, isLive, spacerHeight, watchBlocks }),
    [subscribe, isLive, spacerHeight, watchBlocks],
  );
}
