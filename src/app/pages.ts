/**
 * Each page type is its own chunk, so a page loads only the code it shows
 * (the initial-JS budget in issue 5). The current page's chunk is fetched
 * before hydrating, the others when the browser is idle.
 */
import type { Route } from '../routing/links';
import { lazyComponent } from '../ui/lazy-component';
import { PassageShareMenu } from '../ui/PassageShare';
import { ShortcutsDialog } from '../ui/ShortcutsButton';

export const LibraryPage = lazyComponent(() => import('../features/library/LibraryPage').then((m) => m.LibraryPage));
export const ArticlePage = lazyComponent(() => import('../features/reader/ArticlePage').then((m) => m.ArticlePage));
export const ParallelPage = lazyComponent(() =>
  import('../features/parallel/ParallelPage').then((m) => m.ParallelPage),
);

/** The page a route renders, if it renders one of the split pages. */
export function pageOf(route: Route) {
  switch (route.name) {
    case 'library':
      return LibraryPage;
    case 'article':
      return route.compare.length > 0 ? ParallelPage : ArticlePage;
    default:
      return null;
  }
}

export function preloadPage(route: Route): Promise<void> {
  return pageOf(route)?.preload() ?? Promise.resolve();
}

/** Every page's code, and the parts a reader opens (the share menu, the shortcuts list). */
export function preloadAllPages(): Promise<void> {
  const all = [LibraryPage, ArticlePage, ParallelPage, PassageShareMenu, ShortcutsDialog];
  return Promise.all(all.map((part) => part.preload())).then(() => undefined);
}
