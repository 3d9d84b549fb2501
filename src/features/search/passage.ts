/**
 * The passage a search hit landed in, from the data Pagefind returns for a
 * page: its plain text, the word positions that matched, and the anchors
 * (every element with an id, so every segment) with the word each starts at.
 * The result is text and flags, never markup: what the index holds is shown
 * as text, so nothing in an article can become HTML on the results page.
 */

export interface HitAnchor {
  id: string;
  location: number;
}

export interface HitData {
  /** The indexed text of the page, plain (not HTML). */
  content: string;
  /** The word positions of the matches, best first or in any order. */
  locations: readonly number[];
  /** The word position Pagefind found the densest run of matches at, if any. */
  best?: number;
  anchors: readonly HitAnchor[];
}

export interface PassagePart {
  text: string;
  match: boolean;
}

export interface Passage {
  /** The segment the passage is in, or null for the title and lead. */
  segmentId: string | null;
  parts: PassagePart[];
  /** Whether words were left out before or after the part shown. */
  cutBefore: boolean;
  cutAfter: boolean;
}

// Pagefind's own word boundary, so its word positions count the same words.
const WORD_SEPARATORS = /[^\S\uFEFF]+/;
const EDGES = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;
/** The most words a passage shows, around its first match. */
export const PASSAGE_WORDS = 36;

export function passageOf(hit: HitData): Passage {
  const words = hit.content.split(WORD_SEPARATORS);
  const matches = new Set(hit.locations);
  const at = hit.best ?? Math.min(...hit.locations, words.length);
  const anchors = [...hit.anchors].sort((a, b) => a.location - b.location);
  let segmentId: string | null = null;
  let start = 0;
  let end = words.length;
  for (const anchor of anchors) {
    if (anchor.location <= at) {
      segmentId = anchor.id;
      start = anchor.location;
    } else {
      end = Math.min(end, anchor.location);
      break;
    }
  }
  // A long segment shows the words around the match, a little more after it than before.
  const from = Math.max(start, Math.min(at - Math.floor(PASSAGE_WORDS / 3), end - PASSAGE_WORDS));
  const to = Math.min(end, from + PASSAGE_WORDS);
  const parts: PassagePart[] = [];
  const add = (text: string, match: boolean) => {
    const last = parts[parts.length - 1];
    if (!text) return;
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  for (let i = from; i < to; i += 1) {
    const word = words[i] ?? '';
    if (i > from) add(' ', false);
    if (!matches.has(i)) add(word, false);
    else {
      // The mark covers the word, not the quotes and punctuation around it.
      const [, before = '', core = '', after = ''] = EDGES.exec(word) ?? [];
      add(before, false);
      add(core, true);
      add(after, false);
    }
  }
  return { segmentId, parts, cutBefore: from > start, cutAfter: to < end };
}
