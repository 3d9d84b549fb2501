import { expect, test } from 'vitest';
import { parseSource } from '../../scripts/import-markdown';

const FRONT = '---\ntitle: Нічні поїзди\npublished: 2026-03-02\n---\n\n';

const problems = (text: string) => {
  const parsed = parseSource(text);
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.line}: ${p.message}`);
};

test('paragraphs, ## headings and > quotes become blocks, lines of a paragraph joined by a space', () => {
  const parsed = parseSource(`${FRONT}First line\nsecond line.\n\n## A heading\n\n> «A quote», he said.\n`);
  expect(parsed).toEqual({
    ok: true,
    front: { title: 'Нічні поїзди', published: '2026-03-02' },
    blocks: [
      { type: 'paragraph', text: 'First line second line.', line: 6 },
      { type: 'heading', text: 'A heading', line: 9 },
      { type: 'quote', text: '«A quote», he said.', line: 11 },
    ],
  });
});

test('{#id} at the end of a block pins its id and is not part of the text', () => {
  const parsed = parseSource(`${FRONT}Text here. {#opening-1905}\n\n## Heading {#why-now}\n`);
  expect(parsed.ok && parsed.blocks.map((b) => [b.text, b.pin])).toEqual([
    ['Text here.', 'opening-1905'],
    ['Heading', 'why-now'],
  ]);
  expect(problems(`${FRONT}Text. {#Not_An_Id}\n`)).toEqual([
    '6: {#Not_An_Id}: an id is 1–64 characters of a–z, 0–9 and "-", starting with a letter or digit',
  ]);
});

test('all the front matter fields are read, and original must be a language', () => {
  const parsed = parseSource(
    '---\ntitle: T\nlead: L\nbyline: B\npublished: 2026-03-02\nupdated: 2026-03-04\noriginal: uk\n---\n\nText.\n',
  );
  expect(parsed.ok && parsed.front).toEqual({
    title: 'T',
    lead: 'L',
    byline: 'B',
    published: '2026-03-02',
    updated: '2026-03-04',
    original: 'uk',
  });
  expect(problems('---\ntitle: T\npublished: 2026-03-02\noriginal: ua\n---\n\nText.\n')).toEqual([
    '1: front matter "original" is "ua"; it must be uk, en or ru',
  ]);
});

test('what the format cannot hold is an error naming the line', () => {
  expect(
    problems(`${FRONT}- one\n- two\n\n# Title again\n\n### Small\n\n\`\`\`\ncode\n\`\`\`\n\nWith *emphasis*.\n`),
  ).toEqual([
    '6: a list is not part of the article format: use paragraphs, "## " headings and "> " quotes',
    '9: a level-1 heading; headings are "## " (level 2), and the title goes in the front matter',
    '11: a level-3 heading; headings are "## " (level 2), and the title goes in the front matter',
    '13: a code block is not part of the article format: use paragraphs, "## " headings and "> " quotes',
    '17: emphasis (*…* or _…_) is not part of the article format, whose text is plain; write the words alone, or put a backslash before the character Markdown reads as markup (\\* \\_ \\` \\[ \\<)',
  ]);
});

test('a backslash keeps a character Markdown would read as markup', () => {
  const parsed = parseSource(`${FRONT}1905\\. A \\*star\\* and \\<b> as written.\n`);
  expect(parsed.ok && parsed.blocks[0]?.text).toBe('1905. A *star* and <b> as written.');
});

test('missing or broken front matter is an error', () => {
  expect(problems('Just text.\n')).toEqual([
    '1: starts without front matter; begin with ---, title: …, published: …, ---',
  ]);
  expect(problems('---\ntitle: T\n---\n\nText.\n')).toEqual(['1: front matter "published" is required']);
  expect(problems('---\ntitle: [unclosed\npublished: x\n---\n\nText.\n')[0]).toMatch(
    /^\d+: the front matter is not valid YAML/,
  );
  expect(problems('---\ntitle: T\npublished: 2026-03-02\ncolour: red\n---\n\nText.\n')).toEqual([
    '1: unknown front matter field "colour"; the fields are title, lead, byline, published, updated, original',
  ]);
  expect(problems('---\ntitle: T\npublished: 2026-03-02\n---\n')).toEqual([
    '1: has no text after the front matter; an article needs at least one paragraph',
  ]);
});

test('a byte-order mark before the front matter is allowed, and text is stored in NFC', () => {
  const parsed = parseSource(`\uFEFF${FRONT}Cafe\u0301 text.\n`);
  expect(parsed.ok && parsed.blocks[0]?.text).toBe('Caf\u00e9 text.');
});
