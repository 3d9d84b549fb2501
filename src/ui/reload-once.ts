import { safeStorage } from '../store/safe-storage';

/** Remembered for this tab, so a chunk that stays missing after the reload shows the crash page, not a loop. */
const KEY = 'triptych-reloaded-for-chunk';
/** A reload this long after the last one is a new deploy, not the same failure again. */
const AGAIN_AFTER_MS = 60_000;

/** Chromium, Firefox and Safari's words for a module that could not be fetched. */
export function isMissingChunk(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(
      error.message,
    )
  );
}

/**
 * Reloads the page when `error` is a chunk that could not be fetched (a new
 * deploy removed it and no service worker kept it), at most once a minute
 * per tab. Returns whether it did.
 */
export function reloadOnceFor(
  error: unknown,
  storage: Pick<Storage, 'getItem' | 'setItem'> = safeStorage(() => globalThis.sessionStorage),
  reload: () => void = () => window.location.reload(),
  now = Date.now(),
): boolean {
  if (!isMissingChunk(error)) return false;
  const last = Number(storage.getItem(KEY));
  if (Number.isFinite(last) && now - last < AGAIN_AFTER_MS) return false;
  storage.setItem(KEY, String(now));
  reload();
  return true;
}
