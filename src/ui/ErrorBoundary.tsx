import { Component, useEffect, type ErrorInfo, type ReactNode } from 'react';
import { forgetFailedLoads, LoadError } from '../articles/loader';
import { usePageLang, usePageT } from '../i18n/page-lang';
import { libraryPath } from '../routing/links';
import { AppLink } from './AppLink';
import { KeptArticles } from './KeptArticles';
import { MAIN_ID } from './main-id';
import { reloadOnceFor } from './reload-once';

interface FailedProps {
  error: unknown;
  /** What a part says when its load failed, if not the general message. */
  loadMessage?: string | undefined;
  scope: 'page' | 'part';
  onRetry: () => void;
}

/**
 * What a reader sees instead of a view that failed, in the page's language,
 * always with a way on. A request that failed (the network, the server) is
 * tried again on Try again, and by itself when the network comes back. Any
 * other failure (code that did not load or did not run) offers a reload
 * for a page, which also brings the code of a new deploy.
 */
function Failed({ error, loadMessage, scope, onRetry }: FailedProps) {
  const t = usePageT('common');
  const lang = usePageLang();
  const loading = error instanceof LoadError;
  // A chunk a new deploy removed: the page reloads once by itself, onto the new build.
  useEffect(() => {
    if (scope === 'page' && !loading) reloadOnceFor(error);
  }, [scope, loading, error]);
  useEffect(() => {
    if (!loading) return;
    window.addEventListener('online', onRetry);
    return () => window.removeEventListener('online', onRetry);
  }, [loading, onRetry]);
  const retry = (
    <button type="button" onClick={onRetry}>
      {t('retry')}
    </button>
  );
  const home = <AppLink href={libraryPath(lang)}>{t('toLibrary')}</AppLink>;
  if (scope === 'part') {
    return (
      <div role="alert" className="part-crash">
        <p>{loading ? (loadMessage ?? t('loadFailed.part')) : t('crash.part')}</p>
        <p className="part-crash__actions">
          {retry}
          {home}
        </p>
      </div>
    );
  }
  // Offline, a page that failed to load is one this device does not keep: say so, and list what it keeps.
  const notKept = loading && typeof navigator !== 'undefined' && !navigator.onLine;
  const bar = (
    <header className="reader__bar">
      <div className="reader__bar-inner">
        <AppLink href={libraryPath(lang)} className="reader__home">
          <span aria-hidden="true">←</span> {t('appName')}
        </AppLink>
      </div>
    </header>
  );
  if (notKept) {
    return (
      <>
        {bar}
        {/* The message is the alert; the main landmark stays one (an alert role would replace it). */}
        <main id={MAIN_ID} className="page page--message" tabIndex={-1}>
          <div role="alert">
            <h1>{t('offline.notKeptTitle')}</h1>
            <p>{t('offline.notKeptBody')}</p>
          </div>
          <KeptArticles />
          <p>{home}</p>
        </main>
      </>
    );
  }
  return (
    <>
      {bar}
      <main id={MAIN_ID} className="page page--message" tabIndex={-1}>
        <div role="alert">
          <h1>{t(loading ? 'loadFailed.title' : 'crash.title')}</h1>
          <p>{t(loading ? 'loadFailed.body' : 'crash.body')}</p>
        </div>
        <p className="part-crash__actions">
          {loading ? (
            retry
          ) : (
            <button type="button" onClick={() => window.location.reload()}>
              {t('crash.reload')}
            </button>
          )}
          {home}
        </p>
      </main>
    </>
  );
}

interface ErrorBoundaryProps {
  children: ReactNode;
  /** A new key (e.g. the next page's path) clears the error, so navigating away recovers. */
  resetKey: string;
  /** `page` replaces the whole page; `part` only its own part, leaving the rest usable. */
  scope: 'page' | 'part';
  /** What a part says when its load failed, if not the general message. */
  loadMessage?: string;
}

interface ErrorBoundaryState {
  error: unknown;
  failed: boolean;
  resetKey: string;
}

/** Turns an error below it (rendering, or a load that failed) into a translated message instead of a blank page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState) {
    return props.resetKey === state.resetKey ? null : { error: null, failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (error instanceof LoadError) console.warn('[triptych] a load failed', error.message);
    else console.error('[triptych] a view failed to render', error, info.componentStack);
  }

  private readonly retry = () => {
    forgetFailedLoads();
    this.setState({ error: null, failed: false });
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Failed
        error={this.state.error}
        loadMessage={this.props.loadMessage}
        scope={this.props.scope}
        onRetry={this.retry}
      />
    );
  }
}
