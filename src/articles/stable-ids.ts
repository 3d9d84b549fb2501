/**
 * Segment ids that never change once given: the id map (`content/<slug>/ids.json`)
 * remembers each row's id and a fingerprint of its blocks, and a re-import
 * finds each row's earlier self by those fingerprints, then by place and
 * length. A new row gets an id no earlier version used; an id that no row
 * keeps is retired, pointing at the nearest earlier surviving row, so an old
 * link still lands near its passage.
 */
import type { Lang } from '../i18n/languages.ts';

/** A block's fingerprint: `<hash>:<length>`. */
export type BlockPrint = string;

export interface MappedRow {
  id: string;
  /** Per language, the fingerprints of the row's blocks, space-separated. */
  blocks: Partial<Record<Lang, string>>;
  /** Per translated language, the hash of the original's text it was last made or checked against. */
  source?: Partial<Record<Lang, string>>;
}

export interface IdMap {
  version: 1;
  rows: MappedRow[];
  /** Per language, the `updated` (else `published`) date seen at the last import. */
  dates?: Partial<Record<Lang, string>>;
  /** Ids no row has any more, each with the id of the row an old link to it falls back to. */
  retired: Record<string, string>;
}

export interface RowPrint {
  blocks: Partial<Record<Lang, BlockPrint[]>>;
  /** Ids pinned with `{#id}` in the row's blocks, in order. */
  pins: string[];
  /** Words to build a new id from. */
  suggestion: string;
}

export interface Assigned {
  ids: string[];
  /** For each new row, the row of the previous map it continues, if any. */
  previous: (MappedRow | null)[];
  retired: Record<string, string>;
}

/** cyrb53: a fast 53-bit string hash, the same in Node and browsers; hex, 14 digits. */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

export function blockPrint(text: string): BlockPrint {
  return `${textHash(text)}:${text.length}`;
}

const hashOf = (print: string) => print.split(':')[0] ?? '';
const lengthOf = (print: string) => Number(print.split(':')[1] ?? 0);

function printsOf(row: MappedRow): Map<Lang, string[]> {
  return new Map(
    (Object.entries(row.blocks) as [Lang, string][]).map(([lang, prints]) => [lang, prints.split(' ').map(hashOf)]),
  );
}

function shared(row: RowPrint, old: MappedRow): number {
  const oldPrints = printsOf(old);
  let count = 0;
  for (const [lang, prints] of Object.entries(row.blocks) as [Lang, BlockPrint[]][]) {
    const known = new Set(oldPrints.get(lang) ?? []);
    for (const print of prints) if (known.has(hashOf(print))) count++;
  }
  return count;
}

const totalLength = (prints: readonly string[]) => prints.reduce((sum, print) => sum + lengthOf(print), 0);
const rowLength = (row: RowPrint) => totalLength(Object.values(row.blocks).flat());
const mappedLength = (row: MappedRow) => totalLength(Object.values(row.blocks).flatMap((p) => p.split(' ')));

/**
 * Pairs rows of the new version with unmatched old rows between the same two
 * matched neighbours, in order: a rewritten passage is still the passage in
 * its place. A pair costs the log of its length ratio, leaving one out
 * costs 1, so only a passage seven times longer or shorter counts as new.
 */
function pairInGap(fresh: readonly number[], old: readonly number[], rows: readonly RowPrint[], map: IdMap) {
  const n = fresh.length;
  const m = old.length;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const step: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  (cost[0] as number[])[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i]?.[j] ?? Infinity;
      const options: [number, number, number][] = [
        [i + 1, j, 1],
        [i, j + 1, 1],
      ];
      if (i < n && j < m) {
        const a = Math.max(rowLength(rows[fresh[i] ?? 0] as RowPrint), 1);
        const b = Math.max(mappedLength(map.rows[old[j] ?? 0] as MappedRow), 1);
        options.unshift([i + 1, j + 1, Math.abs(Math.log(a / b))]);
      }
      for (const [ni, nj, add] of options) {
        if (ni > n || nj > m) continue;
        if (here + add < (cost[ni]?.[nj] ?? Infinity)) {
          (cost[ni] as number[])[nj] = here + add;
          (step[ni] as number[])[nj] = (ni - i) * 2 + (nj - j);
        }
      }
    }
  }
  const pairs: [number, number][] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const s = step[i]?.[j] ?? 0;
    if (s === 3) pairs.push([fresh[i - 1] ?? 0, old[j - 1] ?? 0]);
    if (s & 2) i--;
    if (s & 1) j--;
  }
  return pairs;
}

