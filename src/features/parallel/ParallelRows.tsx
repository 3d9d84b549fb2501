import { memo, Suspense, useCallback, useEffect, useMemo, useState, useSyncExternalStore, type RefObject } from 'react';
import type { AlignedRow } from '../../articles/align';
import type { Segment } from '../../articles/schema';
import { urlWordOf, type Lang } from '../../i18n/languages';
import { OwnPassageShare } from '../../ui/PassageShare';
import { lazyComponent } from '../../ui/lazy-component';
import { whenIdle } from '../../ui/when-idle';

/**
 * Articles with more rows than this are windowed: only the blocks near the
 * screen hold their rows, the rest hold empty spacers of the rows' height.
 * Shorter articles keep every row on the page, so find-in-page sees them all.
 */
export const WINDOW_FROM = 400;
/** Rows per block in a windowed view: what is put on the page or taken off it at once (one a frame). */
export const BLOCK = 4;
/**
 * Rows per block in a view that keeps every row: blocks skipped while off
 * screen (content-visibility). Large, so the first screen is one block: a
 * screenful of small blocks would shift as each took its real height.
 */
const ALL_ROWS_BLOCK = 25;

/**
 * Blocks per group. The list holds groups of blocks: a block that changes
 * height (coming on the page or leaving it) is laid out again with the
 * blocks of its group and the list's groups, some fifty in a 3,000-passage
 * article, rather than with all 750 blocks: some 40 % less layout for each
 * such change, on a slowed CPU (decision 007).
 */
export const GROUP = 32;

/** Rows rendered at once; the rest follow in chunks so the first rows paint fast on long articles. */
const FIRST_ROWS = 50;
const CHUNK = 150;

export interface RowLabels {
  gap: string;
  languageNames: Record<Lang, string>;
  passage: (n: number) => string;
  /** The share button's name. */
  share: string;
  /** For the share control of the marked row: the article and its title in each language. */
  slug: string;
  titles: Partial<Record<Lang, string>>;
}

interface CellProps {
  segment: Segment | null;
  lang: Lang;
  columns: readonly Lang[];
  active: boolean;
  labels: RowLabels;
}

/** A cell's element, keyed by its language: called by its row, not a component of its own (a fiber fewer per cell). */
function cell({ segment, lang, columns, active, labels }: CellProps) {
  const primary = columns[0] === lang;
  // Each cell is named by its language for screen readers; a phone, where the columns are stacked,
  // shows the language's word before it (CSS, from data-word). No elements of their own: a long view
  // draws thousands of cells, and two hidden spans in each measurably slowed its scrolling.
  const naming = {
    role: 'group',
    'aria-label': labels.languageNames[lang],
    'data-word': urlWordOf(lang).toUpperCase(),
  } as const;
  if (!segment) {
    return (
      <div key={lang} className="parallel-cell parallel-cell--gap" {...naming}>
        <span className="parallel-gap">{labels.gap}</span>
      </div>
    );
  }
  const share = active ? (
    // The link is to the whole view at this passage; the quote is in this column's language.
    <OwnPassageShare
      passage={{ lang: columns[0] ?? lang, slug: labels.slug, segmentId: segment.id, compare: columns.slice(1) }}
      text={segment.text}
      title={labels.titles[lang] ?? ''}
      textLang={lang}
      label={labels.share}
      menuId={`share-${lang}-${segment.id}`}
    />
  ) : null;
  const className = `parallel-cell parallel-cell--${segment.type}`;
  // Article text is content: always a text node, never markup.
  if (segment.type === 'paragraph') {
    // Most cells: the paragraph is the cell, one element instead of two (the share control is phrasing content).
    return (
      <p key={lang} className={className} lang={lang} {...naming}>
        {share ? (
          <>
            {segment.text}
            {share}
          </>
        ) : (
          // A lone string child is set as the element's text, with no node of React's own.
          segment.text
        )}
      </p>
    );
  }
  return (
    <div key={lang} className={className} lang={lang} {...naming}>
      {segment.type === 'quote' ? (
        <blockquote className="parallel-quote">{segment.text}</blockquote>
      ) : primary ? (
        <h2 className="parallel-heading">{segment.text}</h2>
      ) : (
        <p className="parallel-heading">{segment.text}</p>
      )}
      {share}
    </div>
  );
}

