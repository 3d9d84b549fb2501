import { Suspense, use, useState } from 'react';
import type { IndexPage } from '../../articles/library-index';
import { loadIndexPage } from '../../articles/loader';
import { LANGS } from '../../i18n/languages';
import { usePageLang, usePageT } from '../../i18n/page-lang';
import { libraryPath } from '../../routing/links';
import { AppLink } from '../../ui/AppLink';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { LanguageLabel } from '../../ui/LanguageLabel';
import { SearchForm } from '../../ui/SearchForm';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { ArticleCard } from './ArticleCard';
import { ContinueReading } from './ContinueReading';
import { SavedArticles } from './SavedArticles';
import { MAIN_ID } from '../../ui/main-id';

/** A page of the index's cards, and the offer of the next page if this is the last shown. */
function Cards({ index, last, onMore }: { index: IndexPage; last: boolean; onMore: () => void }) {
  const t = usePageT('library');
  return (
    <>
      {index.articles.map((summary) => (
        <ArticleCard key={summary.slug} summary={summary} />
      ))}
      {last && index.page < index.pageCount ? (
        <button type="button" className="button library__more" onClick={onMore}>
          {t('loadMore')}
        </button>
      ) : null}
    </>
  );
}

function OlderPage({ page, last, onMore }: { page: number; last: boolean; onMore: () => void }) {
  return <Cards index={use(loadIndexPage(page))} last={last} onMore={onMore} />;
}

/**
 * The index, newest first, 20 articles a page. Each older page the reader
 * asks for loads in its place: one that fails says so there, with a retry
 * (and tries again when the network returns), and the page after it is
 * offered only once it is here.
 */
function Latest() {
  const t = usePageT('library');
  const tc = usePageT('common');
  const lang = usePageLang();
  const first = use(loadIndexPage(1));
  const [pageCount, setPageCount] = useState(1);
  const older = Array.from({ length: pageCount - 1 }, (_, i) => i + 2);
  return (
    <>
      <h2 id="_latest-heading">
        {t('heading')}
        <span className="library__count">{t('articleCount', { count: first.total })}</span>
      </h2>
      {first.articles.length === 0 ? <p>{t('empty')}</p> : null}
      <div className="card-list">
        <Cards index={first} last={pageCount === 1} onMore={() => setPageCount(2)} />
        {older.map((page) => (
          <ErrorBoundary key={page} scope="part" resetKey={lang} loadMessage={t('loadError')}>
            <Suspense fallback={<p className="loading">{tc('loading')}</p>}>
              <OlderPage page={page} last={page === pageCount} onMore={() => setPageCount(page + 1)} />
            </Suspense>
          </ErrorBoundary>
        ))}
      </div>
    </>
  );
}

export function LibraryPage() {
  const lang = usePageLang();
  const t = usePageT('library');
  const tc = usePageT('common');
  useDocumentMeta(lang, t('documentTitle'));

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
          <SearchForm />
        </div>
      </header>
      <main id={MAIN_ID} className="page library" tabIndex={-1}>
        <ErrorBoundary scope="part" resetKey={lang}>
          <ContinueReading />
        </ErrorBoundary>
        <SavedArticles />
        <section aria-labelledby="_latest-heading">
          <ErrorBoundary scope="part" resetKey={lang} loadMessage={t('loadError')}>
            <Suspense fallback={<p className="loading">{tc('loading')}</p>}>
              <Latest />
            </Suspense>
          </ErrorBoundary>
        </section>
      </main>
    </>
  );
}
