import { Component, type ErrorInfo, type ReactNode } from 'react';
import { usePageT } from '../i18n/page-lang';

function CrashMessage() {
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

/** Turns a rendering error below it into a translated message instead of a blank page. */
export class ErrorBoundary extends Component<
  { children: ReactNode; resetKey: string },
  { failed: boolean; resetKey: string }
> {
  override state = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<{ failed: boolean }> {
    return { failed: true };
  }

  // Moving to another page clears the error, so Back or a link recovers.
  static getDerivedStateFromProps(props: { resetKey: string }, state: { failed: boolean; resetKey: string }) {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[triptych] a view failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <CrashMessage /> : this.props.children;
  }
}
