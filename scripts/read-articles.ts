/**
 * Reads an articles folder (`<slug>/<lang>.json`) from disk and checks every
 * bundle with the app's own schema. Shared by `check:articles` and the Vite
 * plugin that generates the library index.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGS, isLang } from '../src/i18n/languages.ts';
import { summarize, type ArticleSummary } from '../src/articles/library-index.ts';
import { parseBundle, type Bundle } from '../src/articles/schema.ts';
import { isSlug } from '../src/routing/links.ts';

export interface FileProblem {
  path: string;
  field: string;
  message: string;
}

export interface ArticlesOnDisk {
  /** One per article folder with at least one valid bundle. Summaries, not bundles, so memory stays small. */
  summaries: ArticleSummary[];
  problems: FileProblem[];
  /** Every bundle file that validated, for copying into a build. */
  files: { path: string; url: string }[];
}

// `index` is where the generated library index lives.
const RESERVED_SLUGS = new Set(['index']);

export function readArticles(dir: string, root = process.cwd()): ArticlesOnDisk {
  const problems: FileProblem[] = [];
  const summaries: ArticleSummary[] = [];
  const files: ArticlesOnDisk['files'] = [];
  const shown = (path: string) => relative(root, path) || path;

  for (const slug of readdirSync(dir).sort()) {
    const folder = join(dir, slug);
    if (!statSync(folder).isDirectory()) continue;
    if (!isSlug(slug) || RESERVED_SLUGS.has(slug)) {
      problems.push({
        path: shown(folder),
        field: '-',
        message: RESERVED_SLUGS.has(slug)
          ? `"${slug}" is reserved for the generated index; rename the folder`
          : `folder name "${slug}" is not a valid slug; use lowercase a–z, 0–9 and single hyphens, e.g. my-article`,
      });
      continue;
    }
    const bundles: Bundle[] = [];
    const names = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort();
    for (const name of names) {
      const path = join(folder, name);
      const lang = name.slice(0, -'.json'.length);
      if (!isLang(lang)) {
        const hint =
          lang === 'ua'
            ? 'Ukrainian is uk.json (ua is only the URL word)'
            : `bundles are named ${LANGS.map((l) => `${l}.json`).join(', ')}`;
        problems.push({ path: shown(path), field: '-', message: `unexpected file name; ${hint}` });
        continue;
      }
      const result = parseBundle(readFileSync(path, 'utf8'), { slug, lang });
      if (result.ok) {
        bundles.push(result.bundle);
        files.push({ path, url: `${slug}/${name}` });
      } else {
        for (const problem of result.problems) problems.push({ path: shown(path), ...problem });
      }
    }
    if (names.length === 0) {
      problems.push({
        path: shown(folder),
        field: '-',
        message: 'has no bundles; add uk.json, en.json or ru.json, or remove the folder',
      });
    }
    if (bundles.length > 0) summaries.push(summarize({ slug, bundles }));
  }
  return { summaries, problems, files };
}

export function formatProblem({ path, field, message }: FileProblem): string {
  return `${path}: ${field}: ${message}`;
}
