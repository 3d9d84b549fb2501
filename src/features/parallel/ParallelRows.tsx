import { lazy, useImperativeHandle } from 'react';
import { ParallelRow } from './ParallelRow';
import { segmentAt, type RowsProps } from './rows';

// Only long views need the windowing code (TanStack Virtual, some 10 KB gzip): a chunk of its own,
// fetched with the parallel page (src/app/pages.ts), so the page's first load stays within the
// initial-JS budget.
const WindowedRows = lazy(() => import('./WindowedRows').then((m) => ({ default: m.WindowedRows })));

/**
 * Views with more rows than this are windowed: only the rows near the
 * screen are on the page (decision 007). Shorter views keep every row on the
 * page, so find-in-page sees them all.
 */
export const WINDOW_FROM = 400;

/** The parallel view's rows: one per aligned passage, each one line across the columns. */
export function ParallelRows(props: RowsProps) {
  if (props.rows.length <= WINDOW_FROM) return <AllRows {...props} />;
  // No Suspense boundary of its own: the navigation's transition waits for the chunk with the rest of
  // the page. A boundary here would commit the page without rows first, and React holds back the rows
  // that follow a shown fallback for a moment.
  return <WindowedRows {...props} />;
}

/** Every row on the page; the browser skips laying out those off screen (content-visibility in styles.css). */
function AllRows({ rows, columns, activeId, labels, onActivate, ref }: RowsProps) {
  useImperativeHandle(
    ref,
    // Every row is on the page already: there is none to bring onto it.
    () => ({ reveal: () => false, segmentAt: (progress) => segmentAt(rows, progress) }),
    [rows],
  );
  const focusId = activeId ?? rows[0]?.id;
  return (
    <div className={`parallel-rows parallel-rows--${columns.length}`} data-segment-count={rows.length}>
      {rows.map((row, index) => (
        <ParallelRow
          key={row.id}
          row={row}
          index={index}
          columns={columns}
          active={row.id === activeId}
          focusable={row.id === focusId}
          labels={labels}
          onActivate={onActivate}
        />
      ))}
    </div>
  );
}