interface RowProps {
  row: AlignedRow;
  index: number;
  columns: readonly Lang[];
  active: boolean;
  focusable: boolean;
  labels: RowLabels;
  onActivate: (id: string) => void;
  /** Off the page (windowed): the height of the empty spacer the row is then; null on the page. */
  spacerHeight: number | null;
}

/**
 * One passage in every column; memoised so marking a row re-renders two rows, not thousands.
 * Off the page (windowed), the same element is an empty spacer of the row's height, keeping its id for
 * links and positions: a row that comes on the page or leaves it keeps its element and changes its
 * contents, rather than one element being swapped for another.
 */
const Row = memo(function Row(props: RowProps) {
  const { row, index, columns, active, focusable, labels, onActivate, spacerHeight } = props;
  if (spacerHeight !== null) {
    return <div className="parallel-spacer" id={row.id} data-segment-id={row.id} style={{ height: spacerHeight }} />;
  }
  return (
    // A passage, not a control: it keeps its headings and paragraphs readable, takes focus (one
    // row at a time, moved by j/k) and marks its counterparts when focused or tapped.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className="parallel-row"
      id={row.id}
      data-segment-id={row.id}
      data-active={active || undefined}
      aria-current={active ? 'location' : undefined}
      role="group"
      aria-label={labels.passage(index + 1)}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
      tabIndex={focusable ? 0 : -1}
      onClick={() => onActivate(row.id)}
      onFocus={() => onActivate(row.id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') onActivate(row.id);
      }}
    >
      {columns.map((lang, column) => cell({ segment: row.cells[column] ?? null, lang, columns, active, labels }))}
    </div>
  );
});

interface BlockProps {
  rows: readonly AlignedRow[];
  index: number;
  first: number;
  columns: readonly Lang[];
  activeId: string | null;
  focusId: string | undefined;
  labels: RowLabels;
  onActivate: (id: string) => void;
  /** Whether the block holds its rows, and when that changes (see RowWindow). */
  rowWindow: RowWindow;
  /** Holds a row that must be on the page (linked, marked or focusable), whatever the window says. */
  pinned: boolean;
}

const Block = memo(function Block(props: BlockProps) {
  const { rows, index, first, columns, activeId, focusId, labels, onActivate, rowWindow, pinned } = props;
  const subscribe = useCallback((onChange: () => void) => rowWindow.subscribe(index, onChange), [rowWindow, index]);
  const inWindow = useSyncExternalStore(
    subscribe,
    () => rowWindow.isLive(index),
    () => rowWindow.isLive(index),
  );
  // Off the page (windowed): each row is an empty spacer this tall, keeping its id for links and positions.
  const spacerHeight = inWindow || pinned ? null : rowWindow.spacerHeight;
  return (
    <div className="parallel-block" data-block={index}>
      {rows.map((row, i) => (
        <Row
          key={row.id}
          row={row}
          index={first + i}
          columns={columns}
          active={row.id === activeId}
          focusable={row.id === focusId}
          labels={labels}
          onActivate={onActivate}
          spacerHeight={spacerHeight ? spacerHeight(row) : null}
        />
      ))}
    </div>
  );
});

export interface ParallelRowsProps {
  rows: readonly AlignedRow[];
  columns: readonly Lang[];
  activeId: string | null;
  /** A row that must be on the page from the first render (a linked or saved segment). */
  neededId: string | null;
  /** What else changes rows' heights (peek mode). */
  layoutKey: string;
  labels: RowLabels;
  onActivate: (id: string) => void;
}

