import { memo, useState } from 'react';
import type { Bundle, Segment } from '../../articles/schema';
import { readingMinutes } from '../../articles/reading-time';
import { formatDate } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';
import { usePageT } from '../../i18n/page-lang';
import { PassageShare } from '../../sharing/PassageShare';

interface SegmentBlockProps {
  segment: Segment;
  slug: string;
  lang: Lang;
  title: string;
  /** Said before a linked passage's text, for screen readers; null for every other passage. */
  markedLabel: string | null;
  /** What a passage whose original changed after it was translated says, or null. */
  staleNote: string | null;
  staleMark: string;
  shareLabel: string;
  shareOpen: boolean;
  onShare: (segmentId: string | null) => void;
}

/** One passage; memoised, so opening one passage's share menu redraws two passages, not the article. */
const SegmentBlock = memo(function SegmentBlock(props: SegmentBlockProps) {
  const { segment, slug, lang, title, markedLabel, staleNote, staleMark, shareLabel, shareOpen, onShare } = props;
  const share = (
    <PassageShare
      passage={{ lang, slug, segmentId: segment.id }}
      text={segment.text}
      title={title}
      textLang={lang}
      label={shareLabel}
      menuId={`_share-${segment.id}`}
      open={shareOpen}
      onToggle={() => onShare(shareOpen ? null : segment.id)}
      onClose={() => onShare(null)}
    />
  );
  const attributes = {
    id: segment.id,
    'data-segment-id': segment.id,
    // Ids an edit removed that lead here, so an old link still lands (reading/position-dom.ts).
    'data-former-ids': segment.formerIds?.join(' '),
    'data-marked': markedLabel !== null || undefined,
    'data-stale': staleNote !== null || undefined,
    className: `segment segment--${segment.type}`,
  };
  const stale =
    staleNote === null ? null : (
      // The date is in its tooltip; a screen reader hears the short mark here, and the count once, in the header.
      <span className="segment__stale" title={staleNote} data-pagefind-ignore>
        {staleMark}
      </span>
    );
  // Article text is content: always a text node, never markup. The last word keeps its marks and share
  // control on its line, so a full last line never sends them alone onto one more (uneven spacing).
  const cut = segment.text.trimEnd().lastIndexOf(' ') + 1;
  const text = (
    <>
      {segment.text.slice(0, cut)}
      <span className="segment__end">
        {segment.text.slice(cut)}
        {stale}
        {share}
      </span>
    </>
  );
  const label = markedLabel === null ? null : <span className="visually-hidden">{markedLabel}: </span>;
  if (segment.type === 'heading') {
    return (
      <h2 {...attributes}>
        {label}
        {text}
      </h2>
    );
  }
  if (segment.type === 'quote') {
    return (
      <blockquote {...attributes}>
        <p>
          {label}
          {text}
        </p>
      </blockquote>
    );
  }
  return (
    <p {...attributes}>
      {label}
      {text}
    </p>
  );
});

function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/** One language version of an article, in that language (`lang` set on it). */
export function ArticleText({
  bundle,
  slug,
  languages,
  markedSegmentId,
}: {
  bundle: Bundle;
  slug: string;
  /** Every language the article is published in, for the search index. */
  languages: readonly Lang[];
  markedSegmentId: string | null;
}) {
  const tc = usePageT('common');
  const t = usePageT('reader');
  const ts = usePageT('sharing');
  // One passage's share menu is open at a time; opening another closes it.
  const [sharing, setSharing] = useState<string | null>(null);
  const shareLabel = ts('share');
  const markedLabel = t('linkedSegment');
  const staleCount = bundle.segments.filter((segment) => segment.stale).length;
  const staleNote = (since: string) => t('stale.passage', { date: formatDate(since, bundle.lang) });

  return (
    // The search index (scripts/search-index.ts) reads the text, title, date and languages from here;
    // the meta line, image and source are not what a reader searches for.
    <article
      lang={bundle.lang}
      className="article"
      data-pagefind-body
      data-pagefind-meta={`languages:${languages.join(' ')}`}
    >
      <header className="article__header">
        <h1 className="article__title" data-pagefind-meta="title">
          {bundle.title}
        </h1>
        {bundle.lead ? <p className="article__lead">{bundle.lead}</p> : null}
        <p className="article__meta" data-pagefind-ignore>
          {bundle.byline ? <span>{bundle.byline}</span> : null}
          <time dateTime={bundle.published} data-pagefind-meta="date[datetime]">
            {tc('published', { date: formatDate(bundle.published, bundle.lang) })}
          </time>
          {bundle.updated ? (
            <time dateTime={bundle.updated}>{tc('updated', { date: formatDate(bundle.updated, bundle.lang) })}</time>
          ) : null}
          <span>{tc('readingTime', { count: readingMinutes(bundle) })}</span>
        </p>
        {staleCount > 0 ? (
          <p className="article__stale" role="note" data-pagefind-ignore>
            {t('stale.count', { count: staleCount })}
          </p>
        ) : null}
        {bundle.image ? (
          <figure className="article__image" data-pagefind-ignore>
            <img src={bundle.image.src} alt={bundle.image.alt} />
            {bundle.image.credit ? <figcaption>{bundle.image.credit}</figcaption> : null}
          </figure>
        ) : null}
        {bundle.source ? (
          <p className="article__source" data-pagefind-ignore>
            {t('source')}:{' '}
            <a href={safeHref(bundle.source.url)} rel="noopener noreferrer" target="_blank">
              {bundle.source.name}
            </a>
          </p>
        ) : null}
      </header>
      {bundle.segments.map((segment) => (
        <SegmentBlock
          key={segment.id}
          segment={segment}
          slug={slug}
          lang={bundle.lang}
          title={bundle.title}
          markedLabel={segment.id === markedSegmentId ? markedLabel : null}
          staleNote={segment.stale ? staleNote(segment.stale.since) : null}
          staleMark={t('stale.mark')}
          shareLabel={shareLabel}
          shareOpen={segment.id === sharing}
          onShare={setSharing}
        />
      ))}
    </article>
  );
}
