/**
 * The alignment report in the terminal: each row's id and confidence, the
 * start of each language's text side by side, and the flags under it.
 */
import type { ImportedArticle } from '../src/articles/import-types.ts';
import type { FolderResult } from './import-folder.ts';

const CELL = 34;

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  const chars = [...flat];
  return chars.length <= width ? flat.padEnd(width) : `${chars.slice(0, width - 1).join('')}…`;
}

export function formatArticle(article: ImportedArticle): string {
  const { slug, pivot, languages, rows, flags } = article;
  const flagged = rows.filter((row) => row.flags.length).length;
  const lines = [
    `${slug}: ${rows.length} rows in ${languages.join(', ')} (aligned against ${pivot}); ${flagged} flagged`,
    `  ${'id'.padEnd(24)} conf  ${languages.map((lang) => clip(lang, CELL)).join(' │ ')}`,
  ];
  for (const row of rows) {
    const cells = languages.map((lang) => clip(row.cells[lang]?.text ?? '—', CELL));
    lines.push(`  ${clip(row.id, 24)} ${row.confidence.toFixed(2)}  ${cells.join(' │ ')}`);
    for (const flag of row.flags) lines.push(`      ! ${flag.kind}: ${flag.message}`);
  }
  for (const flag of flags) lines.push(`  ! ${flag.kind}: ${flag.message}`);
  return lines.join('\n');
}

export function formatResult(result: FolderResult): string {
  const errors = result.errors.map((e) => `error: ${e}`);
  return [...(result.article ? [formatArticle(result.article)] : []), ...errors].join('\n');
}

/** The report for tools: everything but the bundles and the id map, which are written as files. */
export function jsonReport(results: readonly FolderResult[]) {
  return {
    articles: results.map(({ slug, article, errors }) => ({
      slug,
      errors,
      ...(article && {
        pivot: article.pivot,
        languages: article.languages,
        flags: article.flags,
        rows: article.rows,
      }),
    })),
  };
}