/** Which blocks hold their rows, and the spacers' heights for the others (see use-row-window.ts). */
export interface RowWindow {
  /** On the element whose children are the groups of GROUP blocks (each block with `data-block`). */
  listRef?: RefObject<HTMLDivElement | null>;
  windowed: boolean;
  /** Rows per block. */
  block: number;
  /** Whether a block holds its rows now; `subscribe` is told when that changes for the block. */
  isLive: (index: number) => boolean;
  subscribe: (index: number, onChange: () => void) => () => void;
  spacerHeight: (row: AlignedRow) => number;
  /** Called after each render of the list: blocks are added a chunk at a time. */
  watchBlocks?: () => void;
}

/**
 * Rows go in blocks, and blocks in groups. Each block is skipped by the
 * browser while off screen (content-visibility), so a row that changes
 * height re-lays out its block, its group and the list of groups, not every
 * row of the article; in long articles, blocks far from the screen hold
 * spacers instead (WindowedRows).
 */
export function RowList({
  rows,
  columns,
  activeId,
  neededId,
  labels,
  onActivate,
  rowWindow,
}: ParallelRowsProps & { rowWindow: RowWindow }) {
  const [limit, setLimit] = useState(() => {
    const needed = neededId ? rows.findIndex((row) => row.id === neededId) : -1;
    return Math.max(FIRST_ROWS, needed + FIRST_ROWS);
  });

  useEffect(() => {
    if (limit >= rows.length) return;
    const timer = setTimeout(() => setLimit((n) => n + CHUNK), 0);
    return () => clearTimeout(timer);
  }, [limit, rows.length]);

  const focusId = activeId ?? rows[0]?.id;
  const { listRef, windowed, block, watchBlocks } = rowWindow;
  useEffect(() => watchBlocks?.());
  // The same arrays from render to render, so a block whose rows, mark and window are unchanged is not redrawn.
  const slices = useMemo(() => {
    const list = [];
    for (let first = 0; first < rows.length; first += block) list.push(rows.slice(first, first + block));
    return list;
  }, [rows, block]);
  const blocks = [];
  for (let index = 0; index * block < Math.min(limit, rows.length); index++) {
    const slice = slices[index] ?? [];
    const first = index * block;
    // Only the blocks holding the marked or focusable row see those ids, so marking re-renders one or two blocks.
    const holds = (id: string | null | undefined) => (id && slice.some((row) => row.id === id) ? id : null);
    const active = holds(activeId);
    const focus = holds(focusId);
    blocks.push(
      <Block
        key={slice[0]?.id ?? first}
        rows={slice}
        index={index}
        first={first}
        columns={columns}
        activeId={active}
        focusId={focus ?? undefined}
        labels={labels}
        onActivate={onActivate}
        rowWindow={rowWindow}
        pinned={active !== null || focus !== null || holds(neededId) !== null}
      />,
    );
  }
  const groups = [];
  for (let first = 0; first < blocks.length; first += GROUP) {
    groups.push(
      <div key={first} className="parallel-group">
        {blocks.slice(first, first + GROUP)}
      </div>,
    );
  }
  return (
    <div
      ref={listRef}
      className={`parallel-rows parallel-rows--${columns.length}`}
      data-windowed={windowed || undefined}
    >
      {groups}
    </div>
  );
}

/** Long articles' rows, windowed: a chunk of its own, since most articles never need it. */
const WindowedRows = lazyComponent(() => import('./WindowedRows').then((m) => m.WindowedRows));
// Fetched once the browser is idle after this chunk arrives (itself fetched early or when idle).
if (typeof window !== 'undefined') whenIdle(() => void WindowedRows.preload().catch(() => undefined));
/** Every row on the page: an article of up to WINDOW_FROM rows. */
const ALL_ROWS: RowWindow = {
  windowed: false,
  block: ALL_ROWS_BLOCK,
  isLive: () => true,
  subscribe: () => () => {},
  spacerHeight: () => 0,
};

export function ParallelRows(props: ParallelRowsProps) {
  if (props.rows.length <= WINDOW_FROM) return <RowList {...props} rowWindow={ALL_ROWS} />;
  return (
    // Fetched when the browser was idle, normally; else for the moment it takes, the bar and titles show alone.
    <Suspense fallback={null}>
      <WindowedRows {...props} />
    </Suspense>
  );
}
