/**
 * Makes one article's bundles from its language versions as editors wrote
 * them: aligns every version against the pivot, groups the blocks into rows,
 * keeps each row's id from the id map, marks translated passages whose
 * original changed since, and flags what an editor should look at. Pure: the
 * import script reads and writes the files.
 */
import { LANGS, type Lang } from '../i18n/languages.ts';
import { alignBlocks, type Bead } from './align-blocks.ts';
import { transliterate } from './anchors.ts';
import { buildRows } from './article-rows.ts';
import { articleFlags, flagRows } from './alignment-flags.ts';
import type { Cell, ImportedArticle, OutputBundle, OutputSegment, ReportRow, Version } from './import-types.ts';
import { validateBundle } from './schema.ts';
import { assignIds, blockPrint, textHash, type IdMap, type MappedRow } from './stable-ids.ts';

/** Blocks of a row are one segment, their paragraphs separated by a blank line. */
export const JOINER = '\n\n';

/** The pivot: the original most translations name, else the first of uk, en, ru present. */
export function pivotOf(versions: readonly Version[]): Lang {
  const present = new Set(versions.map((v) => v.lang));
  const votes = new Map<Lang, number>();
  for (const { front } of versions) {
    if (front.original && present.has(front.original)) votes.set(front.original, (votes.get(front.original) ?? 0) + 1);
  }
  const voted = [...votes.entries()].sort((a, b) => b[1] - a[1] || LANGS.indexOf(a[0]) - LANGS.indexOf(b[0]))[0];
  return voted?.[0] ?? LANGS.find((lang) => present.has(lang)) ?? 'uk';
}

