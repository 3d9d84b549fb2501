import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadArticle } from '../articles/loader';
import { hasStrings, loadStrings } from '../i18n/load-strings';
import { createI18n } from '../i18n/setup';
import { I18nProvider } from '../i18n/page-lang';
import { langOfRoute } from '../routing/links';
import { langOf, routeOf, setNavigationGuard, setRenderedLocation } from '../routing/navigation';
import { useReaderStore } from '../store/reader-store';
import { App, initialLang } from './App';
import { PAGE_DATA_ID, primePageData, readPageData } from './page-data';
import { preloadPage } from './pages';
import './styles.css';

// The reader restores places by segment, not by pixels; the browser's own
// restoration would fight it.
window.history.scrollRestoration = 'manual';

function embeddedPageData() {
  try {
    const text = document.getElementById(PAGE_DATA_ID)?.textContent;
    const data = text ? readPageData(JSON.parse(text)) : null;
    if (data) primePageData(data);
    return data;
  } catch {
    return null;
  }
}

// A page in another language is shown once its interface strings are here, never half in the old language.
setNavigationGuard((to) => {
  const lang = langOf(to);
  return lang && !hasStrings(lang) ? loadStrings(lang) : null;
});

const TRANSLATIONS_WAIT_MS = 3000;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function start(root: HTMLElement) {
  const data = embeddedPageData();
  const here = window.location.pathname + window.location.search + window.location.hash;
  const route = routeOf(here);
  const lang =
    data?.lang ?? langOfRoute(route) ?? initialLang(useReaderStore.getState().preferredLang, navigator.languages);
  // The parallel view is not pre-rendered (the query string names its
  // columns): its translations are fetched now, alongside the code, and it
  // is rendered fresh over the article page it was served, which costs far
  // less than hydrating that article only to replace it.
  const parallel = route.name === 'article' && route.compare.length > 0;
  // …but not for long: on a slow network the view shows its own loading state meanwhile.
  const translations = parallel
    ? Promise.race([loadArticle(route.slug, [route.lang, ...route.compare]), wait(TRANSLATIONS_WAIT_MS)])
    : null;
  const hydrating = data !== null && !parallel;
  // The page's code and strings first, so the first render never suspends; a
  // failed load is shown (translated, if the strings came) by the page's error boundary.
  await Promise.all([
    hydrating ? preloadPage(routeOf(data.path)) : null,
    preloadPage(route),
    loadStrings(lang),
    translations,
  ]).catch(() => undefined);
  const app = (
    <StrictMode>
      <I18nProvider i18n={createI18n(lang)}>
        <App />
      </I18nProvider>
    </StrictMode>
  );
  if (hydrating) {
    // The pre-rendered text has been painted: boot.ts loads this module only after that paint.
    // The paint laid out only the first passages (styles.css); the app lays out all of them, so
    // a place restored or a passage linked is found where it really is.
    delete root.dataset.firstPaint;
    // A pre-rendered page: the first render matches its HTML, then follows the real URL (a #segment).
    setRenderedLocation(data.path);
    hydrateRoot(root, app);
  } else {
    delete root.dataset.firstPaint;
    createRoot(root).render(app);
  }
}

const root = document.getElementById('root');
if (root) void start(root);
