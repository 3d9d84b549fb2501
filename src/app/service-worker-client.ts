/**
 * Registers the service worker (production builds only: main.tsx) and offers
 * a new build when one is waiting. Loaded when the browser is idle, so
 * workbox-window costs no page its first paint.
 */
import { Workbox } from 'workbox-window';
import { setOfflineWorker } from '../articles/offline-cache';
import { announceUpdate } from '../ui/update-signal';

/** How often an open tab asks whether a new build was deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) {
    setOfflineWorker(Promise.resolve(false));
    return;
  }
  const workbox = new Workbox('/service-worker.js');
  // A new build waits until the reader reloads: the tab never runs two builds' code at once,
  // and the old build's chunks stay in the old worker's cache until then.
  workbox.addEventListener('waiting', () =>
    announceUpdate(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    }),
  );
  setOfflineWorker(
    workbox.register().then(async (registration) => {
      if (!registration) return false;
      await navigator.serviceWorker.ready;
      return true;
    }),
  );
  const check = () => void workbox.update().catch(() => undefined);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  window.addEventListener('online', check);
  setInterval(check, UPDATE_CHECK_MS);
}
