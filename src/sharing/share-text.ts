/** What a shared passage says: the quote and its link, built from the page's own data. */
import type { Lang } from '../i18n/languages';
import { articlePath } from '../routing/links';

export interface SharedPassage {
  lang: Lang;
  slug: string;
  segmentId: string;
  /** The parallel view's columns, if the link is to it (routing/links.ts articlePath). */
  compare?: readonly Lang[];
}

/** The absolute link to a passage, in its language (and its parallel view, if any). */
export function passageUrl(origin: string, passage: SharedPassage): string {
  return `${origin}${articlePath(passage.lang, passage.slug, passage.segmentId, passage.compare ?? [])}`;
}
