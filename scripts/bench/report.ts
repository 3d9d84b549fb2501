/** The bench's figures: one table on stdout, a JSON file, and the budgets that --check enforces. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize, type Summary } from './stats.ts';

export type Unit = 'bytes' | 'ms' | 's' | 'MB' | 'ratio' | 'count';

export interface Budget {
  /** Which statistic must stay within `max`: `max` means every run. */
  on: 'median' | 'p95' | 'max';
  max: number;
}

export interface Figure {
  measure: string;
  unit: Unit;
  /** One value per run; a deterministic figure has one. */
  values: number[];
  summary: Summary & { max: number };
  budget?: Budget;
  pass?: boolean;
  note?: string;
}

export function figure(
  measure: string,
  unit: Unit,
  values: number[],
  budget?: Budget,
  note?: string,
  summary?: Summary,
): Figure {
  const stats = { ...(summary ?? summarize(values)), max: Math.max(...values) };
  const pass = budget ? stats[budget.on] <= budget.max : undefined;
  return { measure, unit, values, summary: stats, ...(budget ? { budget, pass } : {}), ...(note ? { note } : {}) };
}

export function format(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return 'never';
  switch (unit) {
    case 'bytes':
      return `${(value / 1000).toFixed(1)} KB`;
    case 'ms':
      return `${Math.round(value)} ms`;
    case 's':
      return `${value.toFixed(1)} s`;
    case 'MB':
      return `${Math.round(value)} MB`;
    case 'ratio':
      return `${value.toFixed(2)}×`;
    case 'count':
      return String(Math.round(value * 10) / 10);
  }
}

function budgetText({ on, max }: Budget, unit: Unit): string {
  const limit = unit === 'count' && max === 0 ? '0' : format(max, unit);
  return on === 'max' ? `≤ ${limit} every run` : `${on} ≤ ${limit}`;
}

export function table(figures: readonly Figure[]): string {
  const header = ['measure', 'median', 'p95', 'n', 'budget', 'result'];
  const rows = figures.map((f) => [
    f.measure,
    format(f.summary.median, f.unit),
    f.summary.n > 1 ? format(f.summary.p95, f.unit) : '',
    String(f.summary.n),
    f.budget ? budgetText(f.budget, f.unit) : '',
    f.pass === undefined ? '' : f.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function failures(figures: readonly Figure[]): string[] {
  return figures
    .filter((f) => f.pass === false && f.budget)
    .map((f) => {
      const budget = f.budget as Budget;
      return `${f.measure}: ${budget.on} ${format(f.summary[budget.on], f.unit)}, budget ${budgetText(budget, f.unit)}`;
    });
}

export function writeResults(dir: string, date: string, results: unknown): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${date}.json`);
  // Infinity (a run that never finished) becomes null in JSON; say so instead.
  writeFileSync(
    path,
    `${JSON.stringify(results, (_key, value: unknown) => (value === Number.POSITIVE_INFINITY ? 'never' : value), 2)}\n`,
  );
  return path;
}
