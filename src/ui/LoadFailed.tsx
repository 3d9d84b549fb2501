import { usePageT } from '../i18n/page-lang';

/** A request that failed in a way a retry may fix: said in the page's language, with the retry. */
export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const t = usePageT('common');
  return (
    <main id="main" className="page page--message">
      <h1>{t('loadFailed.title')}</h1>
      <p>{t('loadFailed.body')}</p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </main>
  );
}
