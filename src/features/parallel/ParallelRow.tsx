import { memo, type Ref } from 'react';
import type { AlignedRow } from '../../articles/align';
import type { Segment } from '../../articles/schema';
import { urlWordOf, type Lang } from '../../i18n/languages';
import { OwnPassageShare } from '../../sharing/PassageShare';

/** The interface text of the rows, in the page's language (built by the page). */
export interface RowLabels {
  gap: string;
  languageNames: Record<Lang, string>;
  /** A row's accessible name: "Passage 5 of 3000". */
  passage: (n: number) => string;
  /** The share button's name. */
  share: string;
  /** The mark of a passage whose original changed after it was translated, and its tooltip's sentence. */
  stale: { mark: string; note: (since: string) => string };
  /** For the share control of the marked row: the article and its title in each language. */
  slug: string;
  /** The interface's language: the link keeps it, with the columns in their order. */
  pageLang: Lang;
  titles: Partial<Record<Lang, string>>;
}

interface CellProps {
  segment: Segment | null;
  lang: Lang;
  columns: readonly Lang[];
  active: boolean;
  labels: RowLabels;
}

/** A cell's element, keyed by its language: made by its row's render, not a component of its own. */
function cell({ segment, lang, columns, active, labels }: CellProps) {
  const primary = columns[0] === lang;
  // Each cell is named by its language for screen readers; a phone, where the columns are stacked,
  // shows the language's word before it (CSS, from data-word), so the cell needs no elements for it.
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
      passage={{ lang: labels.pageLang, slug: labels.slug, segmentId: segment.id, compare: columns }}
      text={segment.text}
      title={labels.titles[lang] ?? ''}
      textLang={lang}
      label={labels.share}
      menuId={`_share-${lang}-${segment.id}`}
    />
  ) : null;
  const className = `parallel-cell parallel-cell--${segment.type}`;
  const stale = segment.stale ? (
    <span className="segment__stale" title={labels.stale.note(segment.stale.since)}>
      {labels.stale.mark}
    </span>
  ) : null;
  // Article text is content: always a text node, never markup.
  if (segment.type === 'paragraph') {
    // Most cells: the paragraph is the cell (the share control is phrasing content).
    return (
      <p key={lang} className={className} lang={lang} {...naming}>
        {segment.text}
        {stale}
        {share}
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
      {stale}
      {share}
    </div>
  );
}

interface ParallelRowProps {
  row: AlignedRow;
  /** The row's place in the view, from 0: its name's number, and `data-index` for the window and reading positions. */
  index: number;
  columns: readonly Lang[];
  active: boolean;
  focusable: boolean;
  labels: RowLabels;
  onActivate: (id: string) => void;
  /** In a windowed view: measures the row as it comes on the page. */
  measure?: Ref<HTMLDivElement>;
}

/** Ids an edit removed that lead to this row, in any of its languages. */
export function formerIdsOf(row: AlignedRow): string[] {
  return [...new Set(row.cells.flatMap((cell) => cell?.formerIds ?? []))];
}

/** One passage in every column; memoised so marking a row re-renders two rows, not thousands. */
export const ParallelRow = memo(function ParallelRow(props: ParallelRowProps) {
  const { row, index, columns, active, focusable, labels, onActivate, measure } = props;
  const formerIds = formerIdsOf(row);
  return (
    // A passage, not a control: it keeps its headings and paragraphs readable, takes focus (one
    // row at a time, moved by j/k) and marks its counterparts when focused or tapped.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={measure}
      className="parallel-row"
      id={row.id}
      data-segment-id={row.id}
      // So an old link still lands (reading/position-dom.ts).
      data-former-ids={formerIds.length > 0 ? formerIds.join(' ') : undefined}
      data-index={index}
      data-active={active || undefined}
      data-stale={row.cells.some((cell) => cell?.stale) || undefined}
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
