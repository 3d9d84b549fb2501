import { usePageLang, usePageT } from '../i18n/page-lang';
import { libraryPath } from '../routing/links';
import { AppLink } from '../ui/AppLink';

/** The reading views' way back to the library; the place is saved first. On phones its word is a caption under the arrow. */
export function BackToLibrary({ beforeNavigate }: { beforeNavigate: () => void }) {
  const lang = usePageLang();
  const t = usePageT('reader');
  return (
    <AppLink href={libraryPath(lang)} className="bar-button reader__home" beforeNavigate={beforeNavigate}>
      <span className="bar-button__icon" aria-hidden="true">
        ←
      </span>
      <span className="bar-button__caption">{t('backToLibrary')}</span>
    </AppLink>
  );
}
