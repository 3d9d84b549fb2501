/** Runs `task` when the browser has nothing better to do (or after a while); returns a cancel. */
export function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: 5000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 2000);
  return () => window.clearTimeout(handle);
}

/** The Network Information API, where the browser has it (Chromium). */
interface Connection {
  saveData?: boolean;
  effectiveType?: string;
}

function connection(): Connection | undefined {
  return (navigator as Navigator & { connection?: Connection }).connection;
}

/** The reader asked their browser to save data (Save-Data): fetch nothing they did not ask for. */
export function savingData(): boolean {
  return connection()?.saveData === true;
}

// Links on which what is fetched ahead would hold up what the reader asks for next.
const SLOW_LINKS: ReadonlySet<string> = new Set(['slow-2g', '2g']);

/** Whether to fetch what the reader may want next: not when they save data, nor over a 2G-like link. */
export function mayFetchAhead(): boolean {
  return !savingData() && !SLOW_LINKS.has(connection()?.effectiveType ?? '');
}

/**
 * Runs `task`, which fetches what the reader may want next, once the page has
 * loaded and the browser is idle, so it never competes with the page's own
 * requests; and not at all when the connection does not allow it
 * (mayFetchAhead). Returns a cancel.
 */
export function fetchAheadWhenIdle(task: () => void): () => void {
  return mayFetchAhead() ? whenLoadedAndIdle(task) : () => undefined;
}

/** Runs `task` once the page has loaded and the browser is idle, whatever the connection; returns a cancel. */
export function whenLoadedAndIdle(task: () => void): () => void {
  let cancelIdle: (() => void) | undefined;
  const loaded = () => {
    cancelIdle = whenIdle(task);
  };
  if (document.readyState === 'complete') loaded();
  else window.addEventListener('load', loaded, { once: true });
  return () => {
    window.removeEventListener('load', loaded);
    cancelIdle?.();
  };
}
