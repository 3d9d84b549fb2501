/**
 * A static host for the offline tests that can switch builds under a running
 * browser, as a deploy does: it serves one folder, then another. It answers
 * as deploy/nginx.conf does where the tests care: a page by its path,
 * revalidated; hashed assets as files; 404 for what is not there.
 */
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

export interface DeployServer {
  url: string;
  /** Serves this folder from now on. */
  deploy: (root: string) => void;
  close: () => Promise<void>;
}

function fileFor(root: string, path: string): string | null {
  const candidates = [join(root, path), join(root, path, 'index.html')];
  for (const file of candidates) {
    if (!resolve(file).startsWith(resolve(root))) return null;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

export async function startDeployServer(root: string): Promise<DeployServer> {
  let current = root;
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = fileFor(current, path);
    const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (!file) {
      response.writeHead(404, { 'Content-Type': TYPES['.html'] ?? '', 'Cache-Control': 'no-cache' });
      response.end(readFileSync(join(current, '404.html')));
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': cache,
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deploy: (next) => {
      current = next;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

export interface TwoBuilds {
  a: string;
  b: string;
  /** The chunk build A has and build B replaced, as a URL path. */
  removedChunk: string;
  addedChunk: string;
}

/**
 * Builds A and B from the production build in dist/: B is A with the
 * parallel view's chunk under a new name (as an edit to that view would
 * give), every reference to it updated, the service worker's precache list
 * included. So A's chunk is gone from B, and B's service worker is new.
 */
export function twoBuilds(dist = 'dist'): TwoBuilds {
  const base = join(tmpdir(), `triptych-deploy-${process.pid}-${Date.now()}`);
  const a = join(base, 'a');
  const b = join(base, 'b');
  cpSync(dist, a, { recursive: true });
  cpSync(dist, b, { recursive: true });
  const chunk = readdirSync(join(b, 'assets')).find((name) => /^ParallelPage-.+\.js$/.test(name));
  if (!chunk) throw new Error(`${dist}/assets has no ParallelPage chunk: run npm run build first`);
  const renamed = chunk.replace(/^ParallelPage-/, 'ParallelPage-next');
  renameSync(join(b, 'assets', chunk), join(b, 'assets', renamed));
  for (const file of filesUnder(b)) {
    if (!/\.(js|html|json)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    if (text.includes(chunk)) writeFileSync(file, text.replaceAll(chunk, renamed));
  }
  return { a, b, removedChunk: `/assets/${chunk}`, addedChunk: `/assets/${renamed}` };
}
