import { expect, test } from 'vitest';
import { decodeUtf8, findDeepNesting, parseJsonText, utf8Length } from '../../src/articles/json-text';

test('valid JSON parses to its value', () => {
  expect(parseJsonText('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
});

test.each([
  ['{\n  "a": 1,\n}', 3, 1, 'expected a double-quoted string'],
  ['{\n  "a": tru\n}', 2, 8, 'expected a JSON value'],
  ['[1, 2', 1, 6, "unexpected end, expected ',' or ']' after an array item"],
  ['', 1, 1, 'unexpected end of the file'],
  ['<!doctype html>', 1, 1, 'expected a JSON value'],
  ['{"a": 1} x', 1, 10, 'unexpected text after the JSON value'],
  ['{"a": "line\nbreak"}', 1, 12, 'unescaped control character in a string'],
])('%j fails at line %i, column %i: %s', (text, line, column, reason) => {
  expect(parseJsonText(text)).toEqual({ ok: false, problem: 'syntax', line, column, reason });
});

test('nesting past the limit is refused before parsing, with where it starts', () => {
  expect(parseJsonText('{"a": [[1]]}', 2)).toEqual({
    ok: false,
    problem: 'too-deep',
    line: 1,
    column: 8,
    reason: 'arrays and objects are nested more than 2 levels deep',
  });
  expect(parseJsonText('{"a": [[1]]}', 3)).toEqual({ ok: true, value: { a: [[1]] } });
});

test('brackets inside strings, escaped quotes included, are not nesting', () => {
  expect(findDeepNesting('{"a": "[[[[\\"[[[["}', 1)).toBeNull();
  expect(findDeepNesting('["\\\\", [[]]]', 2)).toBe(8);
});

test('a million levels, valid or cut short, are reported without overflowing the stack', () => {
  const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
  expect(parseJsonText(deep)).toMatchObject({ ok: false, problem: 'too-deep', line: 1, column: 65 });
  const cut = `{"a": ${'['.repeat(1_000_000)}`;
  expect(parseJsonText(cut)).toMatchObject({ ok: false, problem: 'too-deep' });
});

test('bytes that are not UTF-8 are refused with their place, not turned into U+FFFD', () => {
  const bytes = new Uint8Array([0x7b, 0x0a, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]);
  expect(decodeUtf8(bytes)).toEqual({ ok: false, line: 2, byte: 8 });
  // An encoded surrogate (CESU-8) and an overlong slash are not UTF-8 either.
  expect(decodeUtf8(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toEqual({ ok: false, line: 1, byte: 2 });
  expect(decodeUtf8(new Uint8Array([0xc0, 0xaf]))).toEqual({ ok: false, line: 1, byte: 1 });
});

test('UTF-8 text decodes as it is, without its byte-order mark', () => {
  const text = 'Київ — 🚡';
  expect(decodeUtf8(new TextEncoder().encode(text))).toEqual({ ok: true, text });
  expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toEqual({ ok: true, text: '{}' });
});

test('utf8Length counts the bytes UTF-8 takes', () => {
  for (const text of ['', 'abc', 'Київ', '🚡 x', '\u20ac']) {
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  }
});
