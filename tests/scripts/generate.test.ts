import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { generateArticle, generateLibrary } from '../../scripts/generate';
import { readArticles } from '../../scripts/read-articles';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'triptych-generate-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('a generated library passes check:articles', () => {
  const dir = tempDir();
  generateLibrary(dir, { articles: 30, segments: 40, seed: 3 });
  const { summaries, problems } = readArticles(dir);
  expect(problems).toEqual([]);
  expect(summaries).toHaveLength(30);
});

test('the same seed writes the same files; another seed, different ones', () => {
  const [a, b, c] = [tempDir(), tempDir(), tempDir()];
  generateLibrary(a, { articles: 3, segments: 10, seed: 7 });
  generateLibrary(b, { articles: 3, segments: 10, seed: 7 });
  generateLibrary(c, { articles: 3, segments: 10, seed: 8 });
  const file = (dir: string) => readFileSync(join(dir, 'generated-1', 'uk.json'), 'utf8');
  expect(file(a)).toBe(file(b));
  expect(file(a)).not.toBe(file(c));
});

test('some articles lack a language and some passages are missing in one translation', () => {
  const articles = Array.from({ length: 30 }, (_, i) => generateArticle(i, { articles: 30, segments: 200, seed: 1 }));
  expect(articles.some((bundles) => bundles.ru === undefined)).toBe(true);
  expect(articles.some((bundles) => bundles.en === undefined)).toBe(true);
  expect(articles.every((bundles) => bundles.uk !== undefined)).toBe(true);
  const uneven = articles.filter((bundles) => {
    const counts = Object.values(bundles).map((bundle) => bundle.segments.length);
    return new Set(counts).size > 1;
  });
  expect(uneven.length).toBeGreaterThan(0);
});

test('text is Cyrillic in Ukrainian and Russian and Latin in English', () => {
  const bundles = generateArticle(0, { articles: 1, segments: 5, seed: 1 });
  expect(bundles.uk?.segments[0]?.text).toMatch(/^[А-ЩЬЮЯҐЄІЇа-щьюяґєії ,.’-]+$/);
  expect(bundles.ru?.segments[0]?.text).toMatch(/[а-яё]/);
  expect(bundles.en?.segments[0]?.text).toMatch(/^[A-Za-z ,.'-]+$/);
});
