/**
 * `npx tsx scripts/search-stemming.ts`: which word forms find each other in
 * the search (docs/search.md). Builds a small Pagefind index, one page per
 * word form, in each language, serves it with a page in that language, and
 * searches each query in Chromium as the app does (a Ukrainian query by its
 * stems, src/features/search/word-forms.ts). Prints a table.
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium } from '@playwright/test';
import * as pagefind from 'pagefind';
import { ukrainianQuery } from '../src/features/search/word-forms.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

// [language, query, the form it should find]
const CASES: [string, string, string][] = [
  ['uk', 'річки', 'річка'],
  ['uk', 'річка', 'річки'],
  ['uk', 'річкою', 'річка'],
  ['uk', 'річк', 'річкою'],
  ['uk', 'поїзди', 'поїзд'],
  ['uk', 'поїзд', 'поїзди'],
  ['uk', 'потягом', 'потяг'],
  ['uk', 'мости', 'міст'],
  ['ru', 'поезда', 'поезд'],
  ['ru', 'поезды', 'поезд'],
  ['ru', 'поезд', 'поездом'],
  ['ru', 'реки', 'река'],
  ['ru', 'рекой', 'реки'],
  ['ru', 'мосты', 'мост'],
  ['ru', 'столицы', 'столица'],
  ['en', 'trains', 'train'],
  ['en', 'train', 'trains'],
  ['en', 'bridges', 'bridge'],
  ['en', 'running', 'run'],
];

const root = mkdtempSync(join(tmpdir(), 'triptych-stemming-'));
const { index } = await pagefind.createIndex({});
if (!index) throw new Error('search-stemming: Pagefind did not start');
const forms = new Set(CASES.map(([lang, , form]) => `${lang} ${form}`));
for (const entry of forms) {
  const [lang = '', form = ''] = entry.split(' ');
  await index.addCustomRecord({ url: `/${lang}/${form}`, content: form, language: lang, meta: { title: form } });
}
await index.writeFiles({ outputPath: join(root, 'pagefind') });
await pagefind.close();

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  const lang = /^\/(\w\w)\/$/.exec(path)?.[1];
  if (lang) {
    response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="${lang}"></html>`);
    return;
  }
  try {
    const body = readFileSync(join(root, path));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
const rows: string[] = ['| language | query | finds | found |', '| --- | --- | --- | --- |'];
for (const [lang, query, form] of CASES) {
  await page.goto(`${origin}/${lang}/`);
  const found = await page.evaluate(
    async (term) => {
      const script = '/pagefind/pagefind.js';
      const module = (await import(script)) as {
        search: (t: string) => Promise<{ results: { data: () => Promise<{ meta: { title: string } }> }[] }>;
      };
      const result = await module.search(term);
      return Promise.all(result.results.map(async (hit) => (await hit.data()).meta.title));
    },
    lang === 'uk' ? ukrainianQuery(query) : query,
  );
  rows.push(`| ${lang} | ${query} | ${form} | ${found.includes(form) ? 'yes' : 'no'} (${found.join(', ') || '—'}) |`);
}
await browser.close();
server.close();
rmSync(root, { recursive: true, force: true });
console.log(rows.join('\n'));
