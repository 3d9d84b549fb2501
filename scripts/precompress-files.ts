/**
 * Precompressed copies of a build's text files (scripts/precompress.ts):
 * `.br` at brotli's highest level and `.gz` at gzip's, written beside each file.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** What a server sends as text; images, fonts and Pagefind's own fragments are compressed already or not at all. */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.xml',
  '.webmanifest',
]);

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export const ENCODINGS = [
  {
    suffix: '.br',
    compress: (data: Buffer) =>
      brotli(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
  },
  { suffix: '.gz', compress: (data: Buffer) => gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }) },
] as const;

export interface PrecompressSummary {
  files: number;
  /** Bytes of the files as they are. */
  bytes: number;
  /** Bytes of what a client is sent with each encoding (a file that does not shrink counts as itself). */
  brotli: number;
  gzip: number;
}

/**
 * Compresses one file both ways and writes each copy that is smaller than the
 * file. A copy that would not be is removed if an earlier run left one, so
 * the server sends the file itself. Returns the bytes sent with each encoding.
 */
export async function precompressFile(path: string): Promise<{ bytes: number; br: number; gz: number }> {
  const data = await readFile(path);
  const sizes = await Promise.all(
    ENCODINGS.map(async ({ suffix, compress }) => {
      const packed = await compress(data);
      if (packed.length < data.length) {
        await writeFile(`${path}${suffix}`, packed);
        return packed.length;
      }
      await rm(`${path}${suffix}`, { force: true });
      return data.length;
    }),
  );
  return { bytes: data.length, br: sizes[0] ?? data.length, gz: sizes[1] ?? data.length };
}

/** Every text file under dir, by path. */
export async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && TEXT_EXTENSIONS.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Precompresses every text file under dir. zlib compresses on libuv's thread
 * pool, so a few files at a time keep every core busy: brotli at level 11 is
 * the slow part of the step.
 */
export async function precompressFolder(
  dir: string,
  parallel = Math.max(2, availableParallelism()),
): Promise<PrecompressSummary> {
  const queue = await textFiles(dir);
  const summary: PrecompressSummary = { files: queue.length, bytes: 0, brotli: 0, gzip: 0 };
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const path = queue[next++];
      if (path === undefined) break;
      const { bytes, br, gz } = await precompressFile(path);
      summary.bytes += bytes;
      summary.brotli += br;
      summary.gzip += gz;
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, queue.length) }, worker));
  return summary;
}
