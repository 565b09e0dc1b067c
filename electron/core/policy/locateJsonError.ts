/**
 * Finds where a JSON text first goes wrong. Node 20's JSON.parse often reports no position at all
 * ("Unexpected token '}', ... is not valid JSON"), and a person fixing a hand-edited register needs
 * the line and column. This is a small RFC 8259 validator that stops at the first error.
 */

export interface JsonErrorLocation {
  /** 1-based. */
  line: number;
  /** 1-based, in characters of the line. */
  column: number;
  message: string;
}

class Failure {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** Where `text` stops being valid JSON, or null when it is valid. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  try {
    let at = skipSpace(text, 0);
    at = value(text, at, 0);
    at = skipSpace(text, at);
    if (at < text.length) throw new Failure(at, `unexpected ${describe(text, at)} after the end of the document`);
    return null;
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    return { ...lineAndColumn(text, error.offset), message: error.message };
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const MAX_DEPTH = 512;

function value(text: string, at: number, depth: number): number {
  if (depth > MAX_DEPTH) throw new Failure(at, 'nesting too deep');
  const c = text[at];
  if (c === '{') return object(text, at + 1, depth + 1);
  if (c === '[') return array(text, at + 1, depth + 1);
  if (c === '"') return string(text, at + 1);
  if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number(text, at);
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, at)) return at + word.length;
  }
  throw new Failure(at, `expected a value but found ${describe(text, at)}`);
}

function object(text: string, at: number, depth: number): number {
  at = skipSpace(text, at);
  if (text[at] === '}') return at + 1;
  for (;;) {
    if (text[at] !== '"') throw new Failure(at, `expected a property name in double quotes but found ${describe(text, at)}`);
    at = skipSpace(text, string(text, at + 1));
    if (text[at] !== ':') throw new Failure(at, `expected ':' after the property name but found ${describe(text, at)}`);
    at = skipSpace(text, value(text, skipSpace(text, at + 1), depth));
    if (text[at] === '}') return at + 1;
    if (text[at] !== ',') throw new Failure(at, `expected ',' or '}' but found ${describe(text, at)}`);
    at = skipSpace(text, at + 1);
  }
}

function array(text: string, at: number, depth: number): number {
  at = skipSpace(text, at);
  if (text[at] === ']') return at + 1;
  for (;;) {
    at = skipSpace(text, value(text, at, depth));
    if (text[at] === ']') return at + 1;
    if (text[at] !== ',') throw new Failure(at, `expected ',' or ']' but found ${describe(text, at)}`);
    at = skipSpace(text, at + 1);
  }
}

function string(text: string, at: number): number {
  for (;;) {
    const c = text[at];
    if (c === undefined) throw new Failure(at, 'unterminated string');
    if (c === '"') return at + 1;
    if (c < ' ') throw new Failure(at, 'control character in a string (write it as an escape such as \\n)');
    if (c === '\\') {
      const e = text[at + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) throw new Failure(at, 'invalid \\u escape');
        at += 6;
        continue;
      }
      if (e === undefined || !'"\\/bfnrt'.includes(e)) throw new Failure(at, 'invalid escape in a string');
      at += 2;
      continue;
    }
    at++;
  }
}

function number(text: string, at: number): number {
  const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
  if (!match) throw new Failure(at, 'invalid number');
  return at + match[0].length;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && ' \t\n\r'.includes(text[at] as string)) at++;
  return at;
}

function describe(text: string, at: number): string {
  const c = text[at];
  return c === undefined ? 'the end of the file' : JSON.stringify(c);
}
