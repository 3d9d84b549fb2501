import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { alignSegments } from '../../articles/align';
import { loadArticle, loadedArticle } from '../../articles/loader';
import type { Lang } from '../../i18n/languages';
import { usePageLang, usePageT } from '../../i18n/page-lang';
import { cycleFirst, setFirst } from '../../reading/columns';
import { scrollToSegment, segmentBeside } from '../../reading/position-dom';
import { BackToLibrary } from '../../reading/BackToLibrary';
import { useReadingPosition } from '../../reading/use-reading-position';
import { useReadingShortcuts } from '../../reading/use-reading-shortcuts';
import { articlePath } from '../../routing/links';
import { navigate } from '../../routing/navigation';
import { useReaderStore } from '../../store/reader-store';
import { AppLink } from '../../ui/AppLink';
import { NotFound } from '../../ui/NotFound';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { LoadFailed } from '../../ui/LoadFailed';
import { ShortcutsButton, ShortcutsHelp } from '../../ui/ShortcutsButton';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { useResource } from '../../ui/use-resource';
import { ColumnControls, type ColumnState } from './ColumnControls';
import { ParallelRows, type RowLabels } from './ParallelRows';

/** Stands for a row's number in its translated name, which is then split around it (see `labels`). */
const PLACE = '\u0000';

interface ParallelPageProps {
  slug: string;
  /** The path's language first, then `?compare=`. */
  columns: Lang[];
  segmentId: string | null;
}

