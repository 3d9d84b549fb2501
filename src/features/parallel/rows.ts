import type { Ref } from 'react';
import type { AlignedRow } from '../../articles/align';
import type { Lang } from '../../i18n/languages';
import type { OffPageSegments } from '../../reading/use-reading-position';
import type { RowLabels } from './ParallelRow';

/** What the parallel view's list of rows is given, whether it keeps every row on the page or not. */
export interface RowsProps {
  rows: readonly AlignedRow[];
  columns: readonly Lang[];
  activeId: string | null;
  labels: RowLabels;
  onActivate: (id: string) => void;
  /** For the reading position: rows off the page (see useReadingPosition). */
  ref?: Ref<OffPageSegments>;
}

/** The id of the row at `progress` (0–1) through all of them. */
export function segmentAt(rows: readonly AlignedRow[], progress: number): string | null {
  const index = Math.floor(progress * rows.length);
  return rows[Math.min(rows.length - 1, Math.max(0, index))]?.id ?? null;
}

// The layout of styles.css, for estimates only: a row is measured once it is on the page.
/** Below this window width the columns are stacked (the phone layout's media query, 45rem). */
const STACKED_BELOW_PX = 720;
/** The view's widest text (90rem) and the padding around the rows and inside each. */
const MAX_WIDTH_PX = 1440;
const PAGE_PADDING_PX = 32;
const ROW_PADDING_PX = 24;
/** A row's padding and border: the part of its height that does not grow with its text. */
const ROW_FRAME_PX = 21;
const LINE_PX = 27;
/**
 * Line width per character of text, wrapping included: fitted so that a generated 3,000-passage
 * view's estimated height is within 3 % of its measured height, three columns at 1280 px and
 * stacked at 375 px.
 */
const CHAR_PX = 10.5;
/** The gap between columns side by side, and between cells stacked. */
const COLUMN_GAP_PX: Partial<Record<number, number>> = { 2: 32, 3: 24 };
const STACKED_GAP_PX = 8;
/** The language's word a stacked cell starts with, in characters of text. */
const STACKED_WORD_CHARS = 5;

/**
 * A row's height before it has been on the page, in a window `width` wide:
 * its longest cell's text in lines of its column's width, or on a phone,
 * where the columns are stacked, every cell's.
 */
export function estimateRowHeight(row: AlignedRow, columns: number, width: number): number {
  const lengths = row.cells.map((cell) => cell?.text.length ?? 0);
  const text = Math.min(width, MAX_WIDTH_PX) - PAGE_PADDING_PX - ROW_PADDING_PX;
  const lines = (chars: number, lineWidth: number) => Math.max(1, Math.ceil(chars / Math.max(1, lineWidth / CHAR_PX)));
  if (width < STACKED_BELOW_PX) {
    const stacked = lengths.reduce((sum, chars) => sum + lines(chars + STACKED_WORD_CHARS, text) * LINE_PX, 0);
    return ROW_FRAME_PX + stacked + STACKED_GAP_PX * (lengths.length - 1);
  }
  const column = (text - (columns - 1) * (COLUMN_GAP_PX[columns] ?? 0)) / Math.max(1, columns);
  return ROW_FRAME_PX + LINE_PX * Math.max(1, ...lengths.map((chars) => lines(chars, column)));
}
