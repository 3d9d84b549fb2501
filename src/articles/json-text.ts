/**
 * Turns a bundle file into a JSON value, and when it cannot, says where:
 * bytes that are not UTF-8, nesting deeper than a limit, or a syntax error.
 * Engines word JSON.parse errors differently and some give no position at
 * all, so the location comes from a small scanner of our own that runs only
 * on failure. Nothing here recurses over the input, so no file, however
 * deeply nested, can overflow the stack.
 */

export type JsonResult =
  | { ok: true; value: unknown }
  | { ok: false; problem: 'syntax' | 'too-deep'; line: number; column: number; reason: string };

/** Deeper than any caller needs; a caller with a format of its own passes a tighter limit. */
const DEFAULT_MAX_DEPTH = 64;

export function parseJsonText(text: string, maxDepth = DEFAULT_MAX_DEPTH): JsonResult {
  const deep = findDeepNesting(text, maxDepth);
  if (deep !== null) {
    return {
      ok: false,
      problem: 'too-deep',
      ...lineAndColumn(text, deep),
      reason: `arrays and objects are nested more than ${maxDepth} levels deep`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const { offset, reason } = findSyntaxError(text);
    return { ok: false, problem: 'syntax', ...lineAndColumn(text, offset), reason };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * The offset of the first `[` or `{` that opens level `max + 1`, or null.
 * Brackets inside strings do not count. It reads the text once, keeping
 * only a counter, whatever the text is.
 */
export function findDeepNesting(text: string, max: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) {
      depth = Math.max(0, depth - 1);
    }
  }
  return null;
}

export type Utf8Result = { ok: true; text: string } | { ok: false; line: number; byte: number };

/**
 * Decodes a file's bytes as UTF-8, refusing what is not: a lenient decoder
 * would turn broken bytes into U+FFFD and publish the damage silently. A
 * byte-order mark is dropped. On failure, `byte` counts from 1.
 */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstBrokenUtf8(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, line, byte: offset + 1 };
  }
}

/** Where the first ill-formed sequence starts (the rules of Unicode's table 3-7). */
function firstBrokenUtf8(bytes: Uint8Array): number {
  let i = 0;
  const at = (k: number) => bytes[k] ?? -1;
  const inRange = (k: number, low: number, high: number) => at(k) >= low && at(k) <= high;
  while (i < bytes.length) {
    const b = at(i);
    let length = 0;
    if (b <= 0x7f) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = inRange(i + 1, 0x80, 0xbf) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef) {
      const low = b === 0xe0 ? 0xa0 : 0x80;
      const high = b === 0xed ? 0x9f : 0xbf;
      length = inRange(i + 1, low, high) && inRange(i + 2, 0x80, 0xbf) ? 3 : 0;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const low = b === 0xf0 ? 0x90 : 0x80;
      const high = b === 0xf4 ? 0x8f : 0xbf;
      length = inRange(i + 1, low, high) && inRange(i + 2, 0x80, 0xbf) && inRange(i + 3, 0x80, 0xbf) ? 4 : 0;
    }
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** The size of a string once written as UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * Where JSON.parse gave up, and why. It recurses once per level of nesting,
 * so it runs only on text that findDeepNesting has already bounded.
 */
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
