import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { clearLoaderCache } from '../src/articles/loader';
import { provideStrings } from '../src/i18n/load-strings';
import { resources } from '../src/i18n/resources';
import { useReaderStore } from '../src/store/reader-store';

// Tests have every language's strings, as the server does; the browser loads them one at a time.
provideStrings(resources);

beforeEach(() => {
  // jsdom lays nothing out and cannot scroll; tests that need layout install tests/helpers/fake-layout.ts.
  window.scrollTo = () => {};
  // The store writes what it is set to, so storage is cleared after it.
  useReaderStore.setState(useReaderStore.getInitialState(), true);
  localStorage.clear();
  clearLoaderCache();
  window.history.replaceState(null, '', '/');
  // As Back would: drops a history entry the last test's navigation had not made yet (navigation.ts).
  window.dispatchEvent(new PopStateEvent('popstate'));
});

afterEach(() => {
  vi.useRealTimers();
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
