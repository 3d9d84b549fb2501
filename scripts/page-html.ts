/**
 * One pre-rendered page, made from the built index.html: its language, head
 * tags, rendered body and page data put in, the linked stylesheet written
 * in its place (decision 010) and the app's script tags and module preloads
 * replaced by the boot tag (decision 009). Every replacement is a function, so text with `$1` or
 * `$&` in it (a price, say) is written as it is.
 */
import { policyWithInlineStyle } from './content-security-policy.ts';

export interface PageParts {
  lang: string;
  /** Head tags: title, description, canonical, hreflang, previews. */
  head: string;
  /** The server-rendered app, the content of #root. */
  body: string;
  /** The page data (what the page was rendered from, by name), serialized for a `<script type="application/json">`. */
  data: string;
  dataId: string;
  /** The `<script>` tag that starts the app (scripts/prerender.ts). */
  boot: string;
}

const STYLESHEET = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>\s*/;
const SCRIPTS = /(?:<script type="module"[^>]*><\/script>\s*)+/;
// The boot tag names every module the page needs, fetched after the first paint; a preload would fetch them before it.
const MODULE_PRELOADS = /<link rel="modulepreload"[^>]*>\s*/g;
const POLICY = /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/;

/** The path, under the build, of the one stylesheet the template links. */
export function linkedStylesheet(template: string): string {
  const file = STYLESHEET.exec(template)?.[1];
  if (!file) throw new Error('prerender: the built index.html links no stylesheet');
  return file;
}

export function pageHtml(template: string, css: string, parts: PageParts): string {
  if (/<\/style/i.test(css)) throw new Error('prerender: the stylesheet cannot be written inside <style>');
  if (!POLICY.test(template)) throw new Error('prerender: the built index.html has no CSP meta tag');
  return template
    .replace(STYLESHEET, '')
    .replace(MODULE_PRELOADS, '')
    .replace(SCRIPTS, () => `<style>${css}</style>\n    ${parts.boot}\n    `)
    .replace(POLICY, (_, start: string, end: string) => `${start}${policyWithInlineStyle(css)}${end}`)
    .replace(/<html lang="[^"]*">/, () => `<html lang="${parts.lang}">`)
    .replace(/<title>[^<]*<\/title>\s*/, '')
    .replace(/<meta name="description"[^>]*>\s*/, '')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, (policy) => `${policy}\n    ${parts.head}`)
    .replace(
      /<div id="root">[\s\S]*?<\/div>\s*<\/div>\s*<\/div>/,
      () => `<div id="root" data-first-paint>${parts.body}</div>`,
    )
    .replace(
      '</body>',
      () => `  <script type="application/json" id="${parts.dataId}">${parts.data}</script>\n  </body>`,
    );
}
