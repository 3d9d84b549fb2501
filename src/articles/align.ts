/**
 * Lines up the language versions of an article passage by passage: one row
 * per segment id, so counterparts share a row however long each translation
 * is, and a passage one language lacks is an empty cell, not a shift.
 */
import type { Segment } from './schema';

export interface AlignedRow {
  id: string;
  /** One cell per column, in column order; null where that language lacks the passage. */
  cells: (Segment | null)[];
}

/**
 * Rows follow the first column's order. A passage only later columns have
 * goes right after the passage that precedes it in that column (after any
 * extras already placed there), so it sits where its own translation has it.
 */
export function alignSegments(columns: readonly (readonly Segment[])[]): AlignedRow[] {
  const [first = [], ...others] = columns;
  const known = new Set(first.map((segment) => segment.id));
  // Extras keyed by the id they follow; '' is the start of the article.
  const extrasAfter = new Map<string, string[]>();

  for (const column of others) {
    let previous = '';
    for (const segment of column) {
      if (!known.has(segment.id)) {
        known.add(segment.id);
        const list = extrasAfter.get(previous) ?? [];
        list.push(segment.id);
        extrasAfter.set(previous, list);
      }
      previous = segment.id;
    }
  }

  const order: string[] = [];
  const emit = (id: string) => {
    order.push(id);
    for (const extra of extrasAfter.get(id) ?? []) emit(extra);
  };
  for (const extra of extrasAfter.get('') ?? []) emit(extra);
  for (const segment of first) emit(segment.id);

  const byColumn = columns.map((column) => new Map(column.map((segment) => [segment.id, segment])));
  return order.map((id) => ({ id, cells: byColumn.map((segments) => segments.get(id) ?? null) }));
}
