import { expect, test, vi } from 'vitest';
import { isMissingChunk, reloadOnceFor } from '../../src/ui/reload-once';

function memory() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const missing = new TypeError('Failed to fetch dynamically imported module: http://site/assets/ParallelPage-abc.js');

test('a chunk that could not be fetched is told from other failures, in each browser’s words', () => {
  expect(isMissingChunk(missing)).toBe(true);
  expect(isMissingChunk(new TypeError('Importing a module script failed.'))).toBe(true);
  expect(isMissingChunk(new TypeError('error loading dynamically imported module'))).toBe(true);
  expect(isMissingChunk(new TypeError('x is undefined'))).toBe(false);
  expect(isMissingChunk('Failed to fetch dynamically imported module')).toBe(false);
});

test('a missing chunk reloads the page once; the same failure right after shows the crash page instead of a loop', () => {
  const storage = memory();
  const reload = vi.fn();
  expect(reloadOnceFor(missing, storage, reload, 1_000_000)).toBe(true);
  expect(reloadOnceFor(missing, storage, reload, 1_010_000)).toBe(false);
  expect(reload).toHaveBeenCalledTimes(1);
  // A later deploy is a new failure, and gets its reload.
  expect(reloadOnceFor(missing, storage, reload, 1_100_000)).toBe(true);
  expect(reload).toHaveBeenCalledTimes(2);
});

test('any other failure never reloads', () => {
  const reload = vi.fn();
  expect(reloadOnceFor(new Error('render failed'), memory(), reload)).toBe(false);
  expect(reload).not.toHaveBeenCalled();
});
