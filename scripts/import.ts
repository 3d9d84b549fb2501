/**
 * `npm run import -- [<folder>…] [--out public/articles] [--check] [--json]`
 *
 * Makes the bundles of each article folder (default: every folder under
 * content/) from its Markdown sources, aligned across languages, with ids
 * kept in the folder's ids.json; prints the alignment report; exits 1 on an
 * error. `--check` writes nothing. docs/article-format.md describes it all.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LANGS } from '../src/i18n/languages.ts';
import { ID_MAP, importFolder, type FolderResult } from './import-folder.ts';
import { formatResult, jsonReport } from './import-report.ts';

const CONTENT = 'content';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'public/articles' },
    check: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const folders = positionals.length
  ? positionals
  : readdirSync(CONTENT)
      .sort()
      .map((name) => join(CONTENT, name))
      .filter((path) => statSync(path).isDirectory());

const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

/** Writes a file only when its text changes, so an unchanged import touches nothing. */
function write(path: string, text: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
  return true;
}

const results: FolderResult[] = [];
let written = 0;
for (const folder of folders) {
  const result = importFolder(folder);
  results.push(result);
  if (!values.json) console.log(`${formatResult(result, folder)}\n`);
  const article = result.article;
  if (values.check || !article || result.errors.length) continue;
  const dir = join(values.out, article.slug);
  mkdirSync(dir, { recursive: true });
  for (const bundle of article.bundles) if (write(join(dir, `${bundle.lang}.json`), json(bundle))) written++;
  // A language whose source is gone is not translated any more.
  for (const lang of LANGS) {
    if (!article.languages.includes(lang) && existsSync(join(dir, `${lang}.json`))) rmSync(join(dir, `${lang}.json`));
  }
  write(join(folder, ID_MAP), json(article.map));
}

const errors = results.reduce((sum, r) => sum + r.errors.length, 0);
if (values.json) console.log(JSON.stringify(jsonReport(results), null, 2));
const summary = `import: ${results.length} article(s), ${errors} error(s)${values.check ? ', nothing written (--check)' : `, ${written} bundle(s) changed in ${values.out}`}`;
console.error(summary);
process.exit(errors ? 1 : 0);
