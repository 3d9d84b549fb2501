import { useSyncExternalStore } from 'react';

/** How to move to the build that is waiting; null while none is. */
let apply: (() => void) | null = null;
const listeners = new Set<() => void>();

/** The service worker client says a new build is waiting, and how to move to it. */
export function announceUpdate(next: () => void): void {
  apply = next;
  for (const listener of listeners) listener();
}

/** Forgets a waiting build (tests). */
export function resetUpdate(): void {
  apply = null;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useWaitingUpdate(): (() => void) | null {
  return useSyncExternalStore(
    subscribe,
    () => apply,
    () => null,
  );
}
