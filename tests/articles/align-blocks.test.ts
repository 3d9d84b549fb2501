import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { alignBlocks, type Bead, type Block } from '../../src/articles/align-blocks';
import { measures, addScores } from '../../src/articles/alignment-score';
import { evaluate } from '../../scripts/align-eval';
import { parseSource } from '../../scripts/import-markdown';

const FIXTURES = 'tests/fixtures/alignment';

function blocks(article: string, lang: string): Block[] {
  const parsed = parseSource(readFileSync(`${FIXTURES}/${article}/${lang}.md`, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.blocks;
}

const shape = (beads: Bead[]) => beads.map((b) => `${b.pivot.join('+')}:${b.other.join('+')}`);

test('a paragraph the translation splits in two is one 1–2 correspondence', () => {
  expect(shape(alignBlocks(blocks('night-trains', 'uk'), blocks('night-trains', 'en')))).toContain('3:3+4');
});

test('two paragraphs the translation joins are one 2–1 correspondence', () => {
  expect(shape(alignBlocks(blocks('grain-exports', 'uk'), blocks('grain-exports', 'en')))).toContain('2+3:2');
});

test('a sentence of context added for foreign readers is a block with no counterpart in the original', () => {
  expect(shape(alignBlocks(blocks('night-trains', 'uk'), blocks('night-trains', 'en')))).toContain(':5');
  expect(shape(alignBlocks(blocks('grain-exports', 'uk'), blocks('grain-exports', 'ru')))).toContain(':1');
});

test('a paragraph the translation drops is a block with no counterpart, and the rest stays 1–1', () => {
  const beads = shape(alignBlocks(blocks('night-trains', 'uk'), blocks('night-trains', 'ru')));
  expect(beads).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4', '5:5', '6:', '7:6']);
});

test('a sentence moved across a paragraph boundary makes a 2–2 correspondence', () => {
  expect(shape(alignBlocks(blocks('grain-exports', 'uk'), blocks('grain-exports', 'en')))).toContain('6+7:5+6');
  expect(shape(alignBlocks(blocks('ski-season', 'uk'), blocks('ski-season', 'ru')))).toContain('5+6:6+7');
});

test('a number slip (1958 against 1985) does not move the alignment', () => {
  expect(shape(alignBlocks(blocks('night-trains', 'uk'), blocks('night-trains', 'ru')))).toContain('4:4');
});

test('headings align with headings and are never joined with a paragraph', () => {
  const pivot: Block[] = [
    { type: 'heading', text: 'Чому саме зараз' },
    { type: 'paragraph', text: 'Навесні попит на поїздки до моря зростає щороку, і перевізник це знає.' },
  ];
  const other: Block[] = [
    { type: 'paragraph', text: 'Demand for trips to the sea rises every spring, and the operator knows it.' },
  ];
  expect(shape(alignBlocks(pivot, other))).toEqual(['0:', '1:0']);
  expect(shape(alignBlocks(pivot, [{ type: 'heading', text: 'Why now' }, ...other]))).toEqual(['0:0', '1:1']);
});

test('every bead has a confidence between 0 and 1, higher for a clean 1–1 than for a gap', () => {
  const beads = alignBlocks(blocks('night-trains', 'uk'), blocks('night-trains', 'ru'));
  for (const bead of beads) {
    expect(bead.confidence).toBeGreaterThanOrEqual(0);
    expect(bead.confidence).toBeLessThanOrEqual(1);
  }
  const clean = beads.find((b) => b.pivot[0] === 1);
  const gap = beads.find((b) => b.other.length === 0);
  expect(clean?.confidence).toBeGreaterThan(gap?.confidence ?? 1);
});

test('a short paragraph with nothing to anchor it, dropped in translation, is left without a counterpart, not joined to its neighbour', () => {
  expect(shape(alignBlocks(blocks('ski-season', 'uk'), blocks('ski-season', 'ru')))).toContain('9:');
  expect(shape(alignBlocks(blocks('opera-season', 'uk'), blocks('opera-season', 'en')))).toContain('8:');
});

test('a translation that splits a sentence and adds one of context inside a paragraph stays 1–1', () => {
  expect(shape(alignBlocks(blocks('opera-season', 'uk'), blocks('opera-season', 'en')))).toContain('1:1');
});

test('on the test set the aligner reaches F1 0.97 overall and 1.0 on the 1–1 passages', () => {
  const rows = evaluate(FIXTURES);
  expect(rows.length).toBeGreaterThanOrEqual(12);
  expect(measures(addScores(rows.map((r) => r.all))).f1).toBeGreaterThanOrEqual(0.97);
  expect(measures(addScores(rows.map((r) => r.oneToOne))).f1).toBe(1);
});
