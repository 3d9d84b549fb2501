import { memo } from 'react';
import type { Bundle, Segment } from '../../articles/schema';
import { readingMinutes } from '../../articles/reading-time';
import { formatDate } from '../../i18n/format';
import { usePageT } from '../../i18n/page-lang';
import { PassageShare } from '../../ui/PassageShare';

interface SegmentBlockProps {
  segment: Segment;
  marked: boolean;
  slug: string;
  bundle: Bundle;
}

const SegmentBlock = memo(function SegmentBlock({ segment, marked, slug, bundle }: SegmentBlockProps) {
  const t = usePageT('reader');
  const share = (
    <PassageShare
      passage={{ lang: bundle.lang, slug, segmentId: segment.id }}
      text={segment.text}
      title={bundle.title}
      textLang={bundle.lang}
    />
  );
  const props = {
    id: segment.id,
    'data-segment-id': segment.id,
    'data-marked': marked || undefined,
    className: `segment segment--${segment.type}`,
  };
  // Article text is content: always a text node, never markup.
  const label = marked ? <span className="visually-hidden">{t('linkedSegment')}: </span> : null;
  if (segment.type === 'heading') {
    return (
      <h2 {...props}>
        {label}
        {segment.text}
        {share}
      </h2>
    );
  }
  if (segment.type === 'quote') {
    return (
      <blockquote {...props}>
        <p>
          {label}
          {segment.text}
          {share}
        </p>
      </blockquote>
    );
  }
  return (
    <p {...props}>
      {label}
      {segment.text}
      {share}
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
  markedSegmentId,
}: {
  bundle: Bundle;
  slug: string;
  markedSegmentId: string | null;
}) {
  const tc = usePageT('common');
  const t = usePageT('reader');
  return (
    <article lang={bundle.lang} className="article">
      <header className="article__header">
        <h1 className="article__title">{bundle.title}</h1>
        {bundle.lead ? <p className="article__lead">{bundle.lead}</p> : null}
        <p className="article__meta">
          {bundle.byline ? <span>{bundle.byline}</span> : null}
          <time dateTime={bundle.published}>
            {tc('published', { date: formatDate(bundle.published, bundle.lang) })}
          </time>
          {bundle.updated ? (
            <time dateTime={bundle.updated}>{tc('updated', { date: formatDate(bundle.updated, bundle.lang) })}</time>
          ) : null}
          <span>{tc('readingTime', { count: readingMinutes(bundle) })}</span>
        </p>
        {bundle.image ? (
          <figure className="article__image">
            <img src={bundle.image.src} alt={bundle.image.alt} />
            {bundle.image.credit ? <figcaption>{bundle.image.credit}</figcaption> : null}
          </figure>
        ) : null}
        {bundle.source ? (
          <p className="article__source">
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
          marked={segment.id === markedSegmentId}
          slug={slug}
          bundle={bundle}
        />
      ))}
    </article>
  );
}
