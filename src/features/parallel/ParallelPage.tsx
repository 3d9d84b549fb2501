import { use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { alignSegments } from '../../articles/align';
import { loadArticle } from '../../articles/loader';
import { useKeepOffline } from '../../reading/use-keep-offline';
import { formatDate } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';
import { usePageLang, usePageT } from '../../i18n/page-lang';
import { cycleFirst, setFirst, toggleParallel } from '../../reading/columns';
import { scrollToSegment, segmentBeside } from '../../reading/position-dom';
import { BackToLibrary } from '../../reading/BackToLibrary';
import { useReadingPosition, type OffPageSegments } from '../../reading/use-reading-position';
import { ShortcutsButton, ShortcutsHelp } from '../../reading/shortcuts/ShortcutsHelp';
import { useReadingShortcuts } from '../../reading/shortcuts/use-reading-shortcuts';
import { articlePath } from '../../routing/links';
import { currentArticleColumns, navigate, useNavigationPending } from '../../routing/navigation';
import { useReaderStore } from '../../store/reader-store';
import { AppLink } from '../../ui/AppLink';
import { NotFound } from '../../ui/NotFound';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { ColumnControls, type ColumnState } from './ColumnControls';
import type { RowLabels } from './ParallelRow';
import { ParallelRows } from './ParallelRows';
import { MAIN_ID } from '../../ui/main-id';

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
  const tr = usePageT('reader');
  const data = use(loadArticle(slug, columns));
  const peek = useReaderStore((state) => state.peek);
  const setPeek = useReaderStore((state) => state.setPeek);
  const [activeId, setActiveId] = useState<string | null>(segmentId);
  const [announcement, setAnnouncement] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const container = useRef<HTMLElement>(null);
  const pending = useNavigationPending();
  // Rows off the page in a long view, for the reading position to bring onto it.
  const offPage = useRef<OffPageSegments>(null);
  useKeepOffline(slug, data.summary);

  const available = data.summary?.languages ?? columns;
  const states: ColumnState[] = data.bundles.map((load) => load.kind);
  const rows = useMemo(
    () => alignSegments(data.bundles.map((load) => (load.kind === 'ok' ? load.bundle.segments : []))),
    [data],
  );
  const first = data.bundles[0]?.kind === 'ok' ? data.bundles[0].bundle : undefined;
  useDocumentMeta(lang, first?.title ?? null);
  const capture = useReadingPosition(container, slug, rows, segmentId, offPage);

  const go = useCallback(
    (next: Lang[], replace = false) => {
      capture();
      const [head = lang, ...rest] = next;
      navigate(articlePath(head, slug, null, rest), { replace });
    },
    [capture, lang, slug],
  );

  // A language the article does not have is dropped from the view (and the URL) once that is known.
  const unavailable = data.summary ? columns.filter((column) => !available.includes(column)) : [];
  useEffect(() => {
    if (unavailable.length > 0 && unavailable.length < columns.length)
      go(
        columns.filter((c) => available.includes(c)),
        true,
      );
  });

  const total = rows.length;
  const titles = useMemo(() => {
    const byLang: Partial<Record<Lang, string>> = {};
    data.bundles.forEach((load) => {
      if (load.kind === 'ok') byLang[load.bundle.lang] = load.bundle.title;
    });
    return byLang;
  }, [data]);
  const labels = useMemo<RowLabels>(
    () => ({
      gap: t('notInTranslation'),
      languageNames: { uk: tc('languageName.uk'), en: tc('languageName.en'), ru: tc('languageName.ru') },
      passage: (n) => t('passage', { n, total }),
      share: ts('share'),
      stale: {
        mark: tr('stale.mark'),
        note: (since) => tr('stale.passage', { date: formatDate(since, lang) }),
      },
      slug,
      titles,
    }),
    [t, tc, ts, tr, lang, total, slug, titles],
  );

  const activate = useCallback(
    (id: string) => {
      setActiveId(id);
      const index = rows.findIndex((row) => row.id === id);
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
    setFirst: (next) => available.includes(next) && go(setFirst(currentArticleColumns(slug) ?? columns, next)),
    cycleFirst: (step) => go(cycleFirst(currentArticleColumns(slug) ?? columns, available, step)),
    toggleParallel: () => {
      const next = toggleParallel(currentArticleColumns(slug) ?? columns, available);
      if (next) go(next);
    },
    openHelp: () => setHelpOpen(true),
  });

  if (data.summary === null && data.bundles.every((load) => load.kind === 'missing')) return <NotFound />;

  return (
    <div className="parallel" data-peek={peek || undefined} aria-busy={pending || undefined}>
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
      <main id={MAIN_ID} className="parallel__body" ref={container} tabIndex={-1}>
        <div className={`parallel-titles parallel-grid parallel-grid--${columns.length}`}>
          {columns.map((column, i) => {
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
        <ErrorBoundary scope="part" resetKey={columns.join(',')}>
          <ParallelRows
            ref={offPage}
            key={columns.join(',')}
            rows={rows}
            columns={columns}
            activeId={activeId}
            labels={labels}
            onActivate={activate}
          />
        </ErrorBoundary>
      </main>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
