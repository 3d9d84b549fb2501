import { useState } from 'react';
import { REFRESH_AFTER_MS } from '../articles/offline-cache';
import { formatDate } from '../i18n/format';
import type { Lang } from '../i18n/languages';
import { usePageT } from '../i18n/page-lang';
import { useReaderStore } from '../store/reader-store';
import { useOnline } from '../ui/NetworkStatus';

/** Offline, a kept copy more than a day old says when it was saved: the article may have changed since. */
export function KeptCopyNote({ slug, lang }: { slug: string; lang: Lang }) {
  const t = usePageT('common');
  const online = useOnline();
  const keptAt = useReaderStore((state) => state.kept[slug]?.keptAt ?? 0);
  // The article was opened now; a copy's age need not tick while it is read.
  const [openedAt] = useState(() => Date.now());
  if (online || keptAt === 0 || openedAt - keptAt <= REFRESH_AFTER_MS) return null;
  return (
    <p className="kept-note" role="note">
      {t('offline.savedOn', { date: formatDate(new Date(keptAt).toISOString(), lang) })}
    </p>
  );
}
