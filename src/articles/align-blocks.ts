/**
 * Aligns two separately written versions of an article block by block: which
 * blocks of one correspond to which of the other, allowing 1–1, 1–2, 2–1,
 * 1–0, 0–1 and 2–2 correspondences. Gale & Church's length-based dynamic
 * programming (1993), with their priors, plus the number of sentences and
 * anchors that survive translation (numbers, dates, names, quotation marks,
 * block type) as extra evidence; docs/decisions/012-block-alignment.md says why.
 */
import { anchorsOf, mergeAnchors, type Anchors } from './anchors.ts';
import type { SegmentType } from './schema.ts';

export interface Block {
  type: SegmentType;
  text: string;
}

/** One correspondence: block indices on each side (either may be empty) and how sure the aligner is. */
export interface Bead {
  pivot: number[];
  other: number[];
  /** 0–1: length agreement and anchor agreement combined (see `confidenceOf`). */
  confidence: number;
}

interface Prepared {
  type: SegmentType;
  length: number;
  sentences: number;
  anchors: Anchors;
}

// Gale & Church's priors for each kind of bead, as costs (−log p).
const PRIOR = {
  '1-1': -Math.log(0.89),
  '1-0': -Math.log(0.0099),
  '2-1': -Math.log(0.089 / 2),
  '2-2': -Math.log(0.011),
};
// Variance of the length difference per character; Gale & Church's 6.8, widened for
// paragraphs, where a translator adds or drops a clause more freely than in a sentence.
const VARIANCE = 8;
// What each matching anchor is worth, and what one on only one side costs, in the same units.
const REWARD = { number: 2, date: 2, name: 0.8, quote: 1 };
const PENALTY = { number: 0.6, date: 0.6, name: 0.2 };
// A heading opposite a paragraph costs more than any length disagreement a real pair shows, yet
// less than leaving both out (2 × 4.6), so an editor's formatting slip aligns and is flagged.
const TYPE_MISMATCH = { heading: 6, quote: 3 };

// What each sentence more or less on one side costs. News translators keep the sentences: in the
// demo articles (not the test set) 183 of 185 translated paragraphs have the original's count, so a
// difference of one has odds near 1 in 100 (−log ≈ 4.6); half that allows for translators who split more.
const SENTENCE = 2;
// A sentence ends at . ! ? or … (and any closing quote or bracket) before a capital letter or the end.
const SENTENCE_END = /[.!?…]+["»”’)]*(?=\s+["«“„(]?\p{Lu}|\s*$)/gu;

function sentencesIn(text: string): number {
  return Math.max(1, (text.match(SENTENCE_END) ?? []).length);
}

function prepare(blocks: readonly Block[]): Prepared[] {
  return blocks.map((block) => ({
    type: block.type,
    length: block.text.length,
    sentences: sentencesIn(block.text),
    anchors: anchorsOf(block.text),
  }));
}

/** Standard normal upper tail, by Abramowitz & Stegun 26.2.17 (error below 7.5e-8). */
function upperTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return (Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)) * poly;
}

/** How unlikely it is that `b` translates `a`, by length alone, given the ratio `c` between the languages. */
function lengthCost(a: number, b: number, c: number): number {
  const mean = (a + b / c) / 2;
  const delta = (b - a * c) / Math.sqrt(Math.max(mean, 1) * VARIANCE);
  const p = 2 * upperTail(Math.abs(delta));
  return -Math.log(Math.max(p, 1e-12));
}

function lengthAgreement(a: number, b: number, c: number): number {
  return Math.exp(-lengthCost(a, b, c));
}

function overlap(a: Set<string>, b: Set<string>): { same: number; different: number } {
  let same = 0;
  for (const x of a) if (b.has(x)) same++;
  return { same, different: a.size + b.size - 2 * same };
}

/** Anchors as cost: negative when they agree, positive when one side has what the other lacks. */
function anchorCost(a: Anchors, b: Anchors): number {
  const numbers = overlap(a.numbers, b.numbers);
  const dates = overlap(a.dates, b.dates);
  const names = overlap(a.names, b.names);
  let cost = -REWARD.number * numbers.same + PENALTY.number * numbers.different;
  cost += -REWARD.date * dates.same + PENALTY.date * dates.different;
  cost += -REWARD.name * names.same + PENALTY.name * names.different;
  if (a.quoted && b.quoted) cost -= REWARD.quote;
  return cost;
}

function anchorAgreement(a: Anchors, b: Anchors): number | null {
  const all = [overlap(a.numbers, b.numbers), overlap(a.dates, b.dates), overlap(a.names, b.names)];
  const same = all.reduce((sum, o) => sum + o.same, 0);
  const different = all.reduce((sum, o) => sum + o.different, 0);
  return same + different === 0 ? null : (2 * same) / (2 * same + different);
}

/** One or two consecutive blocks of one side, taken together; `type` is null when they differ. */
interface Span {
  count: number;
  length: number;
  sentences: number;
  anchors: Anchors;
  type: SegmentType | null;
}

