import { expect, test } from 'vitest';
import type { Segment } from '../../src/articles/schema';
import { switchFrame } from '../../src/reading/switch-frame';

const version = (ids: string[], lang: string): Segment[] =>
  ids.map((id) => ({ id, type: 'paragraph', text: `${id} in ${lang}` }));
const shown = (frame: ReturnType<typeof switchFrame>) =>
  frame?.map(({ segment, fresh }) => `${segment.id}${fresh ? '*' : ''}`);

test('the passages from the place down the screen are new, the rest are the old ones', () => {
  const before = version(['a', 'b', 'c', 'd', 'e', 'f'], 'en');
  const after = version(['a', 'b', 'c', 'd', 'e', 'f'], 'ru');
  const frame = switchFrame(before, after, 2, 3);
  expect(shown(frame)).toEqual(['a', 'b', 'c*', 'd*', 'e', 'f']);
  expect(frame?.[0]?.segment.text).toBe('a in en');
  expect(frame?.[2]?.segment.text).toBe('c in ru');
});

test('a passage only the new version has waits, above and below the place', () => {
  const before = version(['a', 'c', 'd', 'f'], 'ru');
  const after = version(['a', 'b', 'c', 'd', 'e', 'f'], 'en');
  expect(shown(switchFrame(before, after, 2, 3))).toEqual(['a', 'c*', 'd*', 'f']);
});

test('a passage only the old version had stays for the frame, above and below the place', () => {
  const before = version(['a', 'b', 'c', 'd', 'e', 'f'], 'en');
  const after = version(['a', 'c', 'd', 'f'], 'ru');
  expect(shown(switchFrame(before, after, 1, 2))).toEqual(['a', 'b', 'c*', 'd*', 'e', 'f']);
});

test('passages new to the screen keep their place among the new ones; old ones on screen go at once', () => {
  const before = version(['a', 'b', 'x', 'd', 'e'], 'en');
  const after = version(['a', 'b', 'c', 'd', 'e'], 'ru');
  expect(shown(switchFrame(before, after, 1, 3))).toEqual(['a', 'b*', 'c*', 'd*', 'e']);
});

test('with none of the new passages in the old version there is nothing to place them among', () => {
  expect(switchFrame(version(['a', 'b'], 'en'), version(['c', 'd'], 'ru'), 0, 1)).toBeNull();
});
