/**
 * An interleaved A/B of two builds of the bench library: the prefetched
 * language switch and the parallel view's first rows, each build in turn
 * (alternating which goes first), at the bench's 4× CPU slowdown.
 *
 *   npx tsx scripts/bench/ab.ts DIST_A DIST_B [--runs 20]
 *
 * Each DIST is a build of the bench's generated articles (as `npm run bench`
 * makes in generated/bench-dist; build another version of the app into a
 * second folder with TRIPTYCH_DIST and TRIPTYCH_ARTICLES=generated/bench-articles).
 * Decision records quote its output when code exists only for speed.
 */
import { parseArgs } from 'node:util';
import { CPU_SLOWDOWN, launch } from './browser.ts';
import { ARTICLE, LONG } from './build.ts';
import { waitForQuiet } from './machine.ts';
import { readBundle } from './pages.ts';
import { firstRowsOnce } from './parallel.ts';
import { serve } from './server.ts';
import { median, p95 } from './stats.ts';
import { measureSwitch } from './switch.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string' } } });
const [distA, distB] = positionals;
if (!distA || !distB) throw new Error('usage: npx tsx scripts/bench/ab.ts DIST_A DIST_B [--runs 20]');
const runs = Number(values.runs ?? 20);

const en = readBundle(distA, ARTICLE.slug, 'en');
const ru = readBundle(distA, ARTICLE.slug, 'ru');
const inRu = new Set(ru.segments.map((segment) => segment.id));
const shared = en.segments.filter((segment) => inRu.has(segment.id));
const segmentId = shared[Math.floor(shared.length / 2)]?.id ?? '';

const sides = [
  { name: 'A', dist: distA, switch: [] as number[], firstRows: [] as number[] },
  { name: 'B', dist: distB, switch: [] as number[], firstRows: [] as number[] },
];
const servers = [];
for (const side of sides) servers.push({ side, served: await serve(side.dist) });
const browser = await launch();
try {
  const quiet = await waitForQuiet();
  console.log(`A = ${distA}\nB = ${distB}\n${runs} runs each, interleaved, CPU slowed ${CPU_SLOWDOWN}×`);
  console.log(`machine before: ${Math.round(quiet.busy * 100)} % busy`);
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? servers : [...servers].reverse();
    for (const { side, served } of order) {
      const result = await measureSwitch(browser, served.origin, ARTICLE.slug, segmentId, ru.title, 1, {
        coldToo: false,
      });
      side.switch.push(...result.prefetched.map((one) => one.ms));
      side.firstRows.push(await firstRowsOnce(browser, `${served.origin}/en/${LONG.slug}`));
    }
    process.stdout.write(`run ${run + 1}/${runs}\r`);
  }
  const row = (label: string, pick: (side: (typeof sides)[number]) => number[]) =>
    console.log(
      `${label.padEnd(34)} ${sides
        .map((side) => `${side.name} median ${median(pick(side)).toFixed(0)} p95 ${p95(pick(side)).toFixed(0)} ms`)
        .join('   ')}`,
    );
  console.log('');
  row('switch en → ru, prefetched', (side) => side.switch);
  row('parallel: c → first rows', (side) => side.firstRows);
} finally {
  await browser.close();
  for (const { served } of servers) await served.close();
}
