import { describe, expect, test } from 'vitest';
import { PASSAGE_WORDS, passageOf } from '../../../src/features/search/passage';

// Title, then two segments: "first" starts at word 3, "second" at word 8.
const content = 'Night trains return. The first train leaves Kyiv. Tickets cost 980 hryvnias, «night» fares included.';
const anchors = [
  { id: 'first', location: 3 },
  { id: 'second', location: 8 },
];

const text = (parts: { text: string }[]) => parts.map((part) => part.text).join('');
const marked = (parts: { text: string; match: boolean }[]) => parts.filter((p) => p.match).map((p) => p.text);

test('a hit lands in the segment whose anchor comes last before it, and shows only that segment', () => {
  const passage = passageOf({ content, locations: [10], anchors });
  expect(passage.segmentId).toBe('second');
  expect(text(passage.parts)).toBe('Tickets cost 980 hryvnias, «night» fares included.');
  expect(marked(passage.parts)).toEqual(['980']);
  expect(passage).toMatchObject({ cutBefore: false, cutAfter: false });
});

test('a hit in the title or lead names no segment', () => {
  const passage = passageOf({ content, locations: [1], anchors });
  expect(passage.segmentId).toBeNull();
  expect(text(passage.parts)).toBe('Night trains return.');
});

test('the mark leaves out the punctuation and quotes around the word', () => {
  const passage = passageOf({ content, locations: [11, 12], anchors });
  expect(marked(passage.parts)).toEqual(['hryvnias', 'night']);
  expect(text(passage.parts)).toContain('hryvnias, «night» fares');
});

test('the best location wins over the first one', () => {
  expect(passageOf({ content, locations: [1, 5], best: 5, anchors }).segmentId).toBe('first');
});

test('text that looks like markup stays text', () => {
  const hostile = '<img src=x onerror=alert(1)> <b>bold</b>';
  const passage = passageOf({ content: hostile, locations: [0], anchors: [] });
  expect(text(passage.parts)).toBe(hostile);
});

describe('a long segment', () => {
  const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
  const passage = passageOf({ content: words.join(' '), locations: [100], anchors: [{ id: 'long', location: 0 }] });

  test('shows the words around the match, cut on both sides', () => {
    expect(
      passage.parts
        .map((part) => part.text)
        .join('')
        .split(' '),
    ).toHaveLength(PASSAGE_WORDS);
    expect(marked(passage.parts)).toEqual(['w100']);
    expect(passage).toMatchObject({ segmentId: 'long', cutBefore: true, cutAfter: true });
  });
});
