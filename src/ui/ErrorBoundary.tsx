import { Component, type ErrorInfo, type ReactNode } from 'react';
import { usePageLang, usePageT } from '../i18n/page-lang';
import { libraryPath } from '../routing/links';
import { AppLink } from './AppLink';

function PageCrash() {
  const t = usePageT('common');
  return (
    <div role="alert" className="page page--message">
      <h1>{t('crash.title')}</h1>
      <p>{t('crash.body')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('crash.reload')}
      </button>
    </div>
  );
}

function PartCrash({ onRetry }: { onRetry: () => void }) {
  const t = usePageT('common');
  const lang = usePageLang();
  return (
    <div role="alert" className="part-crash">
      <p>{t('crash.part')}</p>
      <p className="part-crash__actions">
        <button type="button" onClick={onRetry}>
          {t('crash.tryAgain')}
        </button>
        <AppLink href={libraryPath(lang)}>{t('toLibrary')}</AppLink>
      </p>
    </div>
  );
}

interface ErrorBoundaryProps {
  children: ReactNode;
  /** A new key (e.g. the next page's path) clears the error, so navigating away recovers. */
  resetKey: string;
  /** `page` replaces the whole page; `part` only its own part, leaving the rest usable. */
  scope: 'page' | 'part';
}

interface ErrorBoundaryState {
  failed: boolean;
  resetKey: string;
}

/** Turns a rendering error below it into a translated message instead of a blank page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState) {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[triptych] a view failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return this.props.scope === 'page' ? <PageCrash /> : <PartCrash onRetry={() => this.setState({ failed: false })} />;
  }
}
