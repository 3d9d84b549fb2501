import { useCallback, useEffect, useMemo, useState } from 'react';
import { afterPaint } from './when-idle';

export type Resource<T> =
  | { status: 'loading'; data: T | undefined; retry: () => void }
  | { status: 'ready'; data: T; retry: () => void }
  | { status: 'error'; data: T | undefined; error: unknown; retry: () => void };

interface Settled<T> {
  key: string;
  attempt: number;
  status: 'ready' | 'error';
  data?: T;
  error?: unknown;
}

/**
 * Loads what `key` names. While a new key loads, the last data stays
 * available (as `data` with status `loading`), so a view can keep showing
 * the previous language until the next one is ready instead of flashing
 * an empty page. `loaded` returns the data if it is already at hand (a
 * pre-rendered page's, or cached), so the first render shows it and a
 * hydrating render matches the HTML.
 */
export function useResource<T>(key: string, load: () => Promise<T>, loaded?: () => T | undefined): Resource<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Settled<T> | null>(() => {
    const data = loaded?.();
    return data === undefined ? null : { key, attempt: 0, status: 'ready', data };
  });

  // Already at hand (prefetched, cached): shown in this very render, not one effect later. Read
  // once per key, so every render until the effect settles sees the same object.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const atHand = useMemo(() => (attempt === 0 ? loaded?.() : undefined), [key, attempt]);

  useEffect(() => {
    if (atHand !== undefined) {
      // Already shown: recorded as the last data once painted, not in another render before the paint.
      return afterPaint(() => setState({ key, attempt, status: 'ready', data: atHand }));
    }
    let current = true;
    load().then(
      (data) => current && setState({ key, attempt, status: 'ready', data }),
      (error: unknown) =>
        current && setState((previous) => ({ key, attempt, status: 'error', data: previous?.data, error })),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const failed = state !== null && state.key === key && state.status === 'error';

  // What failed while the network was away is fetched again when it comes back.
  useEffect(() => {
    if (!failed) return;
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [failed, retry]);
  const settled = state !== null && state.key === key && state.attempt === attempt;
  if (settled && state.status === 'ready') return { status: 'ready', data: state.data as T, retry };
  if (!settled && atHand !== undefined) return { status: 'ready', data: atHand, retry };
  if (settled && state.status === 'error') return { status: 'error', data: state.data, error: state.error, retry };
  return { status: 'loading', data: state?.data, retry };
}
