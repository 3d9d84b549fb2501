import { Suspense, use } from 'react';
import { loadSummaries } from '../../articles/loader';
import { usePageT } from '../../i18n/page-lang';
import { useReaderStore, type ReadingPosition } from '../../store/reader-store';
import { useHydrated } from '../../ui/use-hydrated';
import { ArticleCard } from './ArticleCard';

const SHOWN = 4;
/** Past this, an article counts as read and leaves the row. */
const FINISHED = 0.98;

export function startedArticles(positions: Record<string, ReadingPosition>, limit = SHOWN) {
  return Object.entries(positions)
    .filter(([, position]) => position.progress > 0 && position.progress < FINISHED)
    .sort(([, a], [, b]) => b.updatedAt - a.updatedAt)
    .slice(0, limit)
    .map(([slug, position]) => ({ slug, percent: Math.round(position.progress * 100) }));
}

function StartedCards({ started }: { started: { slug: string; percent: number }[] }) {
  const t = usePageT('library');
  const summaries = use(loadSummaries(started.map((entry) => entry.slug)));
  const items = started.flatMap((entry, index) => {
    const summary = summaries[index];
    return summary ? [{ summary, percent: entry.percent }] : [];
  });
  if (items.length === 0) return null;
  return (
    <section className="continue" aria-labelledby="_continue-heading">
      <h2 id="_continue-heading">{t('continueReading')}</h2>
      <div className="card-row">
        {items.map(({ summary, percent }) => (
          <ArticleCard key={summary.slug} summary={summary} percentRead={percent} />
        ))}
      </div>
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
      <StartedCards started={started} />
    </Suspense>
  );
}
