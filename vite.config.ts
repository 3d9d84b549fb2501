/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { articleIndex } from './scripts/article-index-plugin.ts';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { previewPrerenderedPages } from './scripts/preview-pages-plugin.ts';

// The library defaults to the demo articles; the benchmark points
// TRIPTYCH_ARTICLES at a generated one.
const articlesDir = process.env.TRIPTYCH_ARTICLES ?? 'public/articles';

export default defineConfig({
  plugins: [react(), articleIndex({ dir: articlesDir }), contentSecurityPolicy(), previewPrerenderedPages()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    setupFiles: ['tests/setup.ts'],
    css: false,
  },
});
