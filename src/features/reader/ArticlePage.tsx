import { use, useMemo, useRef, useState } from 'react';
import { loadArticle } from '../../articles/loader';
import { AUTONYMS, fallbackLang, type Lang } from '../../i18n/languages';
import { usePageT } from '../../i18n/page-lang';
import { BackToLibrary } from '../../reading/BackToLibrary';
import { MIN_HEADINGS, type ContentsEntries } from '../../reading/contents-entries';
import { PrintedFrom } from '../../reading/PrintedFrom';
import { ReadingSettings } from '../../reading/ReadingSettings';
import { cycleFirst, toggleParallel } from '../../reading/columns';
import { focusSegment, scrollToSegment, segmentBeside } from '../../reading/position-dom';
import { ShortcutsButton, ShortcutsHelp } from '../../reading/shortcuts/ShortcutsHelp';
import { useReadingShortcuts } from '../../reading/shortcuts/use-reading-shortcuts';
import { useReadingPosition } from '../../reading/use-reading-position';
import { articlePath, libraryPath } from '../../routing/links';
import { currentArticleColumns, navigate, useNavigationPending } from '../../routing/navigation';
import { AppLink } from '../../ui/AppLink';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { NotFound } from '../../ui/NotFound';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { ArticleText } from './ArticleText';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ReadingProgress } from './ReadingProgress';
import { KeptCopyNote } from '../../reading/KeptCopyNote';
import { SaveForOffline } from '../../reading/SaveForOffline';
import { useKeepOffline } from '../../reading/use-keep-offline';
import { MAIN_ID } from '../../ui/main-id';

interface ArticlePageProps {
  lang: Lang;
  slug: string;
  segmentId: string | null;
}

/**
 * One language version of an article. A switch of language is a navigation
 * to the same page in another language: it renders in a transition, so the
 * old text stays until the new one is ready, and the reading position puts
 * the same passage at the same place on screen before the new text is painted.
 */
export function ArticlePage({ lang, slug, segmentId }: ArticlePageProps) {
  const t = usePageT('reader');
  const tc = usePageT('common');
  const tp = usePageT('parallel');
  const { summary, bundles } = use(loadArticle(slug, [lang]));
  const load = bundles[0] ?? { kind: 'missing' };
  const bundle = load.kind === 'ok' ? load.bundle : undefined;
  const available = summary?.languages ?? [lang];
  const container = useRef<HTMLElement>(null);
  const pending = useNavigationPending();
  const missing = summary === null && load.kind === 'missing';
  // An unknown article is the 404 page, which names the tab itself.
  useDocumentMeta(lang, missing ? null : (bundle?.title ?? t('errors.missingTitle')));
  const capture = useReadingPosition(container, slug, bundle, segmentId);
  const [helpOpen, setHelpOpen] = useState(false);
  const contents = useMemo<ContentsEntries | null>(() => {
    if (!bundle) return null;
    const headings = bundle.segments.filter((segment) => segment.type === 'heading');
    if (headings.length < MIN_HEADINGS) return null;
    return {
      headings: headings.map(({ id, text }) => ({ id, text, href: articlePath(lang, slug, id) })),
      order: bundle.segments.map((segment) => segment.id),
    };
  }, [bundle, lang, slug]);
  useKeepOffline(slug, summary);
  const otherLanguages = available.filter((other) => other !== lang);
  const compareWith = fallbackLang(lang, otherLanguages);
  // A version that is not here has nothing to compare, and no progress to show.
  const parallelPath = compareWith && bundle ? articlePath(lang, slug, null, [compareWith]) : null;
  const switchTo = (next: Lang | undefined) => {
    const shown = currentArticleColumns(slug)?.[0] ?? lang;
    if (!next || next === shown || !available.includes(next)) return;
    capture();
    navigate(articlePath(next, slug));
  };

  useReadingShortcuts({
    move: (step) => {
      const element = container.current;
      const id = element && segmentBeside(element, step);
      if (!element || !id || !scrollToSegment(element, id)) return;
      focusSegment(element, id);
      // Marked as a linked passage is, by its address: a reload, a copied link or the side-by-side view
      // keeps it. Replaced, so that stepping through a text does not fill the history.
      navigate(articlePath(lang, slug, id), { replace: true });
    },
    setFirst: switchTo,
    cycleFirst: (step) => switchTo(cycleFirst(currentArticleColumns(slug) ?? [lang], available, step)[0]),
    toggleParallel: () => {
      const [first, ...compare] = toggleParallel(currentArticleColumns(slug) ?? [lang], available) ?? [];
      if (!first) return;
      capture();
      navigate(articlePath(first, slug, null, compare));
    },
    openHelp: () => setHelpOpen(true),
  });

  // No summary means no valid version; a file that exists but is broken still gets its own message.
  if (missing) return <NotFound />;

  return (
    <div className="reader" aria-busy={pending || undefined}>
      <header className="reader__bar" data-reading-line lang={lang}>
        <div className="reader__bar-inner">
          <BackToLibrary beforeNavigate={capture} />
          <div className="reader__tools">
            <LanguageSwitcher slug={slug} current={lang} available={available} beforeSwitch={capture} />
            {parallelPath ? (
              <AppLink
                href={parallelPath}
                className="bar-button reader__compare"
                beforeNavigate={capture}
                aria-label={tp('enterLabel')}
              >
                <span className="bar-button__icon" aria-hidden="true" />
                <span className="bar-button__caption wide-only">{tp('enter')}</span>
                <span className="bar-button__caption phone-only">{tp('enterShort')}</span>
              </AppLink>
            ) : null}
            <ReadingSettings
              contents={contents}
              container={container}
              onJump={(id) => {
                const element = container.current;
                if (element && scrollToSegment(element, id)) focusSegment(element, id);
              }}
            >
              {summary ? <SaveForOffline slug={slug} /> : null}
            </ReadingSettings>
            {summary ? <SaveForOffline slug={slug} /> : null}
            <ShortcutsButton onOpen={() => setHelpOpen(true)} />
          </div>
        </div>
        {bundle ? <ReadingProgress /> : null}
      </header>
      <main id={MAIN_ID} className="page" ref={container} tabIndex={-1}>
        <KeptCopyNote slug={slug} lang={lang} />
        {bundle ? (
          <ErrorBoundary scope="part" resetKey={`${slug}/${bundle.lang}`}>
            <ArticleText bundle={bundle} slug={slug} languages={available} markedSegmentId={segmentId} />
          </ErrorBoundary>
        ) : (
          <section className="page--message" aria-labelledby="_article-problem">
            <h1 id="_article-problem">{t(load.kind === 'invalid' ? 'errors.invalidTitle' : 'errors.missingTitle')}</h1>
            {load.kind === 'invalid' ? <p>{t('errors.invalidBody')}</p> : null}
            {otherLanguages.length > 0 ? (
              <>
                <p>{t('errors.missingBody')}</p>
                <ul className="other-languages">
                  {otherLanguages.map((other) => (
                    <li key={other}>
                      <AppLink href={articlePath(other, slug)} hrefLang={other} lang={other}>
                        {AUTONYMS[other]}
                      </AppLink>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <p>
              <AppLink href={libraryPath(lang)}>{tc('toLibrary')}</AppLink>
            </p>
          </section>
        )}
        <PrintedFrom />
      </main>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
