import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { formerIdsOf, ParallelRow } from './ParallelRow';
import { estimateRowHeight, segmentAt, type RowsProps } from './rows';

/** Rows kept on the page beyond each edge of the screen, so a scroll shows rows already laid out. */
const OVERSCAN = 6;

/**
 * The rows of a long parallel view, only those near the screen on the page
 * (TanStack Virtual, with the window as the scroller). Each row is measured
 * as it comes on the page; until then its height is estimated from its text.
 * The marked row, the row Tab reaches and a row brought on the page for the
 * reading position stay on it wherever the screen is.
 */
export function WindowedRows({ rows, columns, activeId, labels, onActivate, ref }: RowsProps) {
  const list = useRef<HTMLDivElement>(null);
  // Where the list starts on the page (the virtualizer's offsets are the window's), and the window's
  // width, which the estimates of rows not yet measured depend on.
  const [place, setPlace] = useState(() => ({ top: 0, width: window.innerWidth }));
  const [revealed, setRevealed] = useState<number>();
  // Each row by its id, and by the ids an edit removed that lead to it (an old link still lands).
  const indexOf = useMemo(() => {
    const byId = new Map<string, number>();
    rows.forEach((row, index) => byId.set(row.id, index));
    rows.forEach((row, index) => formerIdsOf(row).forEach((id) => byId.has(id) || byId.set(id, index)));
    return byId;
  }, [rows]);
  const focusId = activeId ?? rows[0]?.id;
  const active = activeId === null ? undefined : indexOf.get(activeId);
  const focus = focusId === undefined ? undefined : indexOf.get(focusId);
  // Made once, not as the virtualizer asks: it asks for every row after one that takes its measured height.
  const estimates = useMemo(
    () => rows.map((row) => estimateRowHeight(row, columns.length, place.width)),
    [rows, columns.length, place.width],
  );

  const virtualizer = useWindowVirtualizer<HTMLDivElement>({
    count: rows.length,
    getItemKey: useCallback((index: number) => rows[index]?.id ?? index, [rows]),
    estimateSize: useCallback((index: number) => estimates[index] ?? 0, [estimates]),
    overscan: OVERSCAN,
    scrollMargin: place.top,
    // The window's size from the first render, so the rows at the screen are there before any effect runs.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    rangeExtractor: useCallback(
      (range: Range) => {
        const indexes = new Set(defaultRangeExtractor(range));
        for (const pinned of [active, focus, revealed]) if (pinned !== undefined) indexes.add(pinned);
        return [...indexes].sort((a, b) => a - b);
      },
      [active, focus, revealed],
    ),
    // Rows are placed by the virtualizer itself, so a row that takes its measured height moves the
    // rows after it in the same frame, without a render.
    directDomUpdates: true,
    directDomUpdatesMode: 'position',
  });

  // Read when the list comes on the page and when the window's size changes: what is above it (the
  // titles) moves it by less than the rows kept beyond the screen's edges otherwise.
  useLayoutEffect(() => {
    const measure = () => {
      const element = list.current;
      const top = element ? Math.round(element.getBoundingClientRect().top + window.scrollY) : 0;
      const width = window.innerWidth;
      setPlace((last) => (last.top === top && last.width === width ? last : { top, width }));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      reveal: (id) => {
        const index = indexOf.get(id);
        if (index === undefined) return false;
        setRevealed(index);
        return true;
      },
      segmentAt: (progress) => segmentAt(rows, progress),
    }),
    [indexOf, rows],
  );

  const setList = useCallback(
    (element: HTMLDivElement | null) => {
      list.current = element;
      virtualizer.containerRef(element);
    },
    [virtualizer],
  );

  return (
    <div
      ref={setList}
      className={`parallel-rows parallel-rows--${columns.length}`}
      data-windowed
      data-segment-count={rows.length}
    >
      {virtualizer.getVirtualItems().map(({ index }) => {
        const row = rows[index];
        return row ? (
          <ParallelRow
            key={row.id}
            row={row}
            index={index}
            columns={columns}
            active={index === active}
            focusable={index === focus}
            labels={labels}
            onActivate={onActivate}
            measure={virtualizer.measureElement}
          />
        ) : null;
      })}
    </div>
  );
}
