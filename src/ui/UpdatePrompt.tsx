import { usePageT } from '../i18n/page-lang';
import { useWaitingUpdate } from './update-signal';

/** A quiet offer of the new build: nothing reloads under the reader until they ask. */
export function UpdatePrompt() {
  const t = usePageT('common');
  const apply = useWaitingUpdate();
  return (
    <div className="update-prompt" role="status" aria-live="polite" hidden={!apply}>
      {apply ? (
        <>
          {t('offline.updateAvailable')}{' '}
          <button type="button" className="button" onClick={apply}>
            {t('offline.reload')}
          </button>
        </>
      ) : null}
    </div>
  );
}
