import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { clearLoaderCache } from '../src/articles/loader';
import { useReaderStore } from '../src/store/reader-store';

const initialStore = useReaderStore.getState();

beforeEach(() => {
  localStorage.clear();
  useReaderStore.setState(initialStore, true);
  clearLoaderCache();
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
