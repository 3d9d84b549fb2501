import { Suspense, use, useState } from 'react';
import { loadSummaries } from '../../articles/loader';
import { formatDaysAgo } from '../../i18n/days-ago';
import { fallbackLang } from '../../i18n/languages';
import { usePageLang, usePageT } from '../../i18n/page-lang';
import { articlePath } from '../../routing/links';
import { useReaderStore, type ReadingPosition } from '../../store/reader-store';
import { AppLink } from '../../ui/AppLink';
import { useHydrated } from '../../ui/use-hydrated';

const SHOWN = 4;
/** Past this, an article counts as read and leaves the row. */
const FINISHED = 0.98;

interface Started {
  slug: string;
  percent: number;
  updatedAt: number;
}

export function startedArticles(positions: Record<string, ReadingPosition>, limit = SHOWN): Started[] {
  return Object.entries(positions)
    .filter(([, position]) => position.progress > 0 && position.progress < FINISHED)
    .sort(([, a], [, b]) => b.updatedAt - a.updatedAt)
    .slice(0, limit)
    .map(([slug, position]) => ({
      slug,
      percent: Math.round(position.progress * 100),
      updatedAt: position.updatedAt,
    }));
}

/**
 * The started articles as short lines: the title, its language, how far the reader is (in words and
 * as a bar) and when they last read it. Not cards: the same article's card follows in the list of
 * latest articles, and a second card of it would read as a duplicate.
 */
function StartedList({ started }: { started: Started[] }) {
  const t = usePageT('library');
  const tc = usePageT('common');
  const lang = usePageLang();
  const summaries = use(loadSummaries(started.map((entry) => entry.slug)));
  // Read once, when the list first shows: "today" does not change under the reader's eyes.
  const [now] = useState(() => Date.now());
  const items = started.flatMap((entry, index) => {
    const summary = summaries[index];
    if (!summary) return [];
    const shown = fallbackLang(lang, summary.languages);
    const version = shown ? summary.versions[shown] : undefined;
    return shown && version ? [{ ...entry, shown, title: version.title }] : [];
  });
  if (items.length === 0) return null;
  return (
    <section className="continue" aria-labelledby="_continue-heading">
      <h2 id="_continue-heading">{t('continueReading')}</h2>
      <ul className="continue__list">
        {items.map(({ slug, shown, title, percent, updatedAt }) => (
          <li key={slug} className="continue__item">
            <AppLink href={articlePath(shown, slug)} hrefLang={shown} lang={shown} className="continue__title">
              {title}
            </AppLink>
            <progress
              className="continue__bar"
              max={100}
              value={percent}
              aria-label={t('continue.progressLabel', { title })}
            />
            <span className="continue__meta">
              <span>{tc(`languageName.${shown}`)}</span>
              <span>{t('percentRead', { percent })}</span>
              <time dateTime={new Date(updatedAt).toISOString()}>
                {t('continue.lastRead', { when: formatDaysAgo(updatedAt, now, lang) })}
              </time>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The articles the reader started most recently and has not finished: this browser's own, so never pre-rendered. */
export function ContinueReading() {
  const started = startedArticles(useReaderStore((state) => state.positions));
  const hydrated = useHydrated();
  if (!hydrated || started.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <StartedList started={started} />
    </Suspense>
  );
}
