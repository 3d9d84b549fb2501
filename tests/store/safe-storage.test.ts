import { expect, test } from 'vitest';
import { safeStorage } from '../../src/store/safe-storage';

function throwingStorage(error: Error): Storage {
  const fail = () => {
    throw error;
  };
  return { getItem: fail, setItem: fail, removeItem: fail, clear: fail, key: fail, length: 0 };
}

test('absent storage reads nothing and writes nowhere, without throwing', () => {
  const storage = safeStorage(() => undefined);
  expect(storage.getItem('x')).toBeNull();
  expect(() => storage.setItem('x', '1')).not.toThrow();
});

test('storage that throws on every call (blocked, or full) never throws out of the wrapper', () => {
  const storage = safeStorage(() => throwingStorage(new DOMException('full', 'QuotaExceededError')));
  expect(storage.getItem('x')).toBeNull();
  expect(() => storage.setItem('x', '1')).not.toThrow();
  expect(() => storage.removeItem('x')).not.toThrow();
});

test('storage whose getter throws (access denied) is treated as absent', () => {
  const storage = safeStorage(() => {
    throw new DOMException('denied', 'SecurityError');
  });
  expect(storage.getItem('x')).toBeNull();
});

test('working storage is used as is', () => {
  const storage = safeStorage(() => localStorage);
  storage.setItem('x', '1');
  expect(localStorage.getItem('x')).toBe('1');
  expect(storage.getItem('x')).toBe('1');
});
