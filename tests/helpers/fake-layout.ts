/**
 * jsdom lays nothing out, so reading-position tests give it a layout: a
 * 60 px sticky header, the article's header, then segments one after another with a 20 px gap
 * (their margins), each as tall as its text is long (so translations differ
 * in height, as they do on screen), and a window that scrolls.
 */
export const HEADER_HEIGHT = 60;
const ARTICLE_TOP = 200;
export const SEGMENT_GAP = 20;

export function segmentHeight(element: Element): number {
  return 40 + Math.ceil((element.textContent ?? '').length / 2);
}

export function installFakeLayout() {
  let scroll = 0;
  const original = HTMLElement.prototype.getBoundingClientRect;

  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => scroll });
  window.scrollTo = ((options: ScrollToOptions) => {
    scroll = Math.max(0, options.top ?? 0);
    window.dispatchEvent(new Event('scroll'));
  }) as typeof window.scrollTo;
  // What corrects a place while the layout settles (position-dom.ts).
  window.scrollBy = ((options: ScrollToOptions) =>
    window.scrollTo({ top: scroll + (options.top ?? 0) })) as typeof window.scrollBy;

  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    if (this.hasAttribute('data-reading-line')) return new DOMRect(0, 0, 1000, HEADER_HEIGHT);
    // The article's header (title, lead, date) fills the space above the first segment.
    if (this.classList.contains('article__header')) {
      return new DOMRect(0, HEADER_HEIGHT - scroll, 1000, ARTICLE_TOP - HEADER_HEIGHT - SEGMENT_GAP);
    }
    if (this.hasAttribute('data-segment-id')) {
      let top = ARTICLE_TOP - scroll;
      for (const segment of document.querySelectorAll('[data-segment-id]')) {
        if (segment === this) break;
        top += segmentHeight(segment) + SEGMENT_GAP;
      }
      return new DOMRect(0, top, 1000, segmentHeight(this));
    }
    return original.call(this);
  };

  return {
    /** Scrolls so the segment's top is `into` of its height above the reading line, plus `px`. */
    scrollToSegment(id: string, into = 0, px = 0) {
      const element = document.querySelector(`[data-segment-id="${id}"]`);
      if (!element) throw new Error(`no segment ${id}`);
      const rect = element.getBoundingClientRect();
      window.scrollTo({ top: scroll + rect.top + into * rect.height + px - HEADER_HEIGHT });
    },
    /** The segment's top relative to the reading line. */
    topOf(id: string): number {
      const element = document.querySelector(`[data-segment-id="${id}"]`);
      if (!element) throw new Error(`no segment ${id}`);
      return element.getBoundingClientRect().top - HEADER_HEIGHT;
    },
    restore() {
      HTMLElement.prototype.getBoundingClientRect = original;
    },
  };
}
