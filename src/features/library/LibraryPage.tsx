import { useState } from 'react';
import type { IndexPage } from '../../articles/library-index';
import { loadIndexPage, loadedIndexPage } from '../../articles/loader';
import { LANGS } from '../../i18n/languages';
import { usePageLang, usePageT } from '../../i18n/page-lang';
import { libraryPath } from '../../routing/links';
import { AppLink } from '../../ui/AppLink';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { LanguageLabel } from '../../ui/LanguageLabel';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { useResource } from '../../ui/use-resource';
import { ArticleCard } from './ArticleCard';
import { ContinueReading } from './ContinueReading';

async function loadPages(count: number): Promise<IndexPage[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => loadIndexPage(i + 1)));
}

function loadedPages(count: number): IndexPage[] | undefined {
  const pages = Array.from({ length: count }, (_, i) => loadedIndexPage(i + 1));
  return pages.every((page) => page !== undefined) ? pages.filter((page) => page !== undefined) : undefined;
}

export function LibraryPage() {
  const lang = usePageLang();
  const t = usePageT('library');
  const tc = usePageT('common');
  const [pageCount, setPageCount] = useState(1);
  const pages = useResource(
    `pages-${pageCount}`,
    () => loadPages(pageCount),
    () => loadedPages(pageCount),
  );
  useDocumentMeta(lang, t('documentTitle'));

  const loaded = pages.data ?? [];
  const articles = loaded.flatMap((page) => page.articles);
  const last = loaded.at(-1);

  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <h1 className="site-header__name">
            <AppLink href={libraryPath(lang)}>{tc('appName')}</AppLink>
          </h1>
          <p className="site-header__tagline">{tc('tagline')}</p>
          <nav aria-label={t('languageNav')} className="language-switcher">
            <ul>
              {LANGS.map((other) => (
                <li key={other}>
                  <AppLink
                    href={libraryPath(other)}
                    hrefLang={other}
                    aria-current={other === lang ? 'page' : undefined}
                    className={`language-switcher__item${other === lang ? ' is-current' : ''}`}
                  >
                    <LanguageLabel lang={other} />
                  </AppLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="page library" tabIndex={-1}>
        <ErrorBoundary scope="part" resetKey={lang}>
          <ContinueReading />
        </ErrorBoundary>
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">
            {t('heading')}
            {last ? <span className="library__count">{t('articleCount', { count: last.total })}</span> : null}
          </h2>
          {pages.status === 'error' && articles.length === 0 ? (
            <div role="alert">
              <p>{t('loadError')}</p>
              <button type="button" onClick={pages.retry}>
                {tc('retry')}
              </button>
            </div>
          ) : null}
          {pages.status === 'ready' && articles.length === 0 ? <p>{t('empty')}</p> : null}
          {pages.status === 'loading' && articles.length === 0 ? <p className="loading">{tc('loading')}</p> : null}
          <ErrorBoundary scope="part" resetKey={lang}>
            <div className="card-list">
              {articles.map((summary) => (
                <ArticleCard key={summary.slug} summary={summary} />
              ))}
            </div>
          </ErrorBoundary>
          {last && last.page < last.pageCount ? (
            <button
              type="button"
              className="button"
              onClick={() => setPageCount(pageCount + 1)}
              disabled={pages.status === 'loading'}
            >
              {t('loadMore')}
            </button>
          ) : null}
        </section>
      </main>
    </>
  );
}
