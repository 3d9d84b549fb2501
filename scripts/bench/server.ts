/** `vite preview` of the bench build on 127.0.0.1, checked to serve the pre-rendered pages. */
import { createServer } from 'node:net';
import { preview, type PreviewServer } from 'vite';
import { PAGE_DATA_ID } from '../../src/app/page-data.ts';
import { ROOT } from './build.ts';

const HOST = '127.0.0.1';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

export async function serve(dist: string): Promise<Served> {
  const port = await freePort();
  // vite.config.ts reads the build folder from the environment; the inline option says the same.
  process.env.TRIPTYCH_DIST = dist;
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: HOST, port, strictPort: true, open: false },
    build: { outDir: dist },
  });
  const origin = `http://${HOST}:${port}`;
  return { origin, close: () => server.close() };
}

/** Fails loudly if the server answers an article URL with the SPA shell instead of its pre-rendered page. */
export async function expectPrerendered(origin: string, path: string, text: string): Promise<string> {
  const response = await fetch(`${origin}${path}`);
  const html = await response.text();
  if (!response.ok || !html.includes(`id="${PAGE_DATA_ID}"`) || !html.includes(text)) {
    throw new Error(`bench: ${origin}${path} is not the pre-rendered page (status ${response.status})`);
  }
  return html;
}
