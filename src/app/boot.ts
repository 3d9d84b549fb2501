/**
 * The one script a pre-rendered page loads before its first paint. Its tag
 * (written by scripts/prerender.ts) names the app's modules, the page's own
 * chunk and strings among them; this fetches and runs them once the browser
 * has shown the text the server sent and the page has loaded.
 *
 * "Shown" is the first contentful paint as the browser reports it, not the
 * next animation frame: on a slow device the frame is drawn long before it
 * reaches the screen, and modules fetched in between compete with the text
 * for the network and the main thread (Lighthouse counts every request that
 * ends before the largest paint against it).
 */
const modules = document.querySelector<HTMLScriptElement>('script[data-app]')?.dataset.app?.split(' ') ?? [];
// A browser that never reports a paint (none drawn, or no paint timing) starts the app anyway.
const PAINT_WAIT_MS = 3000;

let started = false;
function start() {
  if (started) return;
  started = true;
  for (const src of modules) void import(/* @vite-ignore */ src);
}

function afterLoad(then: () => void) {
  if (document.readyState === 'complete') then();
  else window.addEventListener('load', then, { once: true });
}

function afterFirstContentfulPaint(then: () => void) {
  // A tab opened in the background draws nothing until it is shown: start once it has loaded.
  if (document.visibilityState === 'hidden' || !PerformanceObserver.supportedEntryTypes.includes('paint')) {
    then();
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    then();
  });
  observer.observe({ type: 'paint', buffered: true });
}

afterFirstContentfulPaint(() => afterLoad(() => setTimeout(start, 0)));
setTimeout(start, PAINT_WAIT_MS);

export {};