/** Two or three language versions side by side, aligned passage by passage. */
export function ParallelPage({ slug, columns, segmentId }: ParallelPageProps) {
  const lang = usePageLang();
  const t = usePageT('parallel');
  const tc = usePageT('common');
  const ts = usePageT('sharing');
  const key = columns.join(',');
  const resource = useResource(
    `${slug}/${key}`,
    () => loadArticle(slug, columns).then((versions) => ({ ...versions, columns })),
    () => {
      const loaded = loadedArticle(slug, columns);
      return loaded && { ...loaded, columns };
    },
  );
  const data = resource.data;
  const peek = useReaderStore((state) => state.peek);
  const setPeek = useReaderStore((state) => state.setPeek);
  const [activeId, setActiveId] = useState<string | null>(segmentId);
  const [announcement, setAnnouncement] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);

  // While another set of columns loads, the last one stays on screen (dimmed), in its own columns.
  const current = data && data.columns.join(',') === key ? data : undefined;
  const shownColumns = data?.columns ?? columns;
  const available = data?.summary?.languages ?? columns;
  const states: ColumnState[] = columns.map((_, i) => current?.bundles[i]?.kind ?? 'ok');
  const rows = useMemo(
    () =>
      data ? alignSegments(data.bundles.map((load) => (load.kind === 'ok' ? load.bundle.segments : []))) : undefined,
    [data],
  );
  const first = current?.bundles[0]?.kind === 'ok' ? current.bundles[0].bundle : undefined;
  useDocumentMeta(lang, first?.title ?? null);
  const capture = useReadingPosition(container, slug, current ? rows : undefined, segmentId);

  const go = useCallback(
    (next: Lang[], replace = false) => {
      capture();
      const [head = lang, ...rest] = next;
      navigate(articlePath(head, slug, null, rest), { replace });
    },
    [capture, lang, slug],
  );

  // A language the article does not have is dropped from the view (and the URL) once that is known.
  const unavailable = current?.summary ? columns.filter((column) => !available.includes(column)) : [];
  useEffect(() => {
    if (unavailable.length > 0 && unavailable.length < columns.length)
      go(
        columns.filter((c) => available.includes(c)),
        true,
      );
  });

  const total = rows?.length ?? 0;
  const titles = useMemo(() => {
    const byLang: Partial<Record<Lang, string>> = {};
    data?.bundles.forEach((load) => {
      if (load.kind === 'ok') byLang[load.bundle.lang] = load.bundle.title;
    });
    return byLang;
  }, [data]);
  const labels = useMemo<RowLabels>(() => {
    // A long view names each row as it comes near the screen: through i18next, that was half of
    // what its scroll allocated (decision 007). The name is translated once around a mark and
    // the number put in its place; `n` is plain interpolation, with no plural or format.
    const [before = '', after = ''] = t('passage', { n: PLACE, total }).split(PLACE);
    return {
      gap: t('notInTranslation'),
      languageNames: { uk: tc('languageName.uk'), en: tc('languageName.en'), ru: tc('languageName.ru') },
      passage: (n) => before + n + after,
      share: ts('share'),
      slug,
      titles,
    };
  }, [t, tc, ts, total, slug, titles]);

  const activate = useCallback(
    (id: string) => {
      setActiveId(id);
      const index = rows?.findIndex((row) => row.id === id) ?? -1;
      setAnnouncement(t('marked', { n: index + 1, total }));
    },
    [rows, t, total],
  );

  useReadingShortcuts({
    move: (step) => {
      const element = container.current;
      const id = element && segmentBeside(element, step);
      if (!element || !id) return;
      scrollToSegment(element, id);
      activate(id);
      element.querySelector<HTMLElement>(`[data-segment-id="${id}"]`)?.focus({ preventScroll: true });
    },
    setFirst: (next) => available.includes(next) && go(setFirst(columns, next)),
    cycleFirst: (step) => go(cycleFirst(columns, available, step)),
    toggleParallel: () => go([lang]),
    openHelp: () => setHelpOpen(true),
  });

  if (resource.status === 'error' && !current) {
    return <LoadFailed onRetry={resource.retry} />;
  }
  if (current && current.summary === null && current.bundles.every((load) => load.kind === 'missing')) {
    return <NotFound lang={lang} />;
  }

  return (
    <div className="parallel" data-peek={peek || undefined} aria-busy={resource.status === 'loading'}>
      <header className="reader__bar parallel__bar" data-reading-line>
        <div className="reader__bar-inner">
          <BackToLibrary beforeNavigate={capture} />
          <div className="parallel__actions">
            <AppLink
              href={articlePath(lang, slug)}
              className="button button--quiet"
              beforeNavigate={capture}
              aria-label={t('leaveLabel')}
            >
              {t('leave')}
            </AppLink>
            <ShortcutsButton onOpen={() => setHelpOpen(true)} />
          </div>
        </div>
        <div className="parallel__columns">
          <ColumnControls columns={columns} states={states} available={available} onChange={(next) => go(next)} />
          <label className="peek-toggle">
            <input type="checkbox" checked={peek} onChange={(event) => setPeek(event.target.checked)} /> {t('peek')}
          </label>
        </div>
      </header>
      <main id="main" className="parallel__body" ref={container} tabIndex={-1}>
        {data ? (
          <>
            <div className={`parallel-titles parallel-grid parallel-grid--${shownColumns.length}`}>
              {shownColumns.map((column, i) => {
                const load = data.bundles[i];
                const title = load?.kind === 'ok' ? load.bundle.title : '';
                return i === 0 ? (
                  <h1 key={column} lang={column}>
                    {title}
                  </h1>
                ) : (
                  <p key={column} lang={column} className="parallel-titles__other">
                    {title}
                  </p>
                );
              })}
            </div>
            {peek ? <p className="peek-hint">{t('peekHint')}</p> : null}
            <ErrorBoundary scope="part" resetKey={shownColumns.join(',')}>
              <ParallelRows
                key={shownColumns.join(',')}
                rows={rows ?? []}
                columns={shownColumns}
                activeId={activeId}
                neededId={segmentId ?? useReaderStore.getState().positions[slug]?.segmentId ?? null}
                layoutKey={peek ? 'peek' : 'all'}
                labels={labels}
                onActivate={activate}
              />
            </ErrorBoundary>
          </>
        ) : (
          <p className="loading page">{tc('loading')}</p>
        )}
      </main>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
