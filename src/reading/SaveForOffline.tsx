import { usePageT } from '../i18n/page-lang';
import { useReaderStore } from '../store/reader-store';
import { useToast } from '../ui/toast';
import { useHydrated } from '../ui/use-hydrated';
import { dropUnkept } from './use-keep-offline';

/**
 * "Save for offline": keeps the article until the reader removes it, where an
 * article only opened may give way to newer ones. Saving also asks the
 * browser to keep the site's storage through storage pressure. The button is
 * in the pre-rendered bar, unpressed, so nothing moves when the app arrives.
 */
export function SaveForOffline({ slug }: { slug: string }) {
  const t = usePageT('common');
  const hydrated = useHydrated();
  const saved = useReaderStore((state) => state.kept[slug]?.savedAt != null) && hydrated;
  const setSaved = useReaderStore((state) => state.setSaved);
  const toast = useToast();
  return (
    <button
      type="button"
      className="icon-button save-offline"
      aria-label={t('offline.save')}
      title={t('offline.save')}
      aria-pressed={saved}
      onClick={() => {
        setSaved(slug, !saved);
        if (saved) {
          toast(t('offline.unsavedToast'));
          void dropUnkept();
          return;
        }
        void navigator.storage?.persist?.().catch(() => false);
        toast(t('offline.savedToast'));
      }}
    >
      <span aria-hidden="true">{saved ? '✓' : '↓'}</span>
    </button>
  );
}
