import { AUTONYMS, LANGS, type Lang } from '../i18n/languages';
import { PageLang, usePageT } from '../i18n/page-lang';
import { libraryPath } from '../routing/links';
import { AppLink } from './AppLink';
import { useDocumentMeta } from './use-document-meta';

function NotFoundText({ lang }: { lang: Lang }) {
  const t = usePageT('common');
  useDocumentMeta(lang, t('notFound.documentTitle'));
  return (
    <main id="main" className="page page--message" tabIndex={-1}>
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

/** The 404 page, in the language the URL asked for (or the reader's). */
export function NotFound({ lang }: { lang: Lang }) {
  return (
    <PageLang lang={lang}>
      <NotFoundText lang={lang} />
    </PageLang>
  );
}
