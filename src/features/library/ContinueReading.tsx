import { loadSummary } from '../../articles/loader';
import { usePageT } from '../../i18n/page-lang';
import { useReaderStore, type ReadingPosition } from '../../store/reader-store';
import { useHydrated } from '../../ui/use-hydrated';
import { useResource } from '../../ui/use-resource';
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

/** The articles the reader started most recently and has not finished. */
export function ContinueReading() {
  const t = usePageT('library');
  const positions = useReaderStore((state) => state.positions);
  const started = startedArticles(positions);
  const summaries = useResource(started.map((entry) => entry.slug).join('|'), () =>
    Promise.all(started.map((entry) => loadSummary(entry.slug).catch(() => null))),
  );
  const items = started.flatMap((entry, index) => {
    const summary = summaries.data?.[index];
    return summary ? [{ summary, percent: entry.percent }] : [];
  });
  const hydrated = useHydrated();
  if (!hydrated || items.length === 0) return null;

  return (
    <section className="continue" aria-labelledby="continue-heading">
      <h2 id="continue-heading">{t('continueReading')}</h2>
      <div className="card-row">
        {items.map(({ summary, percent }) => (
          <ArticleCard key={summary.slug} summary={summary} percentRead={percent} />
        ))}
      </div>
    </section>
  );
}
