/**
 * Reads one article source, `content/<slug>/<lang>.md`: YAML front matter,
 * then paragraphs, `##` headings and `>` quotes, each optionally ending in
 * `{#id}` to pin its id. Parsed with remark, so Markdown means what it means
 * everywhere; anything the bundle format cannot hold is an error naming the
 * line. Build-time only: nothing here reaches the browser.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { FrontMatter, SourceBlock } from '../src/articles/import-types.ts';
import type { SegmentType } from '../src/articles/schema.ts';
import { isLang } from '../src/i18n/languages.ts';

export interface SourceProblem {
  line: number;
  message: string;
}

export type ParsedSource =
  { ok: true; front: FrontMatter; blocks: SourceBlock[] } | { ok: false; problems: SourceProblem[] };

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { line: number } };
}

const PIN = /\s*\{#([^}]*)\}\s*$/;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const FIELDS = ['title', 'lead', 'byline', 'published', 'updated', 'original'];
const INLINE_HINT: Record<string, string> = {
  emphasis: 'emphasis (*…* or _…_)',
  strong: 'bold (**…**)',
  inlineCode: 'code (`…`)',
  link: 'a link',
  linkReference: 'a link',
  image: 'an image',
  imageReference: 'an image',
  html: 'HTML',
  footnoteReference: 'a footnote',
};
const BLOCK_HINT: Record<string, string> = {
  list: 'a list',
  code: 'a code block',
  thematicBreak: 'a horizontal rule',
  html: 'HTML',
  table: 'a table',
  definition: 'a link definition',
  yaml: 'a second front matter',
};

const lineOf = (node: MdNode) => node.position?.start.line ?? 1;

/** The plain text of a block's inline content, or the problem with it. */
function inlineText(node: MdNode, problems: SourceProblem[]): string {
  let text = '';
  for (const child of node.children ?? []) {
    if (child.type === 'text') text += child.value ?? '';
    else if (child.type === 'break') text += ' ';
    else {
      const what = INLINE_HINT[child.type] ?? child.type;
      problems.push({
        line: lineOf(child),
        message: `${what} is not part of the article format, whose text is plain; write the words alone, or put a backslash before the character Markdown reads as markup (\\* \\_ \\\` \\[ \\<)`,
      });
    }
  }
  // One spelling for what looks the same, as the schema stores it, so fingerprints do not depend on the editor's keyboard.
  return text
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .normalize('NFC');
}

function blockOf(node: MdNode, problems: SourceProblem[]): SourceBlock | null {
  const line = lineOf(node);
  let type: SegmentType;
  let text: string;
  if (node.type === 'paragraph') [type, text] = ['paragraph', inlineText(node, problems)];
  else if (node.type === 'heading' && node.depth === 2) [type, text] = ['heading', inlineText(node, problems)];
  else if (node.type === 'heading') {
    problems.push({
      line,
      message: `a level-${node.depth} heading; headings are "## " (level 2), and the title goes in the front matter`,
    });
    return null;
  } else if (node.type === 'blockquote') {
    const parts = node.children ?? [];
    if (parts.length !== 1 || parts[0]?.type !== 'paragraph') {
      problems.push({ line, message: 'a quote must be one paragraph of text; make each paragraph its own "> " quote' });
      return null;
    }
    [type, text] = ['quote', inlineText(parts[0], problems)];
  } else {
    const what = BLOCK_HINT[node.type] ?? node.type;
    problems.push({
      line,
      message: `${what} is not part of the article format: use paragraphs, "## " headings and "> " quotes`,
    });
    return null;
  }
  const pinned = PIN.exec(text);
  if (!pinned) return { type, text, line };
  const pin = pinned[1] ?? '';
  if (!ID.test(pin)) {
    problems.push({
      line,
      message: `{#${pin}}: an id is 1–64 characters of a–z, 0–9 and "-", starting with a letter or digit`,
    });
    return null;
  }
  return { type, text: text.slice(0, pinned.index).trimEnd(), pin, line };
}

function frontMatterOf(yaml: string, line: number, problems: SourceProblem[]): FrontMatter | null {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (error) {
    const at = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 0) : 0;
    problems.push({
      line: line + at,
      message: `the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    });
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({ line, message: 'the front matter must be "field: value" lines (title, published, …)' });
    return null;
  }
  const fields = data as Record<string, unknown>;
  const front: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!FIELDS.includes(key)) {
      problems.push({ line, message: `unknown front matter field "${key}"; the fields are ${FIELDS.join(', ')}` });
    } else if (typeof value !== 'string' || value.trim() === '') {
      const hint = value instanceof Date ? ' (quote it)' : '';
      problems.push({ line, message: `front matter "${key}" must be text${hint}` });
    } else front[key] = value.trim().normalize('NFC');
  }
  for (const key of ['title', 'published']) {
    if (front[key] === undefined && !problems.length)
      problems.push({ line, message: `front matter "${key}" is required` });
  }
  if (front.original !== undefined && !isLang(front.original)) {
    problems.push({ line, message: `front matter "original" is "${front.original}"; it must be uk, en or ru` });
  }
  if (problems.length) return null;
  const { title = '', published = '', original, ...rest } = front;
  return { title, published, ...rest, ...(original !== undefined && isLang(original) ? { original } : {}) };
}

export function parseSource(source: string): ParsedSource {
  const problems: SourceProblem[] = [];
  // Front matter must open the file; a byte-order mark before it is an editor's, not the author's.
  const text = source.replace(/^\uFEFF/, '');
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text) as MdNode;
  const [first, ...body] = tree.children ?? [];
  if (first?.type !== 'yaml') {
    return {
      ok: false,
      problems: [{ line: 1, message: 'starts without front matter; begin with ---, title: …, published: …, ---' }],
    };
  }
  const front = frontMatterOf(first.value ?? '', lineOf(first), problems);
  const blocks = body.flatMap((node) => blockOf(node, problems) ?? []);
  if (front && blocks.length === 0 && problems.length === 0) {
    problems.push({
      line: lineOf(first),
      message: 'has no text after the front matter; an article needs at least one paragraph',
    });
  }
  if (!front || problems.length) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, front, blocks };
}
