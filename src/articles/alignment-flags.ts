/**
 * What the alignment report asks an editor to look at: a passage one
 * language lacks, blocks joined or split, a length far from the article's
 * usual ratio, a number that differs after normalisation, a heading opposite
 * a paragraph, a translated passage whose original changed, and a
 * translation dated before its original's last update. Flags are warnings:
 * they never stop an import.
 */
import type { Lang } from '../i18n/languages.ts';
import { anchorsOf, numberMismatch } from './anchors.ts';
import type { Flag, OutputSegment, ReportRow, Version } from './import-types.ts';

/** A passage this much longer or shorter than the article's ratio predicts is worth a look. */
const OUTLIER = 2;
/** Short passages (a heading, a one-line paragraph) vary too much in length to judge. */
const MIN_LENGTH = 60;

export function flagRows(
  rows: ReportRow[],
  pivot: Lang,
  versions: readonly Version[],
  segments: ReadonlyMap<Lang, readonly OutputSegment[]>,
): void {
  const total = (lang: Lang) =>
    versions.find((v) => v.lang === lang)?.blocks.reduce((sum, b) => sum + b.text.length, 0) ?? 0;
  const pivotTotal = Math.max(total(pivot), 1);
  const ratio = new Map(versions.map((v) => [v.lang, total(v.lang) / pivotTotal]));
  const stale = new Map(
    [...segments].map(([lang, list]) => [lang, new Map(list.flatMap((s) => (s.stale ? [[s.id, s.stale]] : [])))]),
  );
  const langs = versions.map((v) => v.lang);

  for (const row of rows) {
    const flags: Flag[] = [];
    const missing = langs.filter((lang) => !row.cells[lang]);
    if (missing.length) flags.push({ kind: 'no-counterpart', message: `no counterpart in ${missing.join(', ')}` });
    const counts = langs.flatMap((lang) => (row.cells[lang] ? [`${lang} ${row.cells[lang].lines.length}`] : []));
    if (langs.some((lang) => (row.cells[lang]?.lines.length ?? 0) > 1)) {
      flags.push({ kind: 'merged', message: `blocks joined, split or with a sentence moved: ${counts.join(' ↔ ')}` });
    }
    const base = row.cells[pivot];
    for (const lang of langs) {
      const cell = row.cells[lang];
      if (!cell || lang === pivot || !base) continue;
      const expected = base.text.length * (ratio.get(lang) ?? 1);
      const factor = cell.text.length / Math.max(expected, 1);
      if (Math.max(cell.text.length, expected) >= MIN_LENGTH && (factor > OUTLIER || factor < 1 / OUTLIER)) {
        flags.push({
          kind: 'length-ratio',
          message: `${lang} is ${factor.toFixed(1)}× the length ${pivot} predicts`,
        });
      }
      const { onlyA, onlyB } = numberMismatch(anchorsOf(base.text), anchorsOf(cell.text));
      if (onlyA.length || onlyB.length) {
        const side = (l: Lang, list: string[]) => `${l} has ${list.length ? list.join(', ') : 'no such number'}`;
        flags.push({ kind: 'numbers', message: `numbers differ: ${side(pivot, onlyA)}; ${side(lang, onlyB)}` });
      }
    }
    const types = new Set(langs.flatMap((lang) => row.cells[lang]?.type ?? []));
    if (types.has('heading') && types.size > 1) {
      flags.push({ kind: 'heading-mismatch', message: 'a heading is aligned with a passage that is not a heading' });
    }
    for (const lang of langs) {
      const since = stale.get(lang)?.get(row.id)?.since;
      if (since) {
        flags.push({
          kind: 'stale',
          message: `${lang}: the original changed on ${since}; this translation may be behind`,
        });
      }
    }
    row.flags = flags;
  }
}

/** A translation dated before its original's last update. */
export function articleFlags(versions: readonly Version[]): Flag[] {
  const flags: Flag[] = [];
  for (const v of versions) {
    const original = versions.find((o) => o.lang === v.front.original && o.lang !== v.lang);
    const originalUpdated = original?.front.updated;
    if (!original || !originalUpdated) continue;
    const own = v.front.updated ?? v.front.published;
    if (Date.parse(own) < Date.parse(originalUpdated)) {
      flags.push({
        kind: 'older-translation',
        message: `${v.lang} is dated ${own}, before its original (${original.lang}) was updated on ${originalUpdated}`,
      });
    }
  }
  return flags;
}
