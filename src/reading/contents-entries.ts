/** What the contents list shows; apart from its component, which loads with the settings panel. */
export interface ContentsEntries {
  /** The article's headings in the page's language, each with its segment id and the link to it. */
  headings: { id: string; text: string; href: string }[];
  /** Every segment id of the view, in order: which section a passage belongs to. */
  order: string[];
}

/** Articles with fewer headings than this get no contents: a list of one or two says nothing. */
export const MIN_HEADINGS = 3;
