import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { request } from 'node:http';
import { build, createServer } from 'vite';
import { afterEach, expect, test } from 'vitest';
import { articleIndex } from '../../scripts/article-index-plugin';

const BAD = 'tests/fixtures/bad-articles';
const projects: string[] = [];
afterEach(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project with an index.html and public/ holding an icon and the given articles folders. */
function project(articles: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'triptych-build-'));
  projects.push(root);
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  mkdirSync(join(root, 'public', 'articles'), { recursive: true });
  writeFileSync(join(root, 'public', 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  for (const slug of articles) cpSync(join(BAD, slug), join(root, 'public', 'articles', slug), { recursive: true });
  return root;
}

const buildProject = (root: string, skipInvalid: boolean) =>
  build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [articleIndex({ dir: 'public/articles', skipInvalid })],
    build: { outDir: 'dist', emptyOutDir: true },
  });

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

test('an invalid bundle fails the build, which names each problem as check:articles does', async () => {
  const root = project(['a-good-one', 'missing-title', 'Bad_Slug', 'invalid-utf8']);
  await expect(buildProject(root, false)).rejects.toThrow(
    [
      '3 problem(s) in the articles, so nothing was built:',
      'public/articles/Bad_Slug: -: folder name "Bad_Slug" is not a valid slug; use lowercase a–z, 0–9 and single hyphens, e.g. my-article',
    ].join('\n'),
  );
  await expect(buildProject(root, false)).rejects.toThrow('public/articles/missing-title/en.json: title: is required');
  await expect(buildProject(root, false)).rejects.toThrow('TRIPTYCH_SKIP_INVALID=1');
});

test('with skipInvalid, only the valid bundles are published, as the schema returned them, and nothing else under articles/', async () => {
  const root = project(['a-good-one', 'missing-title', 'Bad_Slug', 'bad-json', 'too-deep']);
  await buildProject(root, true);
  const dist = join(root, 'dist');
  expect(filesUnder(join(dist, 'articles'))).toEqual([
    'a-good-one/en.json',
    'a-good-one/index.json',
    'index/page-1.json',
  ]);
  // The rest of public/ is copied as Vite copies it.
  expect(existsSync(join(dist, 'favicon.svg'))).toBe(true);
  const published = readFileSync(join(dist, 'articles', 'a-good-one', 'en.json'), 'utf8');
  expect(published).not.toContain('EMBARGOED');
  expect(JSON.parse(published)).toEqual({
    lang: 'en',
    title: 'A good title',
    published: '2025-07-25',
    segments: [
      { id: 'first', type: 'paragraph', text: 'Some text.' },
      { id: 'second', type: 'heading', text: 'A heading' },
    ],
  });
  const index = JSON.parse(readFileSync(join(dist, 'articles', 'index', 'page-1.json'), 'utf8')) as {
    articles: { slug: string }[];
  };
  expect(index.articles.map((article) => article.slug)).toEqual(['a-good-one']);
});

test('the TRIPTYCH_SKIP_INVALID environment variable is the default', async () => {
  const root = project(['a-good-one', 'missing-title']);
  const before = process.env.TRIPTYCH_SKIP_INVALID;
  process.env.TRIPTYCH_SKIP_INVALID = '1';
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [articleIndex({ dir: 'public/articles' })],
      build: { outDir: 'dist' },
    });
  } finally {
    if (before === undefined) delete process.env.TRIPTYCH_SKIP_INVALID;
    else process.env.TRIPTYCH_SKIP_INVALID = before;
  }
  expect(existsSync(join(root, 'dist', 'articles', 'a-good-one', 'en.json'))).toBe(true);
  expect(existsSync(join(root, 'dist', 'articles', 'missing-title'))).toBe(false);
});

/** GET through Node's own client (the test environment's fetch is the app's). */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

test('the dev server serves what a build publishes, and an invalid bundle as written so the app can show it', async () => {
  const root = project(['a-good-one', 'missing-title']);
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [articleIndex({ dir: 'public/articles' })],
    server: { host: '127.0.0.1', port: 0 },
  });
  await server.listen();
  try {
    const address = server.httpServer?.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const bundle = await get(port, '/articles/a-good-one/en.json');
    expect(bundle.status).toBe(200);
    expect(bundle.body).toContain('A good title');
    expect(bundle.body).not.toContain('EMBARGOED');
    expect((await get(port, '/articles/index/page-1.json')).body).toContain('a-good-one');
    expect((await get(port, '/articles/missing-title/en.json')).body).toContain('"lang": "en"');
    for (const path of [
      '/articles/a-good-one/notes.txt',
      '/articles/a-good-one/en.json.bak',
      '/articles/nope/en.json',
    ]) {
      expect((await get(port, path)).status).toBe(404);
    }
  } finally {
    await server.close();
  }
});
