import { useEffect, useState } from 'react';
import { usePageT } from '../i18n/page-lang';

const BACK_ONLINE_SHOWN_MS = 5000;

/** Says when the network goes away, and again when it comes back. */
export function NetworkStatus() {
  const t = usePageT('common');
  const [state, setState] = useState<'online' | 'offline' | 'back'>(() =>
    typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'online',
  );

  useEffect(() => {
    const offline = () => setState('offline');
    const online = () => setState('back');
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
    };
  }, []);

  useEffect(() => {
    if (state !== 'back') return;
    const timer = setTimeout(() => setState('online'), BACK_ONLINE_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [state]);

  // The region is always there so screen readers announce each change of its text.
  return (
    <div className={`network-status${state === 'online' ? '' : ` is-${state}`}`} role="status" aria-live="polite">
      {state === 'offline' ? t('network.offline') : state === 'back' ? t('network.online') : null}
    </div>
  );
}