export function importArticle(slug: string, input: readonly Version[], previous: IdMap | null): ImportedArticle {
  const versions = LANGS.flatMap((lang) => input.filter((v) => v.lang === lang));
  const languages = versions.map((v) => v.lang);
  const pivot = pivotOf(versions);
  const byLang = new Map(versions.map((v) => [v.lang, v]));
  const pivotBlocks = byLang.get(pivot)?.blocks ?? [];
  const beads: Partial<Record<Lang, Bead[]>> = {};
  for (const v of versions) if (v.lang !== pivot) beads[v.lang] = alignBlocks(pivotBlocks, v.blocks);
  const rows = buildRows(pivot, pivotBlocks.length, beads);
  const errors = pinErrors(versions, rows);

  const blocksOf = (lang: Lang, row: (typeof rows)[number]) =>
    (row.blocks[lang] ?? []).map((i) => byLang.get(lang)?.blocks[i]).filter((b) => b !== undefined);
  const prints = rows.map((row) => {
    const blocks: Partial<Record<Lang, string[]>> = {};
    for (const lang of languages) {
      const list = blocksOf(lang, row);
      if (list.length) blocks[lang] = list.map((b) => blockPrint(b.text));
    }
    const pins = [...new Set(languages.flatMap((lang) => blocksOf(lang, row).flatMap((b) => b.pin ?? [])))];
    // English words where there are some, else the first language's in Latin letters.
    const first = languages.map((lang) => blocksOf(lang, row)[0]?.text).find((text) => text !== undefined) ?? '';
    const words = blocksOf('en', row)[0]?.text ?? transliterate(first);
    return { blocks, pins, suggestion: words };
  });
  const assigned = assignIds(prints, previous);
  const formerIds = new Map<string, string[]>();
  for (const [id, to] of Object.entries(assigned.retired)) formerIds.set(to, [...(formerIds.get(to) ?? []), id]);

  const dateOf = (v: Version) => v.front.updated ?? v.front.published;
  const mapRows: MappedRow[] = [];
  const reportRows: ReportRow[] = [];
  const segments = new Map<Lang, OutputSegment[]>(languages.map((lang) => [lang, []]));
  rows.forEach((row, r) => {
    const id = assigned.ids[r] ?? '';
    const before = assigned.previous[r] ?? null;
    const mapped: MappedRow = { id, blocks: {} };
    const cells: Partial<Record<Lang, Cell>> = {};
    for (const lang of languages) {
      const list = blocksOf(lang, row);
      const first = list[0];
      if (!first) continue;
      mapped.blocks[lang] = list.map((b) => blockPrint(b.text)).join(' ');
      cells[lang] = { type: first.type, text: list.map((b) => b.text).join(JOINER), lines: list.map((b) => b.line) };
    }
    for (const v of versions) {
      const cell = cells[v.lang];
      if (!cell) continue;
      const segment: OutputSegment = { id, type: cell.type, text: cell.text };
      const former = formerIds.get(id);
      if (former) segment.formerIds = former.sort();
      const original = v.front.original ? byLang.get(v.front.original) : undefined;
      const source = original && original.lang !== v.lang ? cells[original.lang] : undefined;
      if (original && source) {
        const current = textHash(source.text);
        const kept = before?.source?.[v.lang];
        const checked =
          kept === undefined ||
          before?.blocks[v.lang] !== mapped.blocks[v.lang] ||
          previous?.dates?.[v.lang] !== dateOf(v);
        const made = checked ? current : kept;
        mapped.source = { ...mapped.source, [v.lang]: made };
        segment.sourceHash = made;
        if (made !== current) segment.stale = { since: dateOf(original) };
      }
      segments.get(v.lang)?.push(segment);
    }
    mapRows.push(mapped);
    reportRows.push({ id, confidence: row.confidence, cells, flags: [] });
  });
  flagRows(reportRows, pivot, versions, segments);

  const bundles = versions.map((v): OutputBundle => {
    const { title, lead, byline, published, updated, original } = v.front;
    const translated = original !== undefined && original !== v.lang && byLang.has(original);
    return {
      lang: v.lang,
      title,
      ...(lead !== undefined && { lead }),
      ...(byline !== undefined && { byline }),
      published,
      ...(updated !== undefined && { updated }),
      ...(translated && { original }),
      segments: segments.get(v.lang) ?? [],
    };
  });
  // Bundles are checked once the sources are sound; a pin used twice would only be reported again.
  for (const bundle of errors.length ? [] : bundles) {
    const result = validateBundle(bundle, { slug, lang: bundle.lang });
    if (result.ok) continue;
    for (const p of result.problems) {
      // A segment's problem is shown at the line of its first block; the front matter's at line 1.
      const index = /^segments\[(\d+)\]/.exec(p.field)?.[1];
      const id = index === undefined ? undefined : bundle.segments[Number(index)]?.id;
      const line = reportRows.find((row) => row.id === id)?.cells[bundle.lang]?.lines[0] ?? 1;
      errors.push(`${bundle.lang}.md:${line}: ${p.field}: ${p.message}`);
    }
  }
  const dates = Object.fromEntries(versions.map((v) => [v.lang, dateOf(v)]));
  const map: IdMap = { version: 1, rows: mapRows, dates, retired: assigned.retired };
  return { slug, pivot, languages, rows: reportRows, flags: articleFlags(versions), errors, bundles, map };
}

/** A pinned id used by two blocks of one file, or by blocks that ended up in different rows. */
function pinErrors(versions: readonly Version[], rows: ReturnType<typeof buildRows>): string[] {
  const errors: string[] = [];
  const rowOfPin = new Map<string, { row: number; lang: Lang }>();
  for (const v of versions) {
    const seen = new Map<string, number>();
    v.blocks.forEach((block, index) => {
      if (!block.pin) return;
      const line = seen.get(block.pin);
      if (line !== undefined) {
        errors.push(
          `${v.lang}.md:${block.line}: {#${block.pin}} is already pinned at line ${line}; an id names one passage`,
        );
      }
      seen.set(block.pin, block.line);
      const row = rows.findIndex((r) => r.blocks[v.lang]?.includes(index));
      const other = rowOfPin.get(block.pin);
      if (other !== undefined && other.lang !== v.lang && other.row !== row) {
        errors.push(
          `${v.lang}.md:${block.line}: {#${block.pin}} is pinned on a passage that another language aligns elsewhere; pin it on the passage that corresponds, or check the alignment report`,
        );
      }
      if (!other) rowOfPin.set(block.pin, { row, lang: v.lang });
    });
  }
  return errors;
}
