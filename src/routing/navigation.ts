/**
 * The browser's location as React state. A few lines over the History API
 * do what the app needs (push, replace, Back), so no router library. Every
 * change of location is rendered in a transition: the page on screen stays
 * until the next one has its code, strings and data.
 */
import { createContext, startTransition, useContext, useEffect, useState, useTransition, type MouseEvent } from 'react';
import type { Lang } from '../i18n/languages';
import { parseLocation, type Route } from './links';

export interface Location {
  pathname: string;
  search: string;
  hash: string;
}

const NAVIGATE_EVENT = 'triptych:navigate';

export const currentUrl = (): string => window.location.pathname + window.location.search + window.location.hash;

/** Calls `onChange` whenever the location changes: our navigations, Back and Forward, a followed #fragment. */
export function subscribeToLocation(onChange: () => void): () => void {
  const types = ['popstate', 'hashchange', NAVIGATE_EVENT];
  for (const type of types) window.addEventListener(type, onChange);
  return () => {
    for (const type of types) window.removeEventListener(type, onChange);
  };
}

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

export function routeOf(url: string): Route {
  const { pathname, search, hash } = parseUrl(url);
  return parseLocation(pathname, search, hash);
}

/**
 * The languages the browser's URL shows an article in, in column order, or null. While a navigation renders, the page on screen is
 * still the last one: a key pressed twice in quick succession must step from
 * where the first press went, not from what is drawn.
 */
export function currentArticleColumns(slug: string): Lang[] | null {
  const route = routeOf(currentUrl());
  return route.name === 'article' && route.slug === slug ? route.columns : null;
}

/**
 * The location to render, and whether the next one is still on its way.
 * It starts at `initialUrl`: the URL a page was pre-rendered for, so the
 * hydrating render matches its HTML (on the server, the page's own). Then
 * it follows the browser's, in a transition: a `#segment` or `?compare=`
 * view appears right after hydration, and each navigation after that.
 */
export function useLocation(initialUrl: string): { location: Location; pending: boolean } {
  const [url, setUrl] = useState(initialUrl);
  const [pending, startNavigation] = useTransition();
  useEffect(() => {
    // The real URL after hydration (a #segment) is not a navigation the reader waits for: marking it
    // pending would re-render the app above a page that may still be hydrating, and React would then
    // drop that page's server HTML and draw it again.
    startTransition(() => setUrl(currentUrl()));
    return subscribeToLocation(() => startNavigation(() => setUrl(currentUrl())));
  }, []);
  return { location: parseUrl(url), pending };
}

/** True while the page on screen waits for the next one (a switch of language on a slow network): set by the app. */
export const NavigationPending = createContext(false);

export function useNavigationPending(): boolean {
  return useContext(NavigationPending);
}

export function navigate(to: string, { replace = false } = {}): void {
  if (to === currentUrl() && !replace) return;
  window.history[replace ? 'replaceState' : 'pushState'](null, '', to);
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
