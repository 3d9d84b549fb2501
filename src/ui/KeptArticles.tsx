import { offlineServing } from '../articles/offline-cache';
import { LANGS, urlWordOf, type Lang } from '../i18n/languages';
import { usePageLang, usePageT } from '../i18n/page-lang';
import { articlePath } from '../routing/links';
import { useReaderStore, type KeptArticle } from '../store/reader-store';
import { AppLink } from './AppLink';

/** The language to open a kept article in: the page's if it has it, else its first. */
function langFor(article: KeptArticle, lang: Lang): Lang {
  return article.languages.includes(lang) ? lang : (article.languages[0] ?? lang);
}

/** Links to every article kept on this device, most recently opened first: what can be read offline. */
export function KeptArticles() {
  const t = usePageT('common');
  const lang = usePageLang();
  const kept = useReaderStore((state) => state.kept);
  // Listed only where a service worker serves them: otherwise none of them would open offline.
  const articles = offlineServing() ? Object.entries(kept).sort(([, a], [, b]) => b.openedAt - a.openedAt) : [];
  if (articles.length === 0) return <p>{t('offline.noneKept')}</p>;
  return (
    <section aria-labelledby="_kept-heading">
      <h2 id="_kept-heading">{t('offline.keptHeading')}</h2>
      <ul className="kept-list">
        {articles.map(([slug, article]) => {
          const shown = langFor(article, lang);
          return (
            <li key={slug}>
              <AppLink href={articlePath(shown, slug)} hrefLang={shown} lang={shown}>
                {article.titles[shown] ?? slug}
              </AppLink>{' '}
              <span className="kept-list__langs">
                {LANGS.filter((other) => article.languages.includes(other)).map((other) => (
                  <abbr key={other} lang={other} title={t(`languageName.${other}`)}>
                    {urlWordOf(other).toUpperCase()}
                  </abbr>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
