/**
 * The Content-Security-Policy the app runs under: only its own scripts,
 * styles, data and images, no eval (only the compiling of the
 * search's WebAssembly), and nothing inline but the pre-rendered
 * pages' own stylesheet and the head script that applies the reading
 * settings before the first paint, each allowed by its hash. The build puts it in a meta tag
 * (which cannot carry frame-ancestors or report-to; a server header can, see
 * the deployment notes).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { SETTINGS_SCRIPT, THEME_COLOR_TAGS } from '../src/store/settings-script.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The CSP source that allows the head script (src/store/settings-script.ts); deploy/nginx.conf names it too. */
export const SETTINGS_SCRIPT_HASH = sha256(SETTINGS_SCRIPT);

const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  // Pagefind's search runs as WebAssembly, which compiling needs; it allows no other eval.
  ['script-src', `'self' 'wasm-unsafe-eval' ${SETTINGS_SCRIPT_HASH}`],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['connect-src', "'self'"],
  ['font-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

const join = (directives: [string, string][]) => directives.map((pair) => pair.join(' ')).join('; ');

export const CONTENT_SECURITY_POLICY = join(DIRECTIVES);

/** The CSP source that allows exactly this text in a `<style>` element. */
const styleHash = sha256;

/** The policy of a page that carries its stylesheet inline (scripts/prerender.ts). */
export function policyWithInlineStyle(css: string): string {
  return join(DIRECTIVES.map(([name, value]) => [name, name === 'style-src' ? `${value} ${styleHash(css)}` : value]));
}

/**
 * What a server sends with the pre-rendered pages: the policy without the two
 * directives that govern styles, plus frame-ancestors. Every policy a page
 * has is enforced, so its meta tag still rules its styles; a header cannot
 * name the build's stylesheet hash, and with style-src would block it.
 */
export const PAGE_HEADER_POLICY = join([
  ...DIRECTIVES.filter(([name]) => name !== 'default-src' && name !== 'style-src'),
  ['frame-ancestors', "'none'"],
]);

/**
 * Writes the head script into every page, in development too, right after the
 * charset: before the stylesheet and the body, so the first paint already has
 * the reader's theme. The theme-color tags come just before it, so that it
 * can give them the chosen theme's colour. (The policy, added after it in the
 * build, still comes first, since it is put straight after the charset.)
 */
export function readingSettingsScript(): Plugin {
  return {
    name: 'triptych-reading-settings-script',
    transformIndexHtml: (html) =>
      html.replace(
        /(<meta charset="[^"]*"\s*\/?>)/i,
        (charset) => `${charset}\n    ${THEME_COLOR_TAGS}\n    <script>${SETTINGS_SCRIPT}</script>`,
      ),
  };
}

/** Adds the policy to the built HTML only: the dev server needs inline scripts for hot reload. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'triptych-content-security-policy',
    apply: 'build',
    // Right after the charset: a meta policy covers only what comes after it, the app's script included.
    transformIndexHtml: (html) =>
      html.replace(
        /(<meta charset="[^"]*"\s*\/?>)/i,
        `$1\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}
