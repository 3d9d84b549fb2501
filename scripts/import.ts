/**
 * `npm run import -- [<folder>…] [--out public/articles] [--check] [--json] [--quiet]`
 *
 * Makes the bundles of each article folder (default: every folder under
 * content/) from its Markdown sources, aligned across languages, with ids
 * kept in the folder's ids.json; prints the alignment report (`--quiet`:
 * only errors); exits 1 on an error. `--check` writes nothing, and counts a
 * written file that differs from what the sources make as an error, so a
 * hand-edited bundle or a forgotten import fails `npm test`.
 * docs/article-format.md describes it all.
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
    quiet: { type: 'boolean', default: false },
  },
});

const folders = positionals.length
  ? positionals
  : !existsSync(CONTENT)
    ? []
    : readdirSync(CONTENT)
        .sort()
        .map((name) => join(CONTENT, name))
        .filter((path) => statSync(path).isDirectory());

const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

/** Writes a file only when its text changes, so an unchanged import touches nothing; with --check, compares. */
function write(path: string, text: string, result: FolderResult): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  if (values.check)
    result.errors.push(
      `${path}: ${existsSync(path) ? 'differs from what the sources make' : 'is missing'}; run npm run import`,
    );
  else writeFileSync(path, text);
  return true;
}

const results: FolderResult[] = [];
let written = 0;
for (const folder of folders) {
  const result = importFolder(folder);
  results.push(result);
  const article = result.article;
  if (article && !result.errors.length) {
    const dir = join(values.out, article.slug);
    if (!values.check) mkdirSync(dir, { recursive: true });
    for (const bundle of article.bundles) if (write(join(dir, `${bundle.lang}.json`), json(bundle), result)) written++;
    // A language whose source is gone is not translated any more.
    for (const lang of LANGS) {
      const gone = join(dir, `${lang}.json`);
      if (article.languages.includes(lang) || !existsSync(gone)) continue;
      if (values.check) result.errors.push(`${gone} has no source any more; run npm run import`);
      else rmSync(gone);
    }
    if (write(join(folder, ID_MAP), json(article.map), result)) written++;
  }
  if (values.json) continue;
  if (!values.quiet) console.log(`${formatResult(result)}\n`);
  else for (const error of result.errors) console.error(`error: ${error}`);
}

const errors = results.reduce((sum, r) => sum + r.errors.length, 0);
if (values.json) console.log(JSON.stringify(jsonReport(results), null, 2));
const summary = `import: ${results.length} article(s), ${errors} error(s)${values.check ? ', nothing written (--check)' : `, ${written} file(s) changed`}`;
console.error(summary);
process.exit(errors ? 1 : 0);
