/**
 * `npm run align:eval [DIR]`: aligns each article of the test set (default
 * tests/fixtures/alignment) against its pivot and prints precision, recall
 * and F1 of the aligned block pairs against the article's truth.json, for
 * the whole alignment and for the passages the truth says are 1–1.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { alignBlocks } from '../src/articles/align-blocks.ts';
import { addScores, measures, parseBead, scoreAlignment, type Score } from '../src/articles/alignment-score.ts';
import { pivotOf } from '../src/articles/import-article.ts';
import type { Version } from '../src/articles/import-types.ts';
import { isLang, type Lang } from '../src/i18n/languages.ts';
import { parseSource } from './import-markdown.ts';

export interface EvalRow {
  article: string;
  pair: string;
  all: Score;
  oneToOne: Score;
}

interface Truth {
  pivot: Lang;
  beads: Partial<Record<Lang, string[]>>;
}

function readVersions(folder: string): Version[] {
  return readdirSync(folder).flatMap((name) => {
    const lang = name.replace(/\.md$/, '');
    if (!name.endsWith('.md') || !isLang(lang)) return [];
    const parsed = parseSource(readFileSync(join(folder, name), 'utf8'));
    if (!parsed.ok)
      throw new Error(`${folder}/${name}: ${parsed.problems.map((p) => `${p.line}: ${p.message}`).join('; ')}`);
    return [{ lang, front: parsed.front, blocks: parsed.blocks }];
  });
}

export function evaluate(dir: string): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const article of readdirSync(dir).sort()) {
    const folder = join(dir, article);
    if (!statSync(folder).isDirectory()) continue;
    const versions = readVersions(folder);
    const truth = JSON.parse(readFileSync(join(folder, 'truth.json'), 'utf8')) as Truth;
    const pivot = pivotOf(versions);
    if (pivot !== truth.pivot) throw new Error(`${folder}: the import pivots on ${pivot}, the truth on ${truth.pivot}`);
    const pivotBlocks = versions.find((v) => v.lang === pivot)?.blocks ?? [];
    for (const v of versions) {
      const expected = truth.beads[v.lang];
      if (v.lang === pivot || !expected) continue;
      const scores = scoreAlignment(alignBlocks(pivotBlocks, v.blocks), expected.map(parseBead));
      rows.push({ article, pair: `${pivot}–${v.lang}`, ...scores });
    }
  }
  return rows;
}

export function formatTable(rows: readonly EvalRow[]): string {
  const fmt = (s: Score) => {
    const { precision, recall, f1 } = measures(s);
    return [precision, recall, f1].map((x) => x.toFixed(3).padStart(6)).join(' ');
  };
  const lines = [
    `${'article'.padEnd(18)} ${'pair'.padEnd(6)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   1–1 F1`,
  ];
  for (const row of rows) {
    lines.push(
      `${row.article.padEnd(18)} ${row.pair.padEnd(6)} ${fmt(row.all)}   ${measures(row.oneToOne).f1.toFixed(3)}`,
    );
  }
  const all = addScores(rows.map((r) => r.all));
  const one = addScores(rows.map((r) => r.oneToOne));
  lines.push(`${'overall'.padEnd(18)} ${''.padEnd(6)} ${fmt(all)}   ${measures(one).f1.toFixed(3)}`);
  lines.push(`(${all.correct + all.missed} true pairs; ${all.extra} wrong, ${all.missed} missed)`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatTable(evaluate(process.argv[2] ?? 'tests/fixtures/alignment')));
}
