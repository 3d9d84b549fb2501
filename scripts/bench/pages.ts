/** What the bench reads from a build without a browser: bundles, embedded data, and the static twin page. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle } from '../../src/articles/schema.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { initialFiles, readManifest } from '../build-manifest.ts';
import { PAGE_DATA_ID } from '../../src/app/page-data.ts';

export function readBundle(dist: string, slug: string, lang: Lang): Bundle {
  return JSON.parse(readFileSync(join(dist, 'articles', slug, `${lang}.json`), 'utf8')) as Bundle;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The article's text as a plain page: the same title, lead and passages in the
 * same elements and classes as the reader, the article page's own CSS, no
 * script. Written into the build so the same server serves both.
 */
export function writeStaticTwin(dist: string, slug: string, lang: Lang): string {
  const bundle = readBundle(dist, slug, lang);
  const css = initialFiles(readManifest(dist), 'article', lang).css;
  const passages = bundle.segments.map((segment) => {
    const attrs = `id="${segment.id}" data-segment-id="${segment.id}" class="segment segment--${segment.type}"`;
    if (segment.type === 'heading') return `<h2 ${attrs}>${escape(segment.text)}</h2>`;
    if (segment.type === 'quote') return `<blockquote ${attrs}><p>${escape(segment.text)}</p></blockquote>`;
    return `<p ${attrs}>${escape(segment.text)}</p>`;
  });
  const html = `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(bundle.title)}</title>
    ${css.map((file) => `<link rel="stylesheet" href="/${file}" />`).join('\n    ')}
  </head>
  <body>
    <main id="main" class="page">
      <article lang="${lang}" class="article">
        <header class="article__header">
          <h1 class="article__title">${escape(bundle.title)}</h1>
          ${bundle.lead ? `<p class="article__lead">${escape(bundle.lead)}</p>` : ''}
        </header>
        ${passages.join('\n        ')}
      </article>
    </main>
  </body>
</html>
`;
  mkdirSync(join(dist, 'bench-static'), { recursive: true });
  writeFileSync(join(dist, 'bench-static', `${slug}.html`), html);
  return `/bench-static/${slug}.html`;
}

/** The JSON a pre-rendered page embeds for hydration (`<script type="application/json" id="_page-data">`). */
export function embeddedPageData(html: string): string {
  const match = new RegExp(`<script type="application/json" id="${PAGE_DATA_ID}">([\\s\\S]*?)</script>`).exec(html);
  if (!match) throw new Error('bench: the page has no embedded page data; is it the pre-rendered page?');
  return match[1] ?? '';
}
