/**
 * What a build produced from what (decision 019): the hash of the app's
 * inputs, of the interface strings, of each article folder, and of each file
 * the build wrote. The next build compares against it to do only what
 * changed, and writes the URLs whose files were added, changed or removed
 * (the change list a deploy step purges).
 *
 * Both files live beside the build, in `<dist>-build/` (as the server build
 * sits in `<dist>-ssr/`), never inside it, so no host serves them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const RECORD_VERSION = 1;

export interface BuildRecord {
  version: number;
  /** The app's inputs: code, templates, strings, config, the lockfile, the scripts that render, the site origin. */
  app: string;
  /** The interface strings alone (locales/): a change to them is a change to the app, and is logged as such. */
  strings: string;
  /** Each entry of the articles folder (an article's folder, by its name): the hash of its files. */
  sources: Record<string, string>;
  /** Entries that had problems (left out under TRIPTYCH_SKIP_INVALID): read again on every build. */
  invalid: string[];
  /** Each file of the build (not hashed assets, not compressed twins), by its path under dist: its hash. */
  outputs: Record<string, string>;
}

export interface ChangeList {
  /** Site-relative URLs, e.g. `/en/some-article` or `/articles/some-article/en.json`. */
  added: string[];
  changed: string[];
  removed: string[];
}

export const hashOf = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** `<dist>-build/`: the record and the change list. */
export const recordDir = (dist: string): string => `${dist}-build`;
export const recordPath = (dist: string): string => join(recordDir(dist), 'record.json');
export const changesPath = (dist: string): string => join(recordDir(dist), 'changes.json');

/** Every file under `dir` (recursively), as paths relative to it with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** One hash over named files: each path and its bytes, so a rename changes it as an edit does. */
export function hashFiles(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(`${path}\0`);
    hash.update(readFileSync(join(root, path)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * The app's inputs, under the project root: what a change to means every page
 * must be rendered again. The articles folder is content, not app, even when
 * it sits under public/.
 */
const APP_FOLDERS = ['src', 'locales', 'public'];
const APP_FILES = [
  'index.html',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.sw.json',
  'package.json',
  'package-lock.json',
];
// Scripts that only measure, check or generate: a change to them changes no page.
const NOT_RENDERING = /^scripts\/(bench\/|bench\.ts|generate\.ts|audit|size\.ts|align-eval\.ts|check-articles\.ts)/;

export function appInputs(root: string, articlesDir: string): string[] {
  const articles = relative(root, articlesDir).split(sep).join('/');
  const inFolder = (folder: string) => filesUnder(join(root, folder)).map((path) => `${folder}/${path}`);
  return [
    ...APP_FOLDERS.flatMap(inFolder).filter((path) => !(path === articles || path.startsWith(`${articles}/`))),
    ...inFolder('scripts').filter((path) => !NOT_RENDERING.test(path)),
    ...APP_FILES.filter((path) => existsSync(join(root, path))),
  ].sort();
}

/** The app's hash and the strings' hash; `settings` are what else every page depends on (the site origin). */
export function appHashes(root: string, articlesDir: string, settings: string): { app: string; strings: string } {
  const strings = hashFiles(
    root,
    filesUnder(join(root, 'locales')).map((path) => `locales/${path}`),
  );
  const app = hashOf(`${hashFiles(root, appInputs(root, articlesDir))}\0${settings}`);
  return { app, strings };
}

/** Each entry of the articles folder by name: the hash of its files (a file that is not a folder, of itself). */
export function hashSources(dir: string): Record<string, string> {
  const sources: Record<string, string> = {};
  if (!existsSync(dir)) return sources;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    sources[name] = statSync(path).isDirectory() ? hashFiles(path, filesUnder(path)) : hashFiles(dir, [name]);
  }
  return sources;
}

const COMPRESSED = /\.(br|gz)$/;
/** Files of the build a deploy step purges: not the hashed assets (immutable), not Vite's manifest, not twins. */
export const isListed = (path: string): boolean =>
  !path.startsWith('assets/') && !path.startsWith('.vite/') && !COMPRESSED.test(path);

/** Every listed file of the build and its hash (a full build's outputs). */
export function hashOutputs(dist: string, under = ''): Record<string, string> {
  const outputs: Record<string, string> = {};
  const base = under ? join(dist, under) : dist;
  for (const path of filesUnder(base)) {
    const file = under ? `${under}/${path}` : path;
    if (isListed(file)) outputs[file] = hashOf(readFileSync(join(dist, file)));
  }
  return outputs;
}

/** The URL a file of the build is served at: a page at its folder's canonical URL (deploy/nginx.conf). */
export function urlOf(path: string): string {
  if (path === 'index.html') return '/';
  const page = /^(ua|en|ru)\/index\.html$/.exec(path);
  if (page) return `/${page[1]}/`;
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'/index.html'.length)}`;
  return `/${path}`;
}

export function changeList(before: Record<string, string>, after: Record<string, string>): ChangeList {
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [path, hash] of Object.entries(after)) {
    const old = before[path];
    if (old === undefined) added.push(urlOf(path));
    else if (old !== hash) changed.push(urlOf(path));
  }
  for (const path of Object.keys(before)) if (!(path in after)) removed.push(urlOf(path));
  return { added: added.sort(), changed: changed.sort(), removed: removed.sort() };
}

export function readRecord(dist: string): BuildRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(recordPath(dist), 'utf8')) as BuildRecord;
    return record.version === RECORD_VERSION ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Written aside and renamed, so a build that stops halfway leaves no half a record. */
function writeJson(path: string, data: unknown): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(`${path}.tmp`, `${JSON.stringify(data, null, 1)}\n`);
  renameSync(`${path}.tmp`, path);
}

export function writeRecord(dist: string, record: BuildRecord): void {
  writeJson(recordPath(dist), record);
}

export function writeChanges(dist: string, changes: ChangeList): void {
  writeJson(changesPath(dist), changes);
}
