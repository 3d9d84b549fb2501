/**
 * The shapes the Markdown import passes between its steps (parsing,
 * alignment, flags, ids, bundles and the report), in one module that
 * imports none of them, so the steps never import each other in a circle.
 */
import type { Lang } from '../i18n/languages.ts';
import type { SegmentType } from './schema.ts';
import type { IdMap } from './stable-ids.ts';

export type FlagKind =
  'no-counterpart' | 'merged' | 'length-ratio' | 'numbers' | 'heading-mismatch' | 'stale' | 'older-translation';

export interface Flag {
  kind: FlagKind;
  message: string;
}

export interface FrontMatter {
  title: string;
  lead?: string;
  byline?: string;
  published: string;
  updated?: string;
  /** The language this text was translated from. */
  original?: Lang;
}

export interface SourceBlock {
  type: SegmentType;
  text: string;
  /** The id pinned with `{#id}`, if any. */
  pin?: string;
  line: number;
}

export interface Version {
  lang: Lang;
  front: FrontMatter;
  blocks: SourceBlock[];
}

export interface Cell {
  type: SegmentType;
  text: string;
  /** The source lines of the blocks joined in this cell. */
  lines: number[];
}

export interface ReportRow {
  id: string;
  confidence: number;
  cells: Partial<Record<Lang, Cell>>;
  flags: Flag[];
}

export interface OutputSegment {
  id: string;
  type: SegmentType;
  text: string;
  formerIds?: string[];
  sourceHash?: string;
  stale?: { since: string };
}

/** A bundle as the import writes it: its front matter, its language and its segments. */
export interface OutputBundle extends FrontMatter {
  lang: Lang;
  segments: OutputSegment[];
}

export interface ImportedArticle {
  slug: string;
  pivot: Lang;
  languages: Lang[];
  rows: ReportRow[];
  flags: Flag[];
  /** Problems that stop the import, each naming the file (`<lang>.md`) and, where known, the line. */
  errors: string[];
  bundles: OutputBundle[];
  map: IdMap;
}
