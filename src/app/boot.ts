/**
 * The one script a pre-rendered page loads before its first paint. Its tag
 * (written by scripts/prerender.ts) names the app's modules, the page's own
 * chunk and strings among them; this fetches and runs them once the browser
 * has painted the text the server sent. Named in the HTML, they were
 * handled first (requested, received, compiled) and the reader waited for
 * them before seeing a word.
 */
const modules = document.querySelector<HTMLScriptElement>('script[data-app]')?.dataset.app?.split(' ') ?? [];
// A tab opened in the background draws no frames: start anyway.
const PAINT_WAIT_MS = 200;

let started = false;
function start() {
  if (started) return;
  started = true;
  for (const src of modules) void import(/* @vite-ignore */ src);
}

requestAnimationFrame(() => setTimeout(start, 0));
setTimeout(start, PAINT_WAIT_MS);

export {};
