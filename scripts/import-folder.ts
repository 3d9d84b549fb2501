/**
 * Reads one article's source folder (`content/<slug>/`: `uk.md`, `en.md`,
 * `ru.md` and the id map `ids.json`) and imports it. Shared by the import
 * command and the dev server's review page, so both show the same result.
 * Reads only; the command decides what to write.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as v from 'valibot';
import { importArticle } from '../src/articles/import-article.ts';
import type { ImportedArticle, Version } from '../src/articles/import-types.ts';
import type { IdMap } from '../src/articles/stable-ids.ts';
import { LANGS, isLang } from '../src/i18n/languages.ts';
import { SEARCH_SLUG, isSlug } from '../src/routing/links.ts';
import { parseSource } from './import-markdown.ts';

export const ID_MAP = 'ids.json';

export interface FolderResult {
  slug: string;
  /** Null when the sources could not be read or parsed; `errors` says why. */
  article: ImportedArticle | null;
  errors: string[];
}

const langMap = v.partial(v.object({ uk: v.string(), en: v.string(), ru: v.string() }));
const idMapSchema = v.object({
  version: v.literal(1),
  rows: v.array(v.object({ id: v.string(), blocks: langMap, source: v.optional(langMap) })),
  dates: v.optional(langMap),
  retired: v.record(v.string(), v.string()),
});

function readIdMap(path: string, errors: string[]): IdMap | null {
  if (!existsSync(path)) return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    errors.push(`${ID_MAP}: not valid JSON (${(error as Error).message}); restore it from version control`);
    return null;
  }
  const result = v.safeParse(idMapSchema, data);
  if (result.success) return result.output;
  errors.push(`${ID_MAP}: not an id map (${result.issues[0]?.message}); restore it from version control`);
  return null;
}

export function importFolder(folder: string): FolderResult {
  const slug = basename(folder);
  const errors: string[] = [];
  if (!isSlug(slug) || slug === 'index' || slug === SEARCH_SLUG) {
    errors.push(`${folder}: folder name "${slug}" is not a valid slug; use lowercase a–z, 0–9 and single hyphens`);
    return { slug, article: null, errors };
  }
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    errors.push(`${folder}: is not a folder; name an article's folder, such as content/${slug}`);
    return { slug, article: null, errors };
  }
  const versions: Version[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.md')) continue;
    const lang = name.slice(0, -'.md'.length);
    if (!isLang(lang)) {
      const hint =
        lang === 'ua'
          ? 'Ukrainian is uk.md (ua is only the URL word)'
          : `sources are named ${LANGS.map((l) => `${l}.md`).join(', ')}`;
      errors.push(`${name}: not a language this site publishes; ${hint}`);
      continue;
    }
    const parsed = parseSource(readFileSync(join(folder, name), 'utf8'));
    if (parsed.ok) versions.push({ lang, front: parsed.front, blocks: parsed.blocks });
    else for (const p of parsed.problems) errors.push(`${name}:${p.line}: ${p.message}`);
  }
  if (versions.length === 0 && errors.length === 0) errors.push(': has no sources; add uk.md, en.md or ru.md');
  const previous = readIdMap(join(folder, ID_MAP), errors);
  // Each problem names its file: `content/<slug>/uk.md:12: …`, or the folder itself.
  const where = (error: string) => (error.startsWith(':') ? `${folder}${error}` : join(folder, error));
  if (errors.length) return { slug, article: null, errors: errors.map(where) };
  const article = importArticle(slug, versions, previous);
  return { slug, article, errors: article.errors.map(where) };
}
