import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadArticle } from '../articles/loader';
import { hasStrings, loadStrings } from '../i18n/load-strings';
import { createI18n } from '../i18n/setup';
import { I18nProvider } from '../i18n/page-lang';
import { parseLocation } from '../routing/links';
import { parseUrl, setNavigationGuard, setRenderedLocation } from '../routing/navigation';
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

function routeOf(url: string) {
  const { pathname, search, hash } = parseUrl(url);
  return parseLocation(pathname, search, hash);
}

function langOf(url: string) {
  const route = routeOf(url);
  return 'lang' in route && route.lang ? route.lang : null;
}

// A page in another language is shown once its interface strings are here, never half in the old language.
setNavigationGuard((to) => {
  const lang = langOf(to);
  return lang && !hasStrings(lang) ? loadStrings(lang) : null;
});

async function start(root: HTMLElement) {
  const data = embeddedPageData();
  const here = window.location.pathname + window.location.search + window.location.hash;
  // The parallel view is not pre-rendered (the query string names its
  // columns): fetch its translations now, alongside the code, rather than
  // after the first render asks for them.
  const route = routeOf(here);
  if (route.name === 'article' && route.compare.length > 0) {
    void loadArticle(route.slug, [route.lang, ...route.compare]).catch(() => undefined);
  }
  const lang = data?.lang ?? langOf(here) ?? initialLang(useReaderStore.getState().preferredLang, navigator.languages);
  // The page's code and strings first, so hydrating never suspends; a failed
  // load is shown (translated, if the strings came) by the page's error boundary.
  await Promise.all([preloadPage(routeOf(data?.path ?? here)), preloadPage(route), loadStrings(lang)]).catch(
    () => undefined,
  );
  const app = (
    <StrictMode>
      <I18nProvider i18n={createI18n(data?.lang)}>
        <App />
      </I18nProvider>
    </StrictMode>
  );
  if (data) {
    // A pre-rendered page: the first render matches its HTML, then follows the real URL.
    setRenderedLocation(data.path);
    hydrateRoot(root, app);
  } else {
    createRoot(root).render(app);
  }
}

const root = document.getElementById('root');
if (root) void start(root);
