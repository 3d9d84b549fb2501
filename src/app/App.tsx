import { Suspense, useContext, useEffect } from 'react';
import { I18nContext } from 'react-i18next';
import { prepareValidation } from '../articles/loader';
import { DEFAULT_LANG, LANGS, detectLang, type Lang } from '../i18n/languages';
import { PageLang, usePageT } from '../i18n/page-lang';
import { langOfRoute, libraryPath, parseLocation } from '../routing/links';
import { NavigationPending, navigate, useLocation } from '../routing/navigation';
import { useReaderStore } from '../store/reader-store';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { MAIN_ID } from '../ui/main-id';
import { NetworkStatus } from '../ui/NetworkStatus';
import { NotFound } from '../ui/NotFound';
import { ToastProvider } from '../ui/toast';
import { UpdatePrompt } from '../ui/UpdatePrompt';
import { fetchAheadWhenIdle, whenLoadedAndIdle } from '../ui/when-idle';
import { ArticlePage, LibraryPage, ParallelPage, SearchPage, preloadAllPages } from './pages';
import { useSearchShortcut } from './use-search-shortcut';

/** The language to greet a reader in: their last choice, else their browser's, else Ukrainian. */
export function initialLang(stored: Lang | null, browserLanguages: readonly string[]): Lang {
  return stored ?? detectLang(browserLanguages) ?? DEFAULT_LANG;
}

/**
 * Moves focus past the header. Handled here rather than by the fragment,
 * so the URL keeps naming the segment a reader linked to.
 */
function SkipLink() {
  const t = usePageT('common');
  return (
    <a
      className="skip-link"
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        const main = document.getElementById(MAIN_ID);
        if (!main) return;
        event.preventDefault();
        main.focus({ preventScroll: true });
        main.scrollIntoView({ block: 'start' });
      }}
    >
      {t('skipToContent')}
    </a>
  );
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

/** The whole app at a URL: `initialUrl` is what the first render shows (a pre-rendered page's own URL). */
export function App({ initialUrl }: { initialUrl: string }) {
  const { location, pending } = useLocation(initialUrl);
  const route = parseLocation(location.pathname, location.search, location.hash);
  // Read only where the route names no language: choosing one (below) must not re-render a page
  // that is still hydrating, which would make React drop its server HTML and draw it again.
  const routeLang = langOfRoute(route);
  const preferredLang = useReaderStore((state) => (routeLang ? null : state.preferredLang));
  const setPreferredLang = useReaderStore((state) => state.setPreferredLang);
  const detected = initialLang(preferredLang, typeof navigator === 'undefined' ? [] : navigator.languages);
  const lang = routeLang ?? detected;
  // The instance only, for preloading. Read from the context without subscribing to its events: the
  // strings that arrive while a pre-rendered page hydrates must not re-render the app above it, which
  // would make React drop the page's server HTML and draw it again.
  const { i18n } = useContext(I18nContext);

  // Opening a page in a language is choosing it: `/` sends the reader back to it next time.
  // Only the page the browser is at: a kept page served offline for another address (`/`) is no choice.
  const atPage = typeof window === 'undefined' || window.location.pathname === location.pathname;
  const chosen = atPage && (route.name === 'library' || route.name === 'article') ? route.lang : null;
  useEffect(() => {
    if (chosen && chosen !== useReaderStore.getState().preferredLang) setPreferredLang(chosen);
  }, [chosen, setPreferredLang]);

  // The other pages' code, fetched while the reader reads, so following a link rarely waits; and, whatever the
  // connection, the checks' code and every language's strings (a few KB), so a page can say in its language
  // that its text did not come, even offline.
  useEffect(() => {
    const cancelPages = fetchAheadWhenIdle(() => void preloadAllPages().catch(() => undefined));
    const cancelStrings = whenLoadedAndIdle(() => {
      void prepareValidation().catch(() => undefined);
      void i18n.loadLanguages([...LANGS]).catch(() => undefined);
    });
    return () => {
      cancelPages();
      cancelStrings();
    };
  }, [i18n]);

  useSearchShortcut(lang);

  let page;
  switch (route.name) {
    case 'root':
      page = <Redirect to={libraryPath(detected)} />;
      break;
    case 'redirect':
      page = <Redirect to={route.to} />;
      break;
    case 'library':
      page = <LibraryPage />;
      break;
    case 'article':
      page =
        route.compare.length > 0 ? (
          <ParallelPage key={route.slug} slug={route.slug} columns={route.columns} segmentId={route.segmentId} />
        ) : (
          <ArticlePage key={route.slug} lang={route.lang} slug={route.slug} segmentId={route.segmentId} />
        );
      break;
    case 'search':
      page = <SearchPage query={route.query} allLanguages={route.allLanguages} />;
      break;
    case 'not-found':
      page = <NotFound />;
      break;
  }

  return (
    <PageLang value={lang}>
      <ToastProvider>
        <SkipLink />
        <ErrorBoundary scope="page" resetKey={location.pathname + location.search}>
          <NavigationPending value={pending}>
            <Suspense fallback={<div className="page" aria-busy="true" />}>{page}</Suspense>
          </NavigationPending>
        </ErrorBoundary>
        <NetworkStatus />
        <UpdatePrompt />
      </ToastProvider>
    </PageLang>
  );
}
