import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { clearLoaderCache } from '../src/articles/loader';
import { useReaderStore } from '../src/store/reader-store';

// A page's first render in a test file fetches and compiles its chunks: on a two-core machine shared with
// other work that can pass a second, which is not what these tests are about.
configure({ asyncUtilTimeout: 4000 });
// Navigations render in a transition that suspends until the next page's data is here. Inside a
// synchronous act() (how Testing Library wraps each event by default) that suspended render is held
// by act and never resumes, as it would in a browser; so events run as in a browser, and tests wait
// for what they expect to see (findBy…, waitFor).
configure({ eventWrapper: (dispatch) => dispatch() });
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: false });

beforeEach(() => {
  // jsdom lays nothing out and cannot scroll; tests that need layout install tests/helpers/fake-layout.ts.
  window.scrollTo = () => {};
  // The store writes what it is set to, so storage is cleared after it.
  useReaderStore.setState(useReaderStore.getInitialState(), true);
  localStorage.clear();
  clearLoaderCache();
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  vi.useRealTimers();
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
