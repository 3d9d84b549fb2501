/**
 * `npm run build`, last step: writes `<file>.br` (brotli, level 11) and
 * `<file>.gz` (gzip, level 9) beside every text file in the build, so a server
 * sends them as they are (nginx's `brotli_static` and `gzip_static`,
 * deploy/nginx.conf) instead of compressing each response at a lower level.
 *
 *   tsx scripts/precompress.ts [DIR]   DIR defaults to TRIPTYCH_DIST, else dist
 *
 * Copies are kept by content in DIR-precompressed/ beside the build (as the
 * server build sits in DIR-ssr/), so a rebuild compresses only what changed.
 *
 * It must run after every step that writes into the build (pre-rendering, the
 * search index, the service worker), or a file it missed is sent compressed on
 * the fly and one it compressed before a rewrite is sent stale.
 */
import { resolve } from 'node:path';
import { precompressFolder } from './precompress-files.ts';

const dir = resolve(process.argv[2] ?? process.env.TRIPTYCH_DIST ?? 'dist');
const started = performance.now();
const summary = await precompressFolder(dir, { cacheDir: `${dir}-precompressed` });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const kb = (bytes: number) => `${Math.round(bytes / 1000).toLocaleString('en')} KB`;
console.log(
  `precompress: ${summary.files} files, ${kb(summary.bytes)} → ${kb(summary.brotli)} brotli, ${kb(summary.gzip)} gzip, in ${seconds} s`,
);
