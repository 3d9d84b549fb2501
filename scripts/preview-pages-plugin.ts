/**
 * `vite preview` serves a pre-rendered page for `/en/slug` only with a
 * trailing slash; static hosts (and deploy/nginx.conf) serve it for both.
 * This makes preview, and so the browser tests, do what the hosts do; so
 * does caching the hashed assets for good.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export function previewPrerenderedPages(): Plugin {
  return {
    name: 'triptych-preview-prerendered-pages',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const [path = '', query] = (req.url ?? '').split('?');
        // Hashed build output never changes under a name; cached as deploy/nginx.conf has it, so
        // the browser tests see what a reader's browser fetches again and what it does not.
        if (path.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        if (/^\/(ua|en|ru)\/[a-z0-9-]+$/.test(path) && existsSync(join(outDir, path, 'index.html'))) {
          req.url = `${path}/index.html${query === undefined ? '' : `?${query}`}`;
        }
        next();
      });
    },
  };
}
