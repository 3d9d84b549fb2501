import { useCallback, useRef, useState } from 'react';
import { loadArticle, loadedArticle, type ArticleVersions } from '../../articles/loader';
import { AUTONYMS, fallbackLang, type Lang } from '../../i18n/languages';
import { usePageT } from '../../i18n/page-lang';
import { articlePath, libraryPath } from '../../routing/links';
import { AppLink } from '../../ui/AppLink';
import { NotFound } from '../../ui/NotFound';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { useResource } from '../../ui/use-resource';
import { ArticleText } from './ArticleText';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ReadingProgress } from './ReadingProgress';
import { cycleFirst } from '../../reading/columns';
import { scrollToSegment, segmentBeside } from '../../reading/position-dom';
import { BackToLibrary } from '../../reading/BackToLibrary';
import { useReadingPosition } from '../../reading/use-reading-position';
import { useReadingShortcuts } from '../../reading/use-reading-shortcuts';
import { warmText } from '../../reading/warm-text';
import { useReaderStore } from '../../store/reader-store';
import type { Bundle } from '../../articles/schema';
import { navigate } from '../../routing/navigation';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { LoadFailed } from '../../ui/LoadFailed';
import { ShortcutsButton, ShortcutsHelp } from '../../ui/ShortcutsButton';

interface ArticlePageProps {
  lang: Lang;
  slug: string;
  segmentId: string | null;
}

function oneVersion(slug: string, lang: Lang) {
  return ({ summary, bundles }: ArticleVersions) => ({
    summary,
    bundle: bundles[0] ?? { kind: 'missing' as const },
    lang,
  });
}

export function ArticlePage({ lang, slug, segmentId }: ArticlePageProps) {
  const t = usePageT('reader');
  const tc = usePageT('common');
  const tp = usePageT('parallel');
  const resource = useResource(
    `${slug}/${lang}`,
    () => loadArticle(slug, [lang]).then(oneVersion(slug, lang)),
    () => {
      const loaded = loadedArticle(slug, [lang]);
      return loaded && oneVersion(slug, lang)(loaded);
    },
  );
  const data = resource.data;
  const bundle = data?.bundle.kind === 'ok' ? data.bundle.bundle : undefined;
  const available = data?.summary?.languages ?? [lang];
  const container = useRef<HTMLDivElement>(null);
  const fresh = data?.lang === lang ? bundle : undefined;
  useDocumentMeta(lang, bundle?.title ?? (resource.status === 'loading' ? null : t('errors.missingTitle')));
  const capture = useReadingPosition(container, slug, fresh, segmentId);
  const [helpOpen, setHelpOpen] = useState(false);
  const prepareText = useCallback(
    (next: Bundle) => {
      const place = useReaderStore.getState().positions[slug]?.segmentId ?? null;
      if (container.current) warmText(container.current, next, place);
    },
    [slug],
  );
  const others = available.filter((other) => other !== lang);
  const compareWith = fallbackLang(lang, others);
  const parallelPath = compareWith ? articlePath(lang, slug, null, [compareWith]) : null;
  const switchTo = (columns: Lang[]) => {
    const next = columns[0];
    if (!next || next === lang || !available.includes(next)) return;
    capture();
    navigate(articlePath(next, slug));
  };

  useReadingShortcuts({
    move: (step) => {
      const element = container.current;
      const id = element && segmentBeside(element, step);
      if (element && id) scrollToSegment(element, id);
    },
    setFirst: (next) => switchTo([next]),
    cycleFirst: (step) => switchTo(cycleFirst([lang], available, step)),
    toggleParallel: () => {
      if (!parallelPath) return;
      capture();
      navigate(parallelPath);
    },
    openHelp: () => setHelpOpen(true),
  });

  if (resource.status === 'error' && !bundle) {
    return <LoadFailed onRetry={resource.retry} />;
  }
  // No summary means no valid version; a file that exists but is broken still gets its own message.
  if (data && data.summary === null && data.bundle.kind === 'missing') return <NotFound lang={lang} />;

  const otherLanguages = available.filter((other) => other !== lang);
  const problem = data?.lang === lang && data.bundle.kind !== 'ok' ? data.bundle.kind : null;

  return (
    <div className="reader" aria-busy={resource.status === 'loading'}>
      <header className="reader__bar" data-reading-line lang={lang}>
        <div className="reader__bar-inner">
          <BackToLibrary beforeNavigate={capture} />
          <div className="reader__tools">
            <LanguageSwitcher
              slug={slug}
              current={lang}
              available={available}
              beforeSwitch={capture}
              prepareText={prepareText}
            />
            {parallelPath ? (
              <AppLink
                href={parallelPath}
                className="button button--quiet reader__compare"
                beforeNavigate={capture}
                aria-label={tp('enterLabel')}
              >
                <span className="wide-only">{tp('enter')}</span>
              </AppLink>
            ) : null}
            <ShortcutsButton onOpen={() => setHelpOpen(true)} />
          </div>
        </div>
        <ReadingProgress />
      </header>
      <main id="main" className="page" ref={container} tabIndex={-1}>
        {problem ? (
          <section className="page--message" aria-labelledby="article-problem">
            <h1 id="article-problem">{t(problem === 'invalid' ? 'errors.invalidTitle' : 'errors.missingTitle')}</h1>
            {problem === 'invalid' ? <p>{t('errors.invalidBody')}</p> : null}
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
        ) : bundle ? (
          <ErrorBoundary scope="part" resetKey={`${slug}/${bundle.lang}`}>
            <ArticleText bundle={bundle} slug={slug} markedSegmentId={segmentId} />
          </ErrorBoundary>
        ) : (
          <p className="loading">{tc('loading')}</p>
        )}
      </main>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
