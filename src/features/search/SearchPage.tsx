import { Suspense, useEffect, useRef, useState } from 'react';
import { usePageLang, usePageT } from '../../i18n/page-lang';
import { libraryPath, searchPath } from '../../routing/links';
import { navigate } from '../../routing/navigation';
import { AppLink } from '../../ui/AppLink';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { MAIN_ID } from '../../ui/main-id';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { preloadSearch } from './search-engine';
import { SearchResultsList } from './SearchResultsList';

/** How long typing must pause before the query runs: short enough to feel live, long enough to skip most keystrokes. */
export const TYPING_PAUSE_MS = 150;
/** Queries sent while earlier ones may still be on their way: a reader types a few per second at most. */
const MAX_SENT = 20;

interface SearchPageProps {
  query: string;
  allLanguages: boolean;
}

/**
 * The results page, `/<lang>/search?q=…`. The URL holds the query, so a
 * search can be shared and Back returns to it; typing replaces the URL
 * (one history entry per search, not per keystroke). Without the app, the
 * form submits the same URL.
 */
export function SearchPage({ query, allLanguages }: SearchPageProps) {
  const lang = usePageLang();
  const t = usePageT('search');
  const tc = usePageT('common');
  useDocumentMeta(lang, query ? `${query} · ${t('documentTitle')}` : t('documentTitle'));
  const [text, setText] = useState(query);
  // The queries this page put in the URL, and the last it saw there. A query arriving from
  // elsewhere (Back, a suggested spelling) goes into the field; one of ours does not, since
  // the reader may have typed on while it ran.
  const [sent, setSent] = useState<readonly string[]>([query]);
  const [known, setKnown] = useState(query);
  if (query !== known) {
    setKnown(query);
    if (!sent.includes(query)) {
      setText(query);
      setSent([query]);
    }
  }
  // The scope shows the reader's choice at once, while the search it starts runs.
  const [scope, setScope] = useState({ all: allLanguages, known: allLanguages });
  if (scope.known !== allLanguages) setScope({ all: allLanguages, known: allLanguages });
  const field = useRef<HTMLInputElement>(null);
  const run = (value: string, all = allLanguages) => {
    const next = value.trim();
    setSent((earlier) => [...earlier.slice(-(MAX_SENT - 1)), next]);
    navigate(searchPath(lang, next, all), { replace: true });
  };

  useEffect(() => {
    if (text.trim() === query) return;
    const timer = setTimeout(() => run(text), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  });

  // A page for typing: the field has the focus when there is nothing in it yet.
  useEffect(() => {
    if (!field.current?.value) field.current?.focus();
  }, []);

  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="site-header__name">
            <AppLink href={libraryPath(lang)}>{tc('appName')}</AppLink>
          </p>
        </div>
      </header>
      <main id={MAIN_ID} className="page search" tabIndex={-1}>
        <h1>{t('heading')}</h1>
        <form
          role="search"
          className="search__form"
          action={searchPath(lang)}
          method="get"
          onSubmit={(event) => {
            event.preventDefault();
            run(text);
          }}
        >
          <label htmlFor="_search-field">{t('field')}</label>
          <div className="search__row">
            <input
              ref={field}
              id="_search-field"
              type="search"
              name="q"
              value={text}
              maxLength={200}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setText(event.currentTarget.value)}
              onFocus={() => preloadSearch(lang, allLanguages)}
            />
            <button type="submit" className="button">
              {t('submit')}
            </button>
          </div>
          <fieldset className="search__scope">
            <legend>{t('scope')}</legend>
            <label>
              <input
                type="radio"
                name="in"
                value="page"
                checked={!scope.all}
                onChange={() => {
                  setScope({ ...scope, all: false });
                  run(text, false);
                }}
              />{' '}
              {t('scopePage', { inLanguage: tc(`inLanguage.${lang}`) })}
            </label>
            <label>
              <input
                type="radio"
                name="in"
                value="all"
                checked={scope.all}
                onChange={() => {
                  setScope({ ...scope, all: true });
                  run(text, true);
                }}
              />{' '}
              {t('scopeAll')}
            </label>
          </fieldset>
        </form>
        {query ? (
          <ErrorBoundary scope="part" resetKey={`${lang} ${query} ${allLanguages}`} loadMessage={t('loadError')}>
            <Suspense fallback={<p className="loading">{tc('loading')}</p>}>
              <SearchResultsList query={query} allLanguages={allLanguages} />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <p className="search__prompt">{t('prompt')}</p>
        )}
      </main>
    </>
  );
}
