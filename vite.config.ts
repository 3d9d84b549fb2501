/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { articleIndex } from './scripts/article-index-plugin.ts';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { previewPrerenderedPages } from './scripts/preview-pages-plugin.ts';

// The library defaults to the demo articles; the benchmark points
// TRIPTYCH_ARTICLES at a generated one.
const articlesDir = process.env.TRIPTYCH_ARTICLES ?? 'public/articles';
// …and builds into TRIPTYCH_DIST, so a benchmark build leaves dist/ alone.
// The server build sits next to it (it must stay inside the project, where
// Node finds react).
const distDir = process.env.TRIPTYCH_DIST ?? 'dist';

const SHELL = /node_modules|\/src\/(app|i18n|routing|store|articles|ui)\//;
const NOT_SHELL =
  /node_modules\/valibot\/|\/src\/app\/boot\.ts$|\/src\/articles\/(validate|schema|library-index|json-text|align)\.ts$|\/src\/ui\/(ShortcutsDialog|PassageShareMenu)\.tsx$|\/src\/i18n\/(strings\/|resources|prepare-lang)/;
const inShell = (id: string) => SHELL.test(id) && !NOT_SHELL.test(id);
const isFeature = (chunk: { name: string; moduleIds: readonly string[] }) =>
  chunk.name !== 'shell' && chunk.moduleIds.some((id) => /\/src\/(features|reading|ui)\//.test(id));

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), articleIndex({ dir: articlesDir }), contentSecurityPolicy(), previewPrerenderedPages()],
  build: {
    outDir: isSsrBuild ? `${distDir}-ssr` : distDir,
    // Read by the pre-renderer (each page preloads its own chunk) and by the benchmark.
    manifest: !isSsrBuild,
    // Every browser the build targets supports <link rel="modulepreload">; the polyfill
    // was 0.4 KB of the entry on every page, and without it the entry is the shell itself.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // A pre-rendered page's only early script (src/app/boot.ts; scripts/prerender.ts).
      input: isSsrBuild ? undefined : { index: 'index.html', boot: 'src/app/boot.ts' },
      output: {
        // What every page runs (libraries, the shell, the content model) in
        // one chunk: split finely, it gzips worse and costs requests for
        // nothing. Pages, and what only they or a later fetch need (checking
        // data from the network), stay in chunks of their own.
        codeSplitting: { groups: [{ name: 'shell', test: inShell }] },
        // V8's explicit compile hint (Chromium 136+): the chunk's functions are compiled as it loads,
        // not one by one when first called. Without it, a reader's first switch of language compiled
        // the reader's code inside the click. The chunks of pages and features only: the shell's code
        // has mostly run by the end of hydration, and the rest is large; the others' run as they load.
        postBanner: (chunk) => (isFeature(chunk) ? '//# allFunctionsCalledOnLoad\n' : ''),
      },
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
