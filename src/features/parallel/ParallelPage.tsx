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
import { MIN_HEADINGS, type ContentsEntries } from '../../reading/contents-entries';
import { PrintedFrom } from '../../reading/PrintedFrom';
import { ReadingSettings } from '../../reading/ReadingSettings';
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
import { LanguagesMenu, type ColumnState } from './LanguagesMenu';
import type { RowLabels } from './ParallelRow';
import { ParallelRows } from './ParallelRows';
import { MAIN_ID } from '../../ui/main-id';

interface ParallelPageProps {
  slug: string;
  /** In order; the path's language (the interface's) is among them unless the article lacks it. */
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
      // The interface stays in the path's language while its column is shown, wherever that column is.
      const path = next.includes(lang) ? lang : (next[0] ?? lang);
      navigate(articlePath(path, slug, null, next.length > 1 ? next : []), { replace });
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
      pageLang: lang,
      titles,
    }),
    [t, tc, ts, tr, lang, total, slug, titles],
  );

  // The headings of the first column, which is in the page's language.
  const contents = useMemo<ContentsEntries | null>(() => {
    const headings = rows.flatMap((row) => {
      const cell = row.cells[0];
      return cell?.type === 'heading'
        ? [{ id: row.id, text: cell.text, href: articlePath(lang, slug, row.id, columns.slice(1)) }]
        : [];
    });
    return headings.length < MIN_HEADINGS ? null : { headings, order: rows.map((row) => row.id) };
  }, [rows, lang, slug, columns]);

  const activate = useCallback(
    (id: string) => {
      setActiveId(id);
      const index = rows.findIndex((row) => row.id === id);
      setAnnouncement(t('marked', { n: index + 1, total }));
    },
    [rows, t, total],
  );

  const goTo = (id: string) => {
    const element = container.current;
    if (!element) return;
    scrollToSegment(element, id);
    activate(id);
    element.querySelector<HTMLElement>(`[data-segment-id="${id}"]`)?.focus({ preventScroll: true });
  };
  // A row a long view keeps off the page is brought onto it first, and gone to once it is drawn.
  const jump = (id: string) => {
    const element = container.current;
    if (!element) return;
    if (element.querySelector(`[data-segment-id="${id}"]`) || !offPage.current?.reveal(id)) goTo(id);
    else requestAnimationFrame(() => goTo(id));
  };

  useReadingShortcuts({
    move: (step) => {
      const element = container.current;
      const id = element && segmentBeside(element, step);
      if (id) goTo(id);
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
            <LanguagesMenu
              columns={columns}
              states={states}
              available={available}
              onChange={(next) => go(next)}
              peek={peek}
              onPeek={setPeek}
            />
            <AppLink
              href={articlePath(lang, slug)}
              className="bar-button parallel__leave"
              beforeNavigate={capture}
              aria-label={t('leaveLabel')}
            >
              <span className="bar-button__icon" aria-hidden="true" />
              <span className="bar-button__caption">{t('leave')}</span>
            </AppLink>
            <ReadingSettings contents={contents} container={container} onJump={jump} />
            <ShortcutsButton onOpen={() => setHelpOpen(true)} />
          </div>
        </div>
      </header>
      <main id={MAIN_ID} className="parallel__body" ref={container} tabIndex={-1}>
        <div className={`parallel-titles parallel-grid parallel-grid--${columns.length}`}>
          {columns.map((column, i) => {
            const load = data.bundles[i];
            const bundle = load?.kind === 'ok' ? load.bundle : undefined;
            return (
              <header key={column} lang={column} className="parallel-titles__column">
                {i === 0 ? <h1>{bundle?.title}</h1> : <p className="parallel-titles__other">{bundle?.title}</p>}
                {bundle?.lead ? <p className="parallel-titles__lead">{bundle.lead}</p> : null}
                {bundle ? (
                  <p className="parallel-titles__meta">
                    {bundle.byline ? <span>{bundle.byline}</span> : null}
                    {/* The column's own language throughout: a date needs no word around it. */}
                    <time dateTime={bundle.published}>{formatDate(bundle.published, bundle.lang)}</time>
                  </p>
                ) : null}
              </header>
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
        <PrintedFrom />
      </main>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
