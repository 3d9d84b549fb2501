import { RowList, type ParallelRowsProps } from './ParallelRows';
import { useRowWindow } from './use-row-window';

/** The rows of a long article, only those near the screen on the page (see use-row-window.ts). */
export function WindowedRows(props: ParallelRowsProps) {
  const { rows, activeId, neededId, layoutKey } = props;
  const focusId = activeId ?? rows[0]?.id;
  return <RowList {...props} rowWindow={useRowWindow(rows, [neededId, activeId, focusId], layoutKey)} />;
}
