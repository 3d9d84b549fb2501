import { memo, useEffect, useId, useMemo, useState } from 'react';
import type { Bundle, Segment } from '../../articles/schema';
import { readingMinutes } from '../../articles/reading-time';
import { formatDate } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';
import { usePageT } from '../../i18n/page-lang';
import { heightAboveLine, lastOnScreen } from '../../reading/position-dom';
import { switchFrame, type FramePassage } from '../../reading/switch-frame';
import { useReaderStore } from '../../store/reader-store';
import { PassageShare } from '../../ui/PassageShare';
import { afterPaint } from '../../ui/when-idle';

interface SegmentBlockProps {
  segment: Segment;
  slug: string;
  /** The passage's language, set on it: for a frame after a switch, passages far from the reader's place are still in the old one. */
  lang: Lang;
  title: string;
  /** Said before a linked passage's text, for screen readers; null for every other passage. */
  markedLabel: string | null;
  shareLabel: string;
  shareOpen: boolean;
  onShare: (segmentId: string | null) => void;
}

/**
 * One passage. A switch of language redraws them all (those near the
 * reader's place at once, the rest a frame later), so it reads no context
 * and holds no state: what it says comes in as props.
 */
const SegmentBlock = memo(function SegmentBlock(props: SegmentBlockProps) {
  const { segment, slug, lang, title, markedLabel, shareLabel, shareOpen, onShare } = props;
  const share = (
    <PassageShare
      passage={{ lang, slug, segmentId: segment.id }}
      text={segment.text}
      title={title}
      textLang={lang}
      label={shareLabel}
      menuId={`share-${segment.id}`}
      open={shareOpen}
      onToggle={() => onShare(shareOpen ? null : segment.id)}
      onClose={() => onShare(null)}
    />
  );
  const attributes = {
    id: segment.id,
    lang,
    'data-segment-id': segment.id,
    'data-marked': markedLabel !== null || undefined,
    className: `segment segment--${segment.type}`,
  };
  // Article text is content: always a text node, never markup.
  const label = markedLabel === null ? null : <span className="visually-hidden">{markedLabel}: </span>;
  if (segment.type === 'heading') {
    return (
      <h2 {...attributes}>
        {label}
        {segment.text}
        {share}
      </h2>
    );
  }
  if (segment.type === 'quote') {
    return (
      <blockquote {...attributes}>
        <p>
          {label}
          {segment.text}
          {share}
        </p>
      </blockquote>
    );
  }
  return (
    <p {...attributes}>
      {label}
      {segment.text}
      {share}
    </p>
  );
});

function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/** What the article's header says around its title, in the header's language. */
interface HeaderLabels {
  published: string;
  updated: string | null;
  readingTime: string;
  source: string;
}

/**
 * The article's header below its title: the lead, the byline and dates,
 * the picture and the source. Its text comes in as props (the labels too),
 * so for the frame in which the header keeps the old language it is not
 * redrawn at all.
 */
const HeaderDetails = memo(function HeaderDetails({ bundle, labels }: { bundle: Bundle; labels: HeaderLabels }) {
  return (
    <>
      {bundle.lead ? <p className="article__lead">{bundle.lead}</p> : null}
      <p className="article__meta">
        {bundle.byline ? <span>{bundle.byline}</span> : null}
        <time dateTime={bundle.published}>{labels.published}</time>
        {bundle.updated ? <time dateTime={bundle.updated}>{labels.updated}</time> : null}
        <span>{labels.readingTime}</span>
      </p>
      {bundle.image ? (
        <figure className="article__image">
          <img src={bundle.image.src} alt={bundle.image.alt} />
          {bundle.image.credit ? <figcaption>{bundle.image.credit}</figcaption> : null}
        </figure>
      ) : null}
      {bundle.source ? (
        <p className="article__source">
          {labels.source}:{' '}
          <a href={safeHref(bundle.source.url)} rel="noopener noreferrer" target="_blank">
            {bundle.source.name}
          </a>
        </p>
      ) : null}
    </>
  );
});

