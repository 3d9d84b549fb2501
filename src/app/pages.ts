/**
 * Each page type is its own chunk, so a page loads only the code it shows.
 * The current page's chunk is fetched before the first render (main.tsx),
 * the others when the browser is idle (App.tsx).
 */
import { lazy } from 'react';
import type { Route } from '../routing/links';
import { preloadShareMenu } from '../sharing/PassageShare';
import { preloadReadingSettings } from '../reading/ReadingSettings';
import { preloadShortcutsDialog } from '../reading/shortcuts/ShortcutsHelp';

const code = {
  library: () => import('../features/library/LibraryPage'),
  article: () => import('../features/reader/ArticlePage'),
  parallel: () => import('../features/parallel/ParallelPage'),
  search: () => import('../features/search/SearchPage'),
  // A chunk of the parallel page's own, for long views only (features/parallel/ParallelRows.tsx).
  windowed: () => import('../features/parallel/WindowedRows'),
};

export const LibraryPage = lazy(() => code.library().then((m) => ({ default: m.LibraryPage })));
export const ArticlePage = lazy(() => code.article().then((m) => ({ default: m.ArticlePage })));
export const ParallelPage = lazy(() => code.parallel().then((m) => ({ default: m.ParallelPage })));
export const SearchPage = lazy(() => code.search().then((m) => ({ default: m.SearchPage })));

/** Fetches the code of the page a route renders (the module system keeps it, so its lazy page renders at once). */
export function preloadPage(route: Route): Promise<unknown> {
  if (route.name === 'library') return code.library();
  if (route.name === 'search') return code.search();
  if (route.name === 'article') {
    return route.compare.length > 0 ? Promise.all([code.parallel(), code.windowed()]) : code.article();
  }
  return Promise.resolve();
}

/** Every page's code, and the parts a reader opens (the share menu, the shortcuts list). */
export function preloadAllPages(): Promise<unknown> {
  return Promise.all([
    ...Object.values(code).map((load) => load()),
    preloadShareMenu(),
    preloadShortcutsDialog(),
    preloadReadingSettings(),
  ]);
}
