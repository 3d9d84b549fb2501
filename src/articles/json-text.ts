/**
 * Parses a bundle's text and, when it is not JSON, says where. Engines word
 * JSON.parse errors differently and some give no position at all, so the
 * location comes from a small scanner of our own that runs only on failure.
 */

export type JsonResult = { ok: true; value: unknown } | { ok: false; line: number; column: number; reason: string };

export function parseJsonText(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const { offset, reason } = findSyntaxError(text);
    const before = text.slice(0, offset).split('\n');
    return { ok: false, line: before.length, column: (before.at(-1)?.length ?? 0) + 1, reason };
  }
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

function findSyntaxError(text: string): { offset: number; reason: string } {
  let i = 0;
  const fail = (reason: string): never => {
    throw new Stop(i, reason);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const expect = (char: string, what: string) => {
    space();
    if (text.charAt(i) !== char) fail(i >= text.length ? `unexpected end, expected ${what}` : `expected ${what}`);
    i++;
  };
  const string = () => {
    expect('"', 'a double-quoted string');
    while (i < text.length && text.charAt(i) !== '"') {
      if (text.charCodeAt(i) < 0x20) fail('unescaped control character in a string');
      i += text.charAt(i) === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail('unterminated string');
    i++;
  };
  const value = (): void => {
    space();
    const c = text.charAt(i);
    if (c === '{') {
      i++;
      space();
      if (text.charAt(i) === '}') return void i++;
      for (;;) {
        string();
        expect(':', "':' after a property name");
        value();
        space();
        if (text.charAt(i) === '}') return void i++;
        expect(',', "',' or '}' after a property value");
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text.charAt(i) === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text.charAt(i) === ']') return void i++;
        expect(',', "',' or ']' after an array item");
      }
    }
    if (c === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
    if (literal) return void (i += literal[0].length);
    fail(i >= text.length ? 'unexpected end of the file' : 'expected a JSON value');
  };
  try {
    value();
    space();
    if (i < text.length) fail('unexpected text after the JSON value');
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, reason: error.reason };
    throw error;
  }
  // JSON.parse refused what the scanner accepts: a bad escape, most likely.
  return { offset: 0, reason: 'not valid JSON' };
}
