/**
 * `npm run size`: the initial JS of every page type in every language, from
 * the build in dist/ (or TRIPTYCH_DIST), against its budget. The figure is
 * deterministic, so CI checks it after each build; exits 1 over the budget.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../src/i18n/languages.ts';
import { INITIAL_JS_BUDGET, PAGE_KINDS, initialBytes, overBudget } from './initial-bytes.ts';

const dist = process.env.TRIPTYCH_DIST ?? 'dist';
if (!existsSync(join(dist, '.vite/manifest.json'))) {
  console.error(`size: no build manifest in ${dist}/.vite/; run npm run build first`);
  process.exit(2);
}

const pages = initialBytes(dist);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const rows = [
  ['initial JS (gzip)', ...LANGS],
  ...PAGE_KINDS.map((page) => [
    page,
    ...LANGS.map((lang) => kb(pages.find((entry) => entry.page === page && entry.lang === lang)?.js ?? NaN)),
  ]),
];
const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
for (const row of rows) {
  console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '));
}
const css = new Set(pages.map((entry) => kb(entry.css)));
console.log(`CSS (gzip): ${[...css].join(', ')}. Gzip level 9, file by file; KB = 1000 bytes.`);

const missed = overBudget(pages);
if (missed.length > 0) {
  console.error(`\nsize: ${missed.length} page(s) over the budget:\n  ${missed.join('\n  ')}`);
  process.exit(1);
}
console.log(`size: every page within ${kb(INITIAL_JS_BUDGET)} of initial JS`);