/**
 * On a switch of language, the passages from the reader's place to the
 * bottom of the screen are drawn in the new language at once, and the rest
 * in the next frame: the reader sees their place in the new language
 * without waiting for the whole article to be laid out again. Those above
 * the place are under the reader's bar. How far down the screen the new
 * text reaches is estimated from the old text's layout and the lengths of
 * the two (`lastOnScreen`), and a tenth of a screen more is drawn for the
 * error of that estimate.
 *
 * Nothing above the place changes size in that first frame, so the page
 * does not move under the reader and has nothing to scroll back: a passage
 * only one of the languages has waits for the next frame to come or go
 * (`switchFrame`), and the header, when it is above the reading line, keeps
 * its height and all but its new title until then: out of sight, it
 * follows with the far passages.
 */
const SWITCH_FIRST_SCREENS = 1.1;

/** One language version of an article, in that language (`lang` set on it). */
export function ArticleText({
  bundle,
  slug,
  markedSegmentId,
}: {
  bundle: Bundle;
  slug: string;
  markedSegmentId: string | null;
}) {
  const tc = usePageT('common');
  const t = usePageT('reader');
  const ts = usePageT('sharing');
  // One passage's share menu is open at a time; opening another closes it.
  const [sharing, setSharing] = useState<string | null>(null);
  const shareLabel = ts('share');
  const markedLabel = t('linkedSegment');

  const headerLabels = useMemo(
    (): HeaderLabels => ({
      published: tc('published', { date: formatDate(bundle.published, bundle.lang) }),
      updated: bundle.updated ? tc('updated', { date: formatDate(bundle.updated, bundle.lang) }) : null,
      readingTime: tc('readingTime', { count: readingMinutes(bundle) }),
      source: t('source'),
    }),
    [bundle, tc, t],
  );

  const headerId = useId();
  // The version whose every passage is on the page: the one before, for a frame after a switch.
  // Those passages keep every prop they had (the old share label too), so they are not redrawn at all.
  const [drawn, setDrawn] = useState({ slug, bundle, shareLabel, headerLabels });
  useEffect(() => {
    if (drawn.bundle === bundle && drawn.shareLabel === shareLabel && drawn.headerLabels === headerLabels) return;
    // After the frame that shows the switch has been painted.
    return afterPaint(() => setDrawn({ slug, bundle, shareLabel, headerLabels }));
  }, [drawn, slug, bundle, shareLabel, headerLabels]);
  const switching = drawn.slug === slug && drawn.bundle.lang !== bundle.lang;
  let frame: FramePassage[] | null = null;
  let heldHeight: number | undefined;
  if (switching) {
    // Where the reader is: the linked passage, or the place saved just before the switch.
    const placeId = markedSegmentId ?? useReaderStore.getState().positions[slug]?.segmentId;
    const place = Math.max(
      0,
      bundle.segments.findIndex((segment) => segment.id === placeId),
    );
    const last = lastOnScreen(bundle.segments, place, SWITCH_FIRST_SCREENS);
    frame = switchFrame(drawn.bundle.segments, bundle.segments, place, last);
    heldHeight = heightAboveLine(headerId);
  }
  // A header out of sight is held as it was for that frame, but for its title.
  const head =
    heldHeight === undefined ? { bundle, labels: headerLabels } : { bundle: drawn.bundle, labels: drawn.headerLabels };
  const passage = (segment: Segment, fresh: boolean) => (
    <SegmentBlock
      key={segment.id}
      segment={segment}
      slug={slug}
      lang={fresh ? bundle.lang : drawn.bundle.lang}
      title={fresh ? bundle.title : drawn.bundle.title}
      markedLabel={segment.id === markedSegmentId ? markedLabel : null}
      shareLabel={fresh ? shareLabel : drawn.shareLabel}
      shareOpen={segment.id === sharing}
      onShare={setSharing}
    />
  );

  return (
    // The article's own `lang` follows with the far passages: changed at once, it would restyle every
    // passage before the switch is painted. Its header and passages carry their own.
    <article lang={drawn.bundle.lang} className="article">
      <header
        id={headerId}
        className="article__header"
        lang={head.bundle.lang}
        style={heldHeight === undefined ? undefined : { height: heldHeight, overflow: 'clip' }}
      >
        <h1 className="article__title" lang={head.bundle.lang === bundle.lang ? undefined : bundle.lang}>
          {bundle.title}
        </h1>
        <HeaderDetails bundle={head.bundle} labels={head.labels} />
      </header>
      {frame
        ? frame.map(({ segment, fresh }) => passage(segment, fresh))
        : bundle.segments.map((segment) => passage(segment, true))}
    </article>
  );
}