/** Every span of one and of two blocks, made once: the dynamic programme asks for each many times. */
function spansOf(blocks: readonly Prepared[]): [Span[], Span[]] {
  const one = blocks.map((b) => ({
    count: 1,
    length: b.length,
    sentences: b.sentences,
    anchors: b.anchors,
    type: b.type,
  }));
  const two = blocks.slice(1).map((b, i) => {
    const a = blocks[i] as Prepared;
    return {
      count: 2,
      length: a.length + b.length,
      sentences: a.sentences + b.sentences,
      anchors: mergeAnchors([a.anchors, b.anchors]),
      type: a.type === b.type ? b.type : null,
    };
  });
  return [one, two];
}

function typeCost(a: Span, b: Span): number {
  if (a.type !== null && a.type === b.type) return 0;
  // Several blocks are joined only when they are all of one type, and a heading stays a heading.
  if (a.count > 1 || b.count > 1 || a.type === null || b.type === null) return Infinity;
  return a.type === 'heading' || b.type === 'heading' ? TYPE_MISMATCH.heading : TYPE_MISMATCH.quote;
}

function beadCost(a: Span, b: Span, c: number): number {
  const kind = a.count === 1 && b.count === 1 ? '1-1' : a.count === 2 && b.count === 2 ? '2-2' : '2-1';
  const sentences = SENTENCE * Math.abs(a.sentences - b.sentences);
  return (
    PRIOR[kind] + typeCost(a, b) + lengthCost(a.length, b.length, c) + anchorCost(a.anchors, b.anchors) + sentences
  );
}

function nullCost(span: Span): number {
  const { numbers, dates, names } = span.anchors;
  return PRIOR['1-0'] + PENALTY.number * numbers.size + PENALTY.date * dates.size + PENALTY.name * names.size;
}

/** 0–1: how well the lengths agree, averaged with how well the anchors do when there are any. */
function confidenceOf(a: Span | undefined, b: Span | undefined, c: number): number {
  if (!a || !b) return 0.5;
  const length = lengthAgreement(a.length, b.length, c);
  const anchors = anchorAgreement(a.anchors, b.anchors);
  const types = typeCost(a, b) === 0 ? 1 : 0.5;
  const score = anchors === null ? 0.4 + 0.6 * length : 0.25 + 0.35 * length + 0.4 * anchors;
  return Math.round(score * types * 100) / 100;
}

const STEPS: readonly [number, number][] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
];

/** The ratio of the two languages' lengths in this article, which Gale & Church take as given. */
export function lengthRatio(pivot: readonly Block[], other: readonly Block[]): number {
  const a = pivot.reduce((sum, block) => sum + block.text.length, 0);
  const b = other.reduce((sum, block) => sum + block.text.length, 0);
  return a > 0 && b > 0 ? b / a : 1;
}

/**
 * The best sequence of beads covering both versions in order. The length
 * ratio is first taken from the whole texts, then again from the 1–1 beads
 * that alignment found, since a dropped or added paragraph skews the first.
 */
export function alignBlocks(pivotBlocks: readonly Block[], otherBlocks: readonly Block[]): Bead[] {
  const a = prepare(pivotBlocks);
  const b = prepare(otherBlocks);
  const first = align(a, b, lengthRatio(pivotBlocks, otherBlocks));
  const pairs = first.filter((bead) => bead.pivot.length === 1 && bead.other.length === 1);
  const pivotLength = pairs.reduce((sum, bead) => sum + (a[bead.pivot[0] ?? 0]?.length ?? 0), 0);
  const otherLength = pairs.reduce((sum, bead) => sum + (b[bead.other[0] ?? 0]?.length ?? 0), 0);
  return pivotLength > 0 && otherLength > 0 ? align(a, b, otherLength / pivotLength) : first;
}

function align(a: readonly Prepared[], b: readonly Prepared[], c: number): Bead[] {
  const n = a.length;
  const m = b.length;
  const spansA = spansOf(a);
  const spansB = spansOf(b);
  const span = (spans: [Span[], Span[]], start: number, count: number) =>
    count === 0 ? undefined : spans[count - 1]?.[start];
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const from = new Uint8Array((n + 1) * width);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i * width + j] ?? Infinity;
      if (here === Infinity) continue;
      STEPS.forEach(([di, dj], step) => {
        if (i + di > n || j + dj > m) return;
        const left = span(spansA, i, di);
        const right = span(spansB, j, dj);
        const add = left && right ? beadCost(left, right, c) : nullCost((left ?? right) as Span);
        const at = (i + di) * width + j + dj;
        if (here + add < (cost[at] ?? Infinity)) {
          cost[at] = here + add;
          from[at] = step;
        }
      });
    }
  }
  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const [di, dj] = STEPS[from[i * width + j] ?? 0] ?? [1, 1];
    const pivot = Array.from({ length: di }, (_, k) => i - di + k);
    const other = Array.from({ length: dj }, (_, k) => j - dj + k);
    const confidence = confidenceOf(span(spansA, i - di, di), span(spansB, j - dj, dj), c);
    beads.push({ pivot, other, confidence });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}
