import type { ArticleSummary } from '../../articles/library-index';
import { formatDate } from '../../i18n/format';
import { LANGS, fallbackLang, urlWordOf } from '../../i18n/languages';
import { usePageLang, usePageT } from '../../i18n/page-lang';
import { articlePath } from '../../routing/links';
import { AppLink } from '../../ui/AppLink';

/**
 * An article in the library, in the page's language when it has one; else
 * in the language the reader is most likely to read, marked as such.
 */
export function ArticleCard({ summary }: { summary: ArticleSummary }) {
  const lang = usePageLang();
  const t = usePageT('library');
  const tc = usePageT('common');
  const shown = fallbackLang(lang, summary.languages);
  const version = shown ? summary.versions[shown] : undefined;
  if (!shown || !version) return null;

  return (
    <article className="card">
      <h3 className="card__title" lang={shown}>
        <AppLink href={articlePath(shown, summary.slug)} hrefLang={shown}>
          {version.title}
        </AppLink>
      </h3>
      {shown !== lang ? (
        <p className="card__note">{t('missingHere', { inLanguage: tc(`inLanguage.${shown}`) })}</p>
      ) : null}
      {version.lead ? (
        <p className="card__lead" lang={shown}>
          {version.lead}
        </p>
      ) : null}
      <p className="card__meta">
        <time dateTime={version.published}>{formatDate(version.published, lang)}</time>
        <span>{tc('readingTime', { count: version.minutes })}</span>
      </p>
      <p className="card__languages">
        <span className="visually-hidden">{t('availableIn')}: </span>
        {LANGS.filter((l) => summary.languages.includes(l)).map((l) => (
          <span key={l} className="badge" title={tc(`languageName.${l}`)}>
            <span aria-hidden="true">{urlWordOf(l).toUpperCase()}</span>
            <span className="visually-hidden">{tc(`languageName.${l}`)} </span>
          </span>
        ))}
      </p>
    </article>
  );
}
