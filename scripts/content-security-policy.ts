/**
 * The Content-Security-Policy the app runs under: only its own scripts,
 * styles, data and images, nothing inline, no eval. The build puts it in a
 * meta tag (which cannot carry frame-ancestors or report-to; a server
 * header can, see the deployment notes).
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

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
