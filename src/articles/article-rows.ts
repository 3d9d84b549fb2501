/**
 * Turns pairwise alignments (each language against the pivot) into the rows
 * of one article: a row is one passage, with a run of blocks in each
 * language that has it. When any language joins pivot blocks that another
 * keeps apart, the row takes them all, so every language has one segment per
 * row and the parallel view shows one aligned row.
 */
import type { Lang } from '../i18n/languages.ts';
import type { Bead } from './align-blocks.ts';

export interface Row {
  /** Block indices per language, in order; a language missing from the row has no entry. */
  blocks: Partial<Record<Lang, number[]>>;
  /** The lowest confidence of the beads that made the row. */
  confidence: number;
}

interface Placed {
  lang: Lang;
  bead: Bead;
}

/**
 * `beads` holds each other language's alignment against the pivot, which has
 * `pivotCount` blocks. Blocks only another language has become rows of their
 * own where they stand, except that extras of two languages at the same place
 * and in the same number share rows (the context both translations added).
 */
export function buildRows(pivot: Lang, pivotCount: number, beads: Partial<Record<Lang, Bead[]>>): Row[] {
  // group[i]: the row group of pivot block i. A bead spanning blocks i-1 and i joins their groups.
  const joinsPrevious = new Array<boolean>(pivotCount).fill(false);
  for (const list of Object.values(beads)) {
    for (const bead of list) for (const i of bead.pivot.slice(1)) joinsPrevious[i] = true;
  }
  const group: number[] = [];
  let current = -1;
  for (let i = 0; i < pivotCount; i++) group.push(joinsPrevious[i] ? current : ++current);
  const groups = current + 1;

  const inGroup: Placed[][] = Array.from({ length: groups }, () => []);
  // Extras by the group they follow (-1: before the first), per language.
  const extras = new Map<number, Map<Lang, Bead[]>>();
  for (const [lang, list] of Object.entries(beads) as [Lang, Bead[]][]) {
    list.forEach((bead, index) => {
      const first = bead.pivot[0];
      if (first !== undefined) {
        inGroup[group[first] ?? 0]?.push({ lang, bead });
        return;
      }
      const before = list.slice(0, index).findLast((b) => b.pivot.length > 0)?.pivot[0];
      const after = list.slice(index + 1).find((b) => b.pivot.length > 0)?.pivot[0];
      const groupBefore = before === undefined ? -1 : (group[before] ?? -1);
      if (after !== undefined && group[after] === groupBefore) {
        inGroup[groupBefore]?.push({ lang, bead });
        return;
      }
      const byLang = extras.get(groupBefore) ?? new Map<Lang, Bead[]>();
      byLang.set(lang, [...(byLang.get(lang) ?? []), bead]);
      extras.set(groupBefore, byLang);
    });
  }

  const rows: Row[] = [];
  const emitExtras = (after: number) => {
    const byLang = extras.get(after);
    if (!byLang) return;
    const lists = [...byLang.entries()];
    const counts = new Set(lists.map(([, list]) => list.length));
    if (counts.size === 1) {
      const count = lists[0]?.[1].length ?? 0;
      for (let k = 0; k < count; k++) rows.push(rowOf(lists.map(([lang, list]) => ({ lang, bead: list[k] as Bead }))));
    } else {
      for (const [lang, list] of lists) for (const bead of list) rows.push(rowOf([{ lang, bead }]));
    }
  };
  emitExtras(-1);
  for (let g = 0; g < groups; g++) {
    const pivotBlocks = group.flatMap((owner, i) => (owner === g ? [i] : []));
    const row = rowOf(inGroup[g] ?? []);
    rows.push({ ...row, blocks: { [pivot]: pivotBlocks, ...row.blocks } });
    emitExtras(g);
  }
  return rows;
}

function rowOf(placed: readonly Placed[]): Row {
  const blocks: Partial<Record<Lang, number[]>> = {};
  let confidence = 1;
  for (const { lang, bead } of placed) {
    if (bead.other.length > 0) blocks[lang] = [...(blocks[lang] ?? []), ...bead.other];
    confidence = Math.min(confidence, bead.confidence);
  }
  return { blocks, confidence };
}
