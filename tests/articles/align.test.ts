import { expect, test } from 'vitest';
import { alignSegments } from '../../src/articles/align';
import type { Segment } from '../../src/articles/schema';

const seg = (id: string, lang = 'x'): Segment => ({ id, type: 'paragraph', text: `${id} ${lang}` });
const column = (ids: string, lang: string) =>
  ids
    .split(' ')
    .filter(Boolean)
    .map((id) => seg(id, lang));
const rows = (...columns: string[]) =>
  alignSegments(columns.map((ids, i) => column(ids, String(i)))).map(
    (row) => `${row.id}:${row.cells.map((cell) => (cell ? 'x' : '-')).join('')}`,
  );

test('identical versions give one full row per segment, in order', () => {
  expect(rows('a b c', 'a b c', 'a b c')).toEqual(['a:xxx', 'b:xxx', 'c:xxx']);
});

test('a segment missing in one language leaves a gap in that cell, not a shift', () => {
  expect(rows('a b c', 'a c', 'a b c')).toEqual(['a:xxx', 'b:x-x', 'c:xxx']);
});

test('a segment only another language has goes after its predecessor there', () => {
  expect(rows('a b c', 'a b extra c')).toEqual(['a:xx', 'b:xx', 'extra:-x', 'c:xx']);
});

test('extras at the very start of another language come first', () => {
  expect(rows('a b', 'intro a b')).toEqual(['intro:-x', 'a:xx', 'b:xx']);
});

test('extras from two languages after the same segment keep the columns’ order', () => {
  expect(rows('a b', 'a e1 b', 'a e2 b')).toEqual(['a:xxx', 'e1:-x-', 'e2:--x', 'b:xxx']);
});

test('an extra can follow another column’s extra', () => {
  expect(rows('a b', 'a e1 b', 'a e1 e2 b')).toEqual(['a:xxx', 'e1:-xx', 'e2:--x', 'b:xxx']);
});

test('the first column decides the order even when others reorder', () => {
  expect(rows('a b c', 'c b a')).toEqual(['a:xx', 'b:xx', 'c:xx']);
});

test('an empty first column is filled from the others', () => {
  expect(rows('', 'a b')).toEqual(['a:-x', 'b:-x']);
});

test('cells hold the segment of their own language', () => {
  const [row] = alignSegments([column('a', 'uk'), column('a', 'en')]);
  expect(row?.cells.map((cell) => cell?.text)).toEqual(['a uk', 'a en']);
});

test('3,000 segments in three languages align in linear-ish time', () => {
  const ids = Array.from({ length: 3000 }, (_, i) => `s${i}`).join(' ');
  const result = alignSegments([column(ids, 'a'), column(ids, 'b'), column(ids, 'c')]);
  expect(result).toHaveLength(3000);
  expect(result[2999]?.id).toBe('s2999');
});
