import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { forgetFailedLoads, loadArticle } from '../articles/loader';
import { setOfflineWorker } from '../articles/offline-cache';
import { stringsOfPage } from '../i18n/load-strings';
import { createI18n, loadStrings } from '../i18n/setup';
import { langOfRoute } from '../routing/links';
import { currentUrl, routeOf } from '../routing/navigation';
import { connectReaderStore, useReaderStore } from '../store/reader-store';
import { applySettings } from '../store/reading-settings';
import { App, initialLang } from './App';
import { PAGE_DATA_ID, loadPageData, readPageData } from './page-data';
import { preloadPage } from './pages';
import { whenIdle } from '../ui/when-idle';
import './styles.css';
import './reading-settings.css';
// Last, so what paper needs wins over every screen rule.
import './print.css';

// The reader restores places by segment, not by pixels; the browser's own
// restoration would fight it.
window.history.scrollRestoration = 'manual';

function embeddedPageData() {
  try {
    const text = document.getElementById(PAGE_DATA_ID)?.textContent;
    return text ? readPageData(JSON.parse(text)) : null;
  } catch {
    return null;
  }
}

const TRANSLATIONS_WAIT_MS = 3000;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function connectSettings() {
  connectReaderStore();
  // The head script set these before the first paint; from here the store keeps them, another tab's changes included.
  applySettings(document.documentElement, useReaderStore.getState().settings);
  useReaderStore.subscribe((state, previous) => {
    if (state.settings !== previous.settings) applySettings(document.documentElement, state.settings);
  });
}

async function start(root: HTMLElement) {
  const data = embeddedPageData();
  const here = currentUrl();
  const route = routeOf(here);
  const lang =
    data?.lang ?? langOfRoute(route) ?? initialLang(useReaderStore.getState().preferredLang, navigator.languages);
  // The parallel view is not pre-rendered (the query string names its
  // columns): its translations are fetched now, alongside the code, and it
  // is rendered fresh over the article page it was served…
  const parallel = route.name === 'article' && route.compare.length > 0;
  // …but not waited for long: on a slow network the view shows its own loading state meanwhile.
  const translations = parallel
    ? Promise.race([loadArticle(route.slug, route.columns), wait(TRANSLATIONS_WAIT_MS)])
    : null;
  const pre = data !== null && !parallel;
  // The data the page was rendered from, fetched alongside the code: the page names it, it does not carry it.
  const pageData = pre ? loadPageData(data) : null;
  const i18n = createI18n(lang);
  // The page's code and strings first, so the first render has them; a failed
  // load is shown (translated, if the strings came) by the page's error boundary.
  await Promise.all([
    pre ? preloadPage(routeOf(data.path)) : null,
    preloadPage(route),
    loadStrings(i18n, lang, [...stringsOfPage(route.name), ...(pre ? stringsOfPage(routeOf(data.path).name) : [])]),
    translations,
  ]).catch(() => undefined);
  const found = await pageData;
  if (found === 'failed') {
    // The text the server sent stays as it is, readable without the app, rather than an error in its place.
    // The app takes over once the network is back.
    window.addEventListener(
      'online',
      () => {
        forgetFailedLoads();
        void start(root);
      },
      { once: true },
    );
    return;
  }
  // An article edited since its page was made is rendered afresh, in its current version.
  const hydrating = pre && found === 'same';
  const app = (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        {/* A pre-rendered page's first render matches its HTML; the real URL (a #segment) follows. */}
        <App initialUrl={hydrating ? data.path : here} />
      </I18nextProvider>
    </StrictMode>
  );
  // The pre-rendered paint laid out only the first passages (styles.css); the app lays out all of
  // them, so a place restored or a passage linked is found where it really is.
  delete root.dataset.firstPaint;
  // A view that fails is shown by its error boundary, which also logs it; React need not log it again.
  const options = { onCaughtError: () => undefined };
  if (hydrating) hydrateRoot(root, app, options);
  else createRoot(root, options).render(app);
}

/**
 * The service worker that keeps articles offline, in the production build only: in development it
 * would serve stale code under hot reload. Registered when the browser is idle, after the page.
 */
function startOffline() {
  if (!import.meta.env.PROD) return;
  whenIdle(() => {
    import('./service-worker-client').then(
      ({ startServiceWorker }) => startServiceWorker(),
      () => setOfflineWorker(Promise.resolve(false)),
    );
  });
}

const root = document.getElementById('root');
if (root) {
  connectSettings();
  void start(root);
  startOffline();
}
