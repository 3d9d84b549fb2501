import { expect, test } from 'vitest';
import { parseJsonText } from '../../src/articles/json-text';

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
  expect(parseJsonText(text)).toEqual({ ok: false, line, column, reason });
});
