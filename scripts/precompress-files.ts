/**
 * Precompressed copies of a build's text files (scripts/precompress.ts):
 * `.br` at brotli's highest level and `.gz` at gzip's, written beside each file.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
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
 * Compressed copies kept by the content they were made from, so a rebuild
 * compresses only the files that changed: brotli 11 is slow, and a large
 * library's pages mostly come out the same. Each run keeps only what it used.
 */
export interface CompressionCache {
  dir: string;
  used: Set<string>;
}

async function compressed(
  data: Buffer,
  { suffix, compress }: (typeof ENCODINGS)[number],
  cache: CompressionCache | undefined,
): Promise<Buffer> {
  if (!cache) return compress(data);
  const name = `${createHash('sha256').update(data).digest('hex')}${suffix}`;
  const file = join(cache.dir, name);
  cache.used.add(name);
  try {
    return await readFile(file);
  } catch {
    const packed = await compress(data);
    // Written aside and renamed, so a build that stops halfway never leaves half a copy.
    await writeFile(`${file}.tmp`, packed);
    await rename(`${file}.tmp`, file);
    return packed;
  }
}

/**
 * Compresses one file both ways and writes each copy that is smaller than the
 * file. A copy that would not be is removed if an earlier run left one, so
 * the server sends the file itself. Returns the bytes sent with each encoding.
 */
export async function precompressFile(
  path: string,
  cache?: CompressionCache,
): Promise<{ bytes: number; br: number; gz: number }> {
  const data = await readFile(path);
  const sizes = await Promise.all(
    ENCODINGS.map(async (encoding) => {
      const packed = await compressed(data, encoding, cache);
      if (packed.length < data.length) {
        await writeFile(`${path}${encoding.suffix}`, packed);
        return packed.length;
      }
      await rm(`${path}${encoding.suffix}`, { force: true });
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
  { cacheDir, parallel = Math.max(2, availableParallelism()) }: { cacheDir?: string; parallel?: number } = {},
): Promise<PrecompressSummary> {
  const queue = await textFiles(dir);
  const cache = cacheDir ? { dir: cacheDir, used: new Set<string>() } : undefined;
  if (cache) await mkdir(cache.dir, { recursive: true });
  const summary: PrecompressSummary = { files: queue.length, bytes: 0, brotli: 0, gzip: 0 };
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const path = queue[next++];
      if (path === undefined) break;
      const { bytes, br, gz } = await precompressFile(path, cache);
      summary.bytes += bytes;
      summary.brotli += br;
      summary.gzip += gz;
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, queue.length) }, worker));
  if (cache) {
    for (const name of await readdir(cache.dir)) {
      if (!cache.used.has(name)) await rm(join(cache.dir, name), { force: true });
    }
  }
  return summary;
}
