import type { Bundle, Segment } from '../articles/schema';
import type { Lang } from '../i18n/languages';

/** About what a switch draws at once: the passages from the reader's place to the bottom of a screen. */
const SAMPLE_PASSAGES = 10;

/** The languages each page has warmed (a page is its container: one per article opened). */
const warmed = new WeakMap<HTMLElement, Set<Lang>>();

/** The passages from the reader's place on, and one of each kind of passage the article has. */
function sampleOf(segments: readonly Segment[], nearId: string | null): Segment[] {
  const at = Math.max(
    0,
    segments.findIndex((segment) => segment.id === nearId),
  );
  const sample = segments.slice(at, at + SAMPLE_PASSAGES);
  for (const segment of segments) {
    if (!sample.some((taken) => taken.type === segment.type)) sample.push(segment);
  }
  return sample;
}

function element(tag: string, className: string, text: string): HTMLElement {
  const made = document.createElement(tag);
  made.className = className;
  // Article text is content: always a text node, never markup.
  made.textContent = text;
  return made;
}

/**
 * Lays out, hidden, a sample of a language's text in the article's styles,
 * and takes it away again. The first text a page lays out in a script and
 * size it has not drawn yet costs several times what the same amount costs
 * later (each glyph's metrics are read from the font once): on a slow phone,
 * the passages a switch to Russian draws took about twice as long to lay out
 * the first time. So the reader pays that once the language is fetched and
 * the browser is idle, not in the switch. Once a page, per language.
 */
export function warmText(container: HTMLElement, bundle: Bundle, nearId: string | null): void {
  const done = warmed.get(container) ?? new Set<Lang>();
  warmed.set(container, done);
  if (done.has(bundle.lang)) return;
  done.add(bundle.lang);
  const sample = document.createElement('div');
  sample.className = 'article text-warmup';
  sample.lang = bundle.lang;
  sample.setAttribute('aria-hidden', 'true');
  sample.inert = true;
  const header = document.createElement('header');
  header.className = 'article__header';
  header.append(element('h1', 'article__title', bundle.title));
  if (bundle.lead) header.append(element('p', 'article__lead', bundle.lead));
  header.append(element('p', 'article__meta', bundle.byline ?? bundle.title));
  sample.append(header);
  for (const segment of sampleOf(bundle.segments, nearId)) {
    const className = `segment segment--${segment.type}`;
    if (segment.type === 'heading') sample.append(element('h2', className, segment.text));
    else if (segment.type === 'quote') {
      const quote = element('blockquote', className, '');
      quote.append(element('p', '', segment.text));
      sample.append(quote);
    } else sample.append(element('p', className, segment.text));
  }
  container.append(sample);
  // Reading a size lays the sample out now; what that leaves behind (the fonts' glyph metrics) outlives it.
  sample.getBoundingClientRect();
  sample.remove();
}
