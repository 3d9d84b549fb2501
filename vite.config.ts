/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { articleIndex } from './scripts/article-index-plugin.ts';
import { contentSecurityPolicy, readingSettingsScript } from './scripts/content-security-policy.ts';
import { previewPrerenderedPages } from './scripts/preview-pages-plugin.ts';
import { reviewPage } from './scripts/review-plugin.ts';

// The library defaults to the demo articles; the benchmark points
// TRIPTYCH_ARTICLES at a generated one.
const articlesDir = process.env.TRIPTYCH_ARTICLES ?? 'public/articles';
// …and builds into TRIPTYCH_DIST, so a benchmark build leaves dist/ alone.
// The server build sits next to it (it must stay inside the project, where
// Node finds react).
const distDir = process.env.TRIPTYCH_DIST ?? 'dist';

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    react(),
    articleIndex({ dir: articlesDir }),
    readingSettingsScript(),
    contentSecurityPolicy(),
    previewPrerenderedPages(),
    reviewPage(),
    // The service worker (src/service-worker.ts, decision 013): built with the app, never in dev
    // (vite-plugin-pwa leaves dev alone unless asked). The pre-rendered pages, article data, the
    // search index and precompressed files are written later in the build, or are kept at run
    // time, so only the app's code, strings and icons are precached.
    isSsrBuild
      ? null
      : VitePWA({
          strategies: 'injectManifest',
          srcDir: 'src',
          filename: 'service-worker.ts',
          // The app registers it itself (src/app/offline.ts), lazily, with its own update prompt.
          injectRegister: false,
          // public/manifest.webmanifest is the manifest.
          manifest: false,
          injectManifest: {
            globPatterns: ['assets/**/*.{js,css}', 'icons/*.{png,svg}', 'favicon.svg', 'manifest.webmanifest'],
          },
        }),
  ],
  build: {
    outDir: isSsrBuild ? `${distDir}-ssr` : distDir,
    // Read by the pre-renderer (each page preloads its own chunk) and by the benchmark.
    manifest: !isSsrBuild,
    // No preload helper: it was 0.5 KB of every page's initial JS. A pre-rendered page's boot script
    // fetches all of its first files at once (src/app/boot.ts), and the other pages' chunks are fetched
    // when the browser is idle (src/app/pages.ts), so there is little left for it to preload.
    modulePreload: false,
    // The app has one stylesheet, which a pre-rendered page carries inline (decision 010). As one
    // file outside the chunk graph, no chunk loaded later lists it, adds it again as a <link> and
    // waits for that second copy before it runs.
    cssCodeSplit: false,
    // The favicon is a file with a hashed name, cached for good: the browser asks for it again after
    // every change of URL (a language switch), and a data: URL in every page would weigh on each one.
    assetsInlineLimit: (file) => (file.endsWith('/favicon.svg') ? false : undefined),
    rolldownOptions: {
      // A pre-rendered page's only early script (src/app/boot.ts; scripts/prerender.ts).
      input: isSsrBuild ? undefined : { index: 'index.html', boot: 'src/app/boot.ts' },
      // Chunks follow the app's dynamic imports (each page type, each language's strings, the
      // checks of fetched data), and the libraries every page runs are one chunk of their own:
      // a release of our code then leaves the largest file in the reader's cache. `$initial`
      // keeps out libraries that only a lazily loaded chunk uses, which stay with that chunk.
      output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'] }] } },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    setupFiles: ['tests/setup.ts'],
    css: false,
  },
}));
