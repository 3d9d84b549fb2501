import { parseArgs } from 'node:util';

export interface BenchOptions {
  runs: number;
  /** Articles in the generated library (10,000; 1,000 with --quick). */
  articles: number;
  /** Segments of each generated library article (the bench articles have their own sizes). */
  segments: number;
  skipBuild: boolean;
  check: boolean;
  quick: boolean;
  /** Also build 50,000 articles from scratch, for the build's peak memory at scale (slow). */
  scale: boolean;
  /** Measures to run; all by default. */
  only: readonly MeasureName[];
}

export const MEASURES = ['bytes', 'build', 'paint', 'switch', 'parallel', 'library', 'search', 'incremental'] as const;
export type MeasureName = (typeof MEASURES)[number];

export const USAGE = `npm run bench -- [--runs N] [--quick] [--skip-build] [--check] [--articles N] [--scale] [--only ${MEASURES.join(',')}]`;

function positive(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`bench: --${name} must be a positive whole number`);
  return value;
}

export function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string' },
      articles: { type: 'string' },
      quick: { type: 'boolean', default: false },
      scale: { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = values.quick ?? false;
  const only = (values.only ?? MEASURES.join(',')).split(',').map((name) => name.trim());
  for (const name of only) {
    if (!(MEASURES as readonly string[]).includes(name)) {
      throw new Error(`bench: unknown measure "${name}" in --only; choose from ${MEASURES.join(', ')}`);
    }
  }
  return {
    runs: values.runs ? positive('runs', values.runs) : quick ? 2 : 5,
    articles: values.articles ? positive('articles', values.articles) : quick ? 1000 : 10_000,
    segments: 30,
    skipBuild: values['skip-build'] ?? false,
    check: values.check ?? false,
    quick,
    scale: values.scale ?? false,
    only: only as MeasureName[],
  };
}
