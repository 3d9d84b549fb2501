/**
 * Scores an alignment against known correspondences: precision and recall of
 * aligned block pairs. A bead joining pivot blocks P with other blocks O
 * stands for every pair in P × O; a block with no counterpart stands for the
 * pair (block, nothing), so a dropped paragraph counts as much as a link.
 */
import type { Bead } from './align-blocks.ts';

export interface Score {
  /** Pairs both sides have, pairs only the aligner has, pairs only the truth has. */
  correct: number;
  extra: number;
  missed: number;
}

/** A truth bead as written in a fixture: "3:3+4" (pivot 3 ↔ other 3 and 4), ":5" (other 5 only), "6:". */
export function parseBead(text: string): Pick<Bead, 'pivot' | 'other'> {
  const [left = '', right = ''] = text.split(':');
  const list = (side: string) => (side ? side.split('+').map(Number) : []);
  return { pivot: list(left), other: list(right) };
}

function pairsOf(beads: readonly Pick<Bead, 'pivot' | 'other'>[]): Set<string> {
  const pairs = new Set<string>();
  for (const { pivot, other } of beads) {
    if (other.length === 0) for (const p of pivot) pairs.add(`${p}-`);
    else if (pivot.length === 0) for (const o of other) pairs.add(`-${o}`);
    else for (const p of pivot) for (const o of other) pairs.add(`${p}-${o}`);
  }
  return pairs;
}

function compare(predicted: ReadonlySet<string>, truth: ReadonlySet<string>): Score {
  let correct = 0;
  for (const pair of predicted) if (truth.has(pair)) correct++;
  return { correct, extra: predicted.size - correct, missed: truth.size - correct };
}

/** The whole alignment, and only the parts the truth says are 1–1 (pairs touching their blocks). */
export function scoreAlignment(
  predicted: readonly Pick<Bead, 'pivot' | 'other'>[],
  truth: readonly Pick<Bead, 'pivot' | 'other'>[],
): { all: Score; oneToOne: Score } {
  const oneToOne = truth.filter((bead) => bead.pivot.length === 1 && bead.other.length === 1);
  const pivotBlocks = new Set(oneToOne.map((bead) => bead.pivot[0]));
  const otherBlocks = new Set(oneToOne.map((bead) => bead.other[0]));
  const touching = [...pairsOf(predicted)].filter((pair) => {
    const [p = '', o = ''] = pair.split('-');
    return (p !== '' && pivotBlocks.has(Number(p))) || (o !== '' && otherBlocks.has(Number(o)));
  });
  return {
    all: compare(pairsOf(predicted), pairsOf(truth)),
    oneToOne: compare(new Set(touching), pairsOf(oneToOne)),
  };
}

export function addScores(scores: readonly Score[]): Score {
  return scores.reduce(
    (sum, s) => ({ correct: sum.correct + s.correct, extra: sum.extra + s.extra, missed: sum.missed + s.missed }),
    {
      correct: 0,
      extra: 0,
      missed: 0,
    },
  );
}

export function measures({ correct, extra, missed }: Score): { precision: number; recall: number; f1: number } {
  const precision = correct + extra === 0 ? 1 : correct / (correct + extra);
  const recall = correct + missed === 0 ? 1 : correct / (correct + missed);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
