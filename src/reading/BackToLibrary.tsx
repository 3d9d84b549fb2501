import { usePageLang, usePageT } from '../i18n/page-lang';
import { libraryPath } from '../routing/links';
import { AppLink } from '../ui/AppLink';

/** The reading views' way back to the library; the place is saved first. On phones only the arrow shows. */
export function BackToLibrary({ beforeNavigate }: { beforeNavigate: () => void }) {
  const lang = usePageLang();
  const t = usePageT('reader');
  return (
    <AppLink href={libraryPath(lang)} className="reader__home" beforeNavigate={beforeNavigate}>
      <span aria-hidden="true">←</span> <span className="wide-only">{t('backToLibrary')}</span>
    </AppLink>
  );
}
