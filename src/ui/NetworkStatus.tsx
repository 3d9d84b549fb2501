import { useEffect, useState, useSyncExternalStore } from 'react';
import { offlineServing } from '../articles/offline-cache';
import { usePageT } from '../i18n/page-lang';

const BACK_ONLINE_SHOWN_MS = 5000;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser says it is online; a pre-rendered page was rendered online, and the real state follows hydration. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}

/**
 * Says when the network goes away, and again when it comes back. Offline, it
 * promises only what is true: kept articles stay readable where a service
 * worker serves them (the production build), and otherwise only this page.
 */
export function NetworkStatus() {
  const t = usePageT('common');
  const online = useOnline();
  const [back, setBack] = useState(false);

  useEffect(() => {
    const onOnline = () => setBack(true);
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, []);

  useEffect(() => {
    if (!back) return;
    const timer = setTimeout(() => setBack(false), BACK_ONLINE_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [back]);

  const state = !online ? 'offline' : back ? 'back' : 'online';
  // The region is always there so screen readers announce each change of its text.
  return (
    <div className={`network-status${state === 'online' ? '' : ` is-${state}`}`} role="status" aria-live="polite">
      {state === 'offline'
        ? t(offlineServing() ? 'network.offline' : 'network.offlineNothingKept')
        : state === 'back'
          ? t('network.online')
          : null}
    </div>
  );
}
