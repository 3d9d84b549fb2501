import { Fragment, startTransition, use, useState, useSyncExternalStore } from 'react';
import { formatDate } from '../../i18n/format';
import { LANGS } from '../../i18n/languages';
import { usePageLang, usePageT } from '../../i18n/page-lang';
import { articlePath, libraryPath, MAX_COMPARE, searchPath } from '../../routing/links';
import { AppLink } from '../../ui/AppLink';
import { KeptArticles } from '../../ui/KeptArticles';
import { groupByArticle } from './group-hits';
import { fromLatinLayout, layoutLangs } from './keyboard-layout';
import { searchResults, type SearchHit } from './search-engine';

function subscribeToNetwork(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** The passage as text, its matching words marked: nothing from the index is read as markup. */
function Passage({ hit }: { hit: SearchHit }) {
  const { parts, cutBefore, cutAfter } = hit.passage;
  return (
    <p className="search-hit__passage" lang={hit.lang}>
      {cutBefore ? '… ' : null}
      {parts.map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
      {cutAfter ? ' …' : null}
    </p>
  );
}

function Hit({ hit, grouped }: { hit: SearchHit; grouped: boolean }) {
  const lang = usePageLang();
  const t = usePageT('search');
  const tc = usePageT('common');
  const segmentId = hit.passage.segmentId;
  const compare = LANGS.filter((other) => other !== hit.lang && hit.languages.includes(other)).slice(0, MAX_COMPARE);
  const Heading = grouped ? 'h3' : 'h2';
  return (
    <li className="search-hit">
      <Heading className="search-hit__title">
        {grouped ? <span className="badge">{tc(`languageName.${hit.lang}`)}</span> : null}{' '}
        <AppLink href={articlePath(hit.lang, hit.slug, segmentId)} hrefLang={hit.lang} lang={hit.lang}>
          {hit.title}
        </AppLink>
      </Heading>
      <Passage hit={hit} />
      <p className="search-hit__meta">
        {hit.published ? <time dateTime={hit.published}>{formatDate(hit.published, lang)}</time> : null}
        <span>
          {t('availableIn')}:{' '}
          {LANGS.filter((other) => hit.languages.includes(other))
            .map((other) => tc(`languageName.${other}`))
            .join(', ')}
        </span>
        {compare.length > 0 ? (
          <AppLink
            href={articlePath(hit.lang, hit.slug, segmentId, compare)}
            aria-label={t('sideBySideLabel', { title: hit.title })}
          >
            {t('sideBySide')}
          </AppLink>
        ) : null}
      </p>
    </li>
  );
}

/** What to try when nothing matched: the same keys in Cyrillic, every language, fewer words, the library. */
function NoResults({ query, allLanguages }: { query: string; allLanguages: boolean }) {
  const lang = usePageLang();
  const t = usePageT('search');
  const layouts = [...new Set(layoutLangs(lang).flatMap((layout) => fromLatinLayout(query, layout) ?? []))];
  return (
    <>
      <p>{t('tryTitle')}</p>
      <ul className="search__suggestions">
        {layouts.length > 0 ? (
          <li>
            {t('tryLayout')}{' '}
            {layouts.map((candidate, i) => (
              <Fragment key={candidate}>
                {i > 0 ? ', ' : null}
                <AppLink href={searchPath(lang, candidate, allLanguages)}>{candidate}</AppLink>
              </Fragment>
            ))}
          </li>
        ) : null}
        {allLanguages ? null : (
          <li>
            <AppLink href={searchPath(lang, query, true)}>{t('tryAll')}</AppLink>
          </li>
        )}
        <li>{t('tryShorter')}</li>
        <li>
          <AppLink href={libraryPath(lang)}>{t('tryLibrary')}</AppLink>
        </li>
      </ul>
    </>
  );
}

/** The results of one search, best first; in all languages, each article's hits under it. */
export function SearchResultsList({ query, allLanguages }: { query: string; allLanguages: boolean }) {
  const lang = usePageLang();
  const t = usePageT('search');
  const online = useSyncExternalStore(
    subscribeToNetwork,
    () => navigator.onLine,
    () => true,
  );
  const [pages, setPages] = useState({ query, allLanguages, count: 1 });
  const count = pages.query === query && pages.allLanguages === allLanguages ? pages.count : 1;
  const results = use(searchResults(lang, query, allLanguages, count, !online));
  const groups = allLanguages ? groupByArticle(results.hits, lang) : [];
  const indexKept = results.notKept !== 'index';

  return (
    <section className="search__results" aria-labelledby="_search-status">
      <p id="_search-status" role="status">
        {!indexKept
          ? t('indexNotKept')
          : results.total > 0
            ? t('count', { count: results.total, query })
            : t('none', { query })}
        {allLanguages && groups.length > 0 ? ` ${t('articles', { count: groups.length })}` : null}
      </p>
      {online || !indexKept ? null : <p className="search__offline">{t('offline')}</p>}
      {typeof results.notKept === 'number' && results.notKept > 0 ? (
        <p className="search__offline">{t('resultsNotKept', { count: results.notKept })}</p>
      ) : null}
      {indexKept && results.total === 0 ? <NoResults query={query} allLanguages={allLanguages} /> : null}
      {allLanguages ? (
        <ol className="search__list">
          {groups.map((group) => (
            <li key={group.slug} className="search-group">
              <h2 lang={group.titleLang}>{group.title}</h2>
              <ul className="search__list">
                {group.hits.map((hit) => (
                  <Hit key={hit.lang} hit={hit} grouped />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      ) : (
        <ol className="search__list">
          {results.hits.map((hit) => (
            <Hit key={`${hit.slug} ${hit.lang}`} hit={hit} grouped={false} />
          ))}
        </ol>
      )}
      {/* Offline, whatever this search could not reach: what can be read instead. */}
      {!online && (results.notKept !== 0 || results.total === 0) ? <KeptArticles /> : null}
      {results.more ? (
        <button
          type="button"
          className="button"
          onClick={() => startTransition(() => setPages({ query, allLanguages, count: count + 1 }))}
        >
          {t('more')}
        </button>
      ) : null}
    </section>
  );
}
