/**
 * The incremental build's rows (decision 019), on the library the bench just
 * built: one article added, one article's text edited (each must stay under
 * 10 s), and one interface string changed, which re-renders everything.
 *
 * It runs last, because it leaves the generated library one article larger
 * and the build with the changed string (the string file itself is put back).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle } from '../generate.ts';
import { BENCH_ARTICLES, BENCH_DIST, ROOT, runBuild, type BuildResult } from './build.ts';
import { figure, type Figure } from './report.ts';

export const INCREMENTAL_BUDGET_S = 10;
const ADDED = 'bench-added';
const STRINGS = join(ROOT, 'locales/en/common.json');

async function timedBuild(name: string, kind: 'incremental' | 'full'): Promise<BuildResult> {
  const result = await runBuild(name, BENCH_DIST, BENCH_ARTICLES, { incremental: true });
  if (!readFileSync(result.log, 'utf8').includes(`build: ${kind}`)) {
    const was = kind === 'full' ? 'a full' : 'an incremental';
    throw new Error(`bench: the ${name} build was not ${was} one; see ${result.log}`);
  }
  return result;
}

export async function measureIncremental(
  articles: number,
  figures: Figure[],
  log: (message: string) => void,
): Promise<Record<string, BuildResult>> {
  const n = articles.toLocaleString('en');
  const budget = { on: 'max', max: INCREMENTAL_BUDGET_S } as const;
  const note = 'one run; npm run build after the change, on the library built just before';

  log(`incremental build: one article added to the ${n}`);
  mkdirSync(join(BENCH_ARTICLES, ADDED), { recursive: true });
  for (const [lang, bundle] of Object.entries(generateArticle(articles, { articles: 1, segments: 30, seed: 11 }))) {
    writeFileSync(join(BENCH_ARTICLES, ADDED, `${lang}.json`), JSON.stringify(bundle));
  }
  const added = await timedBuild('incremental-add', 'incremental');
  figures.push(figure(`incremental build, one article added to ${n}`, 's', [added.seconds], budget, note));

  log("incremental build: one article's text edited");
  const edited = join(BENCH_ARTICLES, `generated-${'1'.padStart(String(articles).length, '0')}`, 'uk.json');
  const bundle = JSON.parse(readFileSync(edited, 'utf8')) as { segments: { text: string }[] };
  const first = bundle.segments[0];
  if (first) first.text = `${first.text} Corrected.`;
  writeFileSync(edited, JSON.stringify(bundle));
  const edit = await timedBuild('incremental-edit', 'incremental');
  figures.push(figure(`incremental build, one article's text edited (${n})`, 's', [edit.seconds], budget, note));

  log('build after one interface string changed (a full re-render)');
  const original = readFileSync(STRINGS, 'utf8');
  writeFileSync(STRINGS, original.replace(/("tagline": "[^"]*)"/, '$1."'));
  let strings: BuildResult;
  try {
    strings = await timedBuild('incremental-strings', 'full');
  } finally {
    writeFileSync(STRINGS, original);
  }
  const label = `build after one interface string changed (${n})`;
  figures.push(figure(`${label}: wall time`, 's', [strings.seconds], undefined, note));
  figures.push(figure(`${label}: peak memory`, 'MB', [strings.peakMb]));
  return { added, edit, strings };
}
