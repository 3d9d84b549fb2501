/** Summaries of repeated measurements: the median, and the 95th percentile by nearest rank. */

export interface Summary {
  median: number;
  p95: number;
  n: number;
}

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('bench: no values to summarise');
  return [...values].sort((a, b) => a - b);
}

export function median(values: readonly number[]): number {
  const list = sorted(values);
  const mid = Math.floor(list.length / 2);
  return list.length % 2 === 1 ? (list[mid] ?? 0) : ((list[mid - 1] ?? 0) + (list[mid] ?? 0)) / 2;
}

/** Nearest rank: the smallest value with at least 95 % of the runs at or below it (with n < 20, the largest). */
export function p95(values: readonly number[]): number {
  const list = sorted(values);
  return list[Math.ceil(0.95 * list.length) - 1] ?? 0;
}

export function summarize(values: readonly number[]): Summary {
  return { median: median(values), p95: p95(values), n: values.length };
}
