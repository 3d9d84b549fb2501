import { AUTONYMS, LANGS } from '../i18n/languages';
import { usePageLang, usePageT } from '../i18n/page-lang';
import { libraryPath } from '../routing/links';
import { AppLink } from './AppLink';
import { useDocumentMeta } from './use-document-meta';
import { MAIN_ID } from './main-id';

/** The 404 page, in the page's language (the URL's, or the reader's). */
export function NotFound() {
  const lang = usePageLang();
  const t = usePageT('common');
  useDocumentMeta(lang, t('notFound.documentTitle'));
  return (
    <main id={MAIN_ID} className="page page--message" tabIndex={-1}>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <AppLink href={libraryPath(lang)} className="button">
          {t('toLibrary')}
        </AppLink>
      </p>
      <ul className="other-languages">
        {LANGS.filter((other) => other !== lang).map((other) => (
          <li key={other}>
            <AppLink href={libraryPath(other)} lang={other} hrefLang={other}>
              {AUTONYMS[other]}
            </AppLink>
          </li>
        ))}
      </ul>
    </main>
  );
}