/** A readable id from a passage's first words, in Latin letters. */
export function idFrom(words: string, used: ReadonlySet<string>): string {
  const base =
    words
      .toLowerCase()
      .replace(/[^a-z0-9\s-]/g, ' ')
      .split(/[\s-]+/)
      .filter(Boolean)
      .slice(0, 5)
      .join('-')
      .slice(0, 40)
      .replace(/-+$/, '') || 'passage';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function assignIds(rows: readonly RowPrint[], map: IdMap | null): Assigned {
  const old = map?.rows ?? [];
  const oldIndex = new Map(old.map((row, index) => [row.id, index]));
  const taken = new Set<number>();
  const ids: (string | null)[] = rows.map(() => null);
  const previous: (MappedRow | null)[] = rows.map(() => null);
  const match = (i: number, j: number) => {
    ids[i] = old[j]?.id ?? null;
    previous[i] = old[j] ?? null;
    taken.add(j);
  };

  rows.forEach((row, i) => {
    const pin = row.pins[0];
    if (pin === undefined) return;
    ids[i] = pin;
    const j = oldIndex.get(pin);
    if (j !== undefined) match(i, j);
  });
  rows.forEach((row, i) => {
    if (ids[i] !== null) return;
    let best = -1;
    let bestScore = 0;
    old.forEach((candidate, j) => {
      if (taken.has(j)) return;
      const score = shared(row, candidate);
      if (score > bestScore) [best, bestScore] = [j, score];
    });
    if (best >= 0) match(i, best);
  });
  // Runs of unmatched rows, paired with the unmatched old rows between the same neighbours.
  let start = 0;
  while (start < rows.length) {
    if (ids[start] !== null) {
      start++;
      continue;
    }
    let end = start;
    while (end < rows.length && ids[end] === null) end++;
    const before = start > 0 ? (oldIndex.get(ids[start - 1] ?? '') ?? -1) : -1;
    const after = end < rows.length ? (oldIndex.get(ids[end] ?? '') ?? old.length) : old.length;
    const candidates = old.flatMap((_, j) => (j > before && j < after && !taken.has(j) ? [j] : []));
    const fresh = Array.from({ length: end - start }, (_, k) => start + k);
    for (const [i, j] of pairInGap(fresh, candidates, rows, map ?? { version: 1, rows: [], retired: {} })) match(i, j);
    start = end;
  }

  const used = new Set([
    ...old.map((row) => row.id),
    ...Object.keys(map?.retired ?? {}),
    ...rows.flatMap((r) => r.pins),
  ]);
  const final = rows.map((row, i) => {
    const id = ids[i] ?? idFrom(row.suggestion, used);
    used.add(id);
    return id;
  });
  return { ids: final, previous, retired: retire(old, final, map?.retired ?? {}) };
}

/** Every id no row keeps, pointing at the nearest earlier row that survives (the first row if none). */
function retire(old: readonly MappedRow[], ids: readonly string[], earlier: Record<string, string>) {
  const live = new Set(ids);
  const first = ids[0] ?? '';
  const target = new Map<string, string>();
  let lastLive = first;
  for (const row of old) {
    if (live.has(row.id)) lastLive = row.id;
    else target.set(row.id, lastLive);
  }
  const retired: Record<string, string> = {};
  for (const [id, to] of Object.entries(earlier)) {
    if (live.has(id)) continue;
    retired[id] = live.has(to) ? to : (target.get(to) ?? first);
  }
  for (const [id, to] of target) retired[id] = to;
  return Object.fromEntries(Object.entries(retired).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
