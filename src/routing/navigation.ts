/**
 * The browser's location as React state. A few lines over the History API
 * do what the app needs (push, replace, back), so no router library.
 */
import { useSyncExternalStore, type MouseEvent } from 'react';
import type { Lang } from '../i18n/languages';
import { afterPaint } from '../ui/when-idle';
import { langOfRoute, parseLocation, type Route } from './links';

export interface Location {
  pathname: string;
  search: string;
  hash: string;
}

const NAVIGATE_EVENT = 'triptych:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener('hashchange', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/**
 * A URL the page shows before the browser's history has it. Making the
 * history entry costs a millisecond or two on a slow phone, so the app
 * draws the new page first and tells the browser just after that frame is
 * painted (see go).
 */
let ahead: string | null = null;
// Back, Forward or a fragment the browser followed: the browser's URL again, and whatever history
// call was waiting is dropped, since it was meant for the entry the reader has just left.
let moves = 0;
if (typeof window !== 'undefined') {
  for (const type of ['popstate', 'hashchange']) window.addEventListener(type, () => ((ahead = null), moves++));
}

// useSyncExternalStore compares snapshots by identity, so the string is the snapshot.
const snapshot = () => ahead ?? window.location.pathname + window.location.search + window.location.hash;

/**
 * The URL a page was pre-rendered for. On the server it is the location;
 * in the browser it is what the first (hydrating) render sees, so that
 * render matches the HTML, and React then re-renders for the real URL
 * (a #segment, a ?compare= view).
 */
let renderedLocation: string | null = null;

export function setRenderedLocation(url: string | null): void {
  renderedLocation = url;
}

const serverSnapshot = () => renderedLocation ?? (typeof window === 'undefined' ? '/' : snapshot());

export function parseUrl(url: string): Location {
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const rest = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const searchAt = rest.indexOf('?');
  return {
    pathname: searchAt >= 0 ? rest.slice(0, searchAt) : rest,
    search: searchAt >= 0 ? rest.slice(searchAt) : '',
    hash,
  };
}

export function useLocation(): Location {
  return parseUrl(useSyncExternalStore(subscribe, snapshot, serverSnapshot));
}

export function routeOf(url: string): Route {
  const { pathname, search, hash } = parseUrl(url);
  return parseLocation(pathname, search, hash);
}

export const langOf = (url: string): Lang | null => langOfRoute(routeOf(url));

// Read by every component that reads the page's language, at each render and each navigation: the last URL's is kept.
let lastUrl = '';
let lastLang: Lang | null = null;
const urlLang = (url: string) => (url === lastUrl ? lastLang : ((lastUrl = url), (lastLang = langOf(url))));

/**
 * The language the URL names (null if none), as React state. What reads it
 * re-renders when it changes, and nothing else has to: a language switch
 * re-renders the components that show text and skips the rest.
 */
export function useUrlLang(): Lang | null {
  return useSyncExternalStore(
    subscribe,
    () => urlLang(snapshot()),
    () => urlLang(serverSnapshot()),
  );
}

/**
 * Something to wait for before showing a URL (the app waits for the
 * interface strings of its language), or null when it can be shown at once.
 */
type NavigationGuard = (to: string) => Promise<unknown> | null;
let guard: NavigationGuard | null = null;

export function setNavigationGuard(next: NavigationGuard | null): void {
  guard = next;
}

export function navigate(to: string, { replace = false } = {}): void {
  const wait = guard?.(to);
  // Shown even if the wait fails: a page with fallback strings beats a dead link.
  if (wait) void wait.then(show, show);
  else show();

  function show() {
    go(to, replace);
  }
}

function go(to: string, replace: boolean): void {
  if (to === snapshot() && !replace) return;
  const at = moves;
  const record = () => {
    if (at === moves) window.history[replace ? 'replaceState' : 'pushState'](null, '', to);
    if (ahead === to) ahead = null;
  };
  // A hidden tab paints no frames: there the entry is made at once.
  if (document.hidden) record();
  else {
    ahead = to;
    afterPaint(record);
  }
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/**
 * Click handler for in-app links: plain left clicks navigate in place;
 * modified clicks (new tab, download) are left to the browser.
 */
export function followLink(event: MouseEvent<HTMLAnchorElement>, before?: () => void): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  event.preventDefault();
  before?.();
  navigate(event.currentTarget.getAttribute('href') ?? '/');
}
