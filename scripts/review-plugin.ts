/**
 * The alignment report as a page, for editors, in the dev server only:
 * `/_review/` lists the article sources and `/_review/<slug>` imports that
 * folder as `npm run import -- --check` would (writing nothing) and shows
 * the aligned rows side by side with their confidence and flags. The plugin
 * applies to `serve` alone, so no build ever contains it. Every text on the
 * page is the editors' own, escaped.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { ImportedArticle } from '../src/articles/import-types.ts';
import { JOINER } from '../src/articles/import-article.ts';
import { isSlug } from '../src/routing/links.ts';
import { importFolder, type FolderResult } from './import-folder.ts';

export const REVIEW_ROOT = '/_review';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.4rem .5rem;vertical-align:top;text-align:left}
td p{margin:0 0 .5rem}.flagged{background:#fff6e0}.missing{color:#666}.type{font-size:.75rem;color:#555}
.flags{margin:0;padding-left:1.1rem;font-size:.85rem}.errors{color:#a00}code{font-size:.85rem}`;

function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>\n`;
}

function list(items: readonly string[], className: string): string {
  return items.length ? `<ul class="${className}">${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : '';
}

function articleTable(article: ImportedArticle): string {
  const head = ['id', 'confidence', ...article.languages, 'flags'].map((h) => `<th scope="col">${escapeHtml(h)}</th>`);
  const rows = article.rows.map((row) => {
    const cells = article.languages.map((lang) => {
      const cell = row.cells[lang];
      if (!cell) return `<td class="missing">—</td>`;
      const paragraphs = cell.text.split(JOINER).map((p) => `<p>${escapeHtml(p)}</p>`);
      const where = `${cell.type}, line ${cell.lines.join(', ')}`;
      return `<td lang="${lang}"><div class="type">${escapeHtml(where)}</div>${paragraphs.join('')}</td>`;
    });
    const flags = list(
      row.flags.map((f) => `${f.kind}: ${f.message}`),
      'flags',
    );
    return `<tr${row.flags.length ? ' class="flagged"' : ''}><th scope="row"><code>${escapeHtml(row.id)}</code></th><td>${row.confidence.toFixed(2)}</td>${cells.join('')}<td>${flags}</td></tr>`;
  });
  return `<table><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function reviewHtml(result: FolderResult): string {
  const { slug, article, errors } = result;
  const parts = [`<h1>Alignment of ${escapeHtml(slug)}</h1>`, `<p><a href="${REVIEW_ROOT}/">All articles</a></p>`];
  if (errors.length) parts.push('<h2>Errors</h2>', list(errors, 'errors'));
  if (article) {
    const flagged = article.rows.filter((r) => r.flags.length).length;
    parts.push(
      `<p>${article.rows.length} rows in ${escapeHtml(article.languages.join(', '))}, aligned against ${article.pivot}; ${flagged} flagged.</p>`,
      list(
        article.flags.map((f) => `${f.kind}: ${f.message}`),
        'flags',
      ),
      articleTable(article),
    );
  }
  return page(`Review: ${slug}`, parts.join('\n'));
}

function indexHtml(slugs: readonly string[]): string {
  const items = slugs.map((slug) => `<li><a href="${REVIEW_ROOT}/${slug}">${escapeHtml(slug)}</a></li>`);
  return page('Review', `<h1>Article sources</h1><ul>${items.join('')}</ul>`);
}

export function reviewPage(options: { dir?: string } = {}): Plugin {
  let dir = '';
  return {
    name: 'triptych-review',
    apply: 'serve',
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? 'content');
    },
    configureServer(server) {
      server.middlewares.use(REVIEW_ROOT, (req, res) => {
        const slug = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/').replace(/^\/+|\/+$/g, '');
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        if (slug === '') {
          const slugs = existsSync(dir) ? readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()) : [];
          return res.end(indexHtml(slugs.sort()));
        }
        const folder = join(dir, slug);
        if (!isSlug(slug) || !existsSync(folder)) {
          res.statusCode = 404;
          return res.end(page('Not found', `<h1>No article source named ${escapeHtml(slug)}</h1>`));
        }
        res.end(reviewHtml(importFolder(folder)));
      });
    },
  };
}
