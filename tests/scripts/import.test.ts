import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { readArticles } from '../../scripts/read-articles';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace(): { content: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'triptych-import-'));
  dirs.push(root);
  cpSync('tests/fixtures/alignment/night-trains', join(root, 'content', 'night-trains'), { recursive: true });
  rmSync(join(root, 'content', 'night-trains', 'truth.json'));
  return { content: join(root, 'content'), out: join(root, 'out') };
}

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { encoding: 'utf8' });

const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((path) => [path, readFileSync(path, 'utf8')]),
  );

test('the import writes bundles that pass check:articles and an id map, and prints the report', () => {
  const { content, out } = workspace();
  const result = run(join(content, 'night-trains'), '--out', out);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('night-trains: 9 rows in uk, en, ru (aligned against uk)');
  expect(result.stdout).toContain('! numbers: numbers differ: uk has 1958; ru has 1985');
  expect(readdirSync(join(out, 'night-trains')).sort()).toEqual(['en.json', 'ru.json', 'uk.json']);
  expect(existsSync(join(content, 'night-trains', 'ids.json'))).toBe(true);
  expect(readArticles(out, { now: Date.parse('2026-12-07') }).problems).toEqual([]);
});

test('importing again changes no byte, and --check then passes', () => {
  const { content, out } = workspace();
  run(join(content, 'night-trains'), '--out', out);
  const before = { out: snapshot(out), content: snapshot(content) };
  expect(run(join(content, 'night-trains'), '--out', out).stderr).toContain('0 file(s) changed');
  expect({ out: snapshot(out), content: snapshot(content) }).toEqual(before);
  expect(run(join(content, 'night-trains'), '--out', out, '--check').status).toBe(0);
});

test('--check writes nothing and fails while the bundles are not what the sources make', () => {
  const { content, out } = workspace();
  const result = run(join(content, 'night-trains'), '--out', out, '--check');
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('error: ');
  expect(existsSync(out)).toBe(false);
  expect(existsSync(join(content, 'night-trains', 'ids.json'))).toBe(false);
});

test('--json prints the report for tools', () => {
  const { content, out } = workspace();
  const result = run(join(content, 'night-trains'), '--out', out, '--json');
  const report = JSON.parse(result.stdout) as { articles: { slug: string; pivot: string; rows: { id: string }[] }[] };
  expect(report.articles[0]?.slug).toBe('night-trains');
  expect(report.articles[0]?.pivot).toBe('uk');
  expect(report.articles[0]?.rows).toHaveLength(9);
});

test('an unknown language file is an error and nothing is written', () => {
  const { content, out } = workspace();
  writeFileSync(join(content, 'night-trains', 'ua.md'), readFileSync(join(content, 'night-trains', 'uk.md')));
  const result = run(join(content, 'night-trains'), '--out', out);
  expect(result.status).toBe(1);
  expect(result.stdout).toContain(
    'night-trains/ua.md: not a language this site publishes; Ukrainian is uk.md (ua is only the URL word)',
  );
  expect(existsSync(out)).toBe(false);
});
