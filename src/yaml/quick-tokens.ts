// The quick reader's first half: the text's significant tokens, in parallel typed arrays.
// The reader (quick-reader.ts) builds data and positions from them; quick-scanner.ts is the
// entry that runs both.

export const EOF = 0;
export const PLAIN = 1;
export const SINGLE = 2;
export const DOUBLE = 3;
export const COLON = 4;
export const DASH = 5;
export const COMMA = 6;
export const MAP_START = 7;
export const MAP_END = 8;
export const SEQ_START = 9;
export const SEQ_END = 10;
export const DOC_START = 11;

/** The significant tokens of a text, in parallel arrays that grow as needed. */
export class Tokens {
  count = 0;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  column: Int32Array;
  /** A newline comes between this token and the previous one (or it is the first). */
  newlineBefore: Uint8Array;

  /** Kept between files: read one after another, they need the arrays one at a time. */
  private static spare: Tokens | undefined;
  /** A spare larger than this (a 16 MB file's worth) is let go rather than kept. */
  private static readonly KEEP_AT_MOST = 2 * 1024 * 1024;

  static take(textLength: number): Tokens {
    // Inventories have one significant token per 7 to 9 characters; grown if more.
    const wanted = Math.max(16, textLength >> 3);
    const spare = Tokens.spare;
    // A spare too small for this text would grow by doubling, copying every array each time.
    const tokens = spare && spare.capacity >= wanted ? spare : new Tokens(wanted);
    Tokens.spare = undefined;
    tokens.count = 0;
    return tokens;
  }

  static give(tokens: Tokens): void {
    if (tokens.capacity <= Tokens.KEEP_AT_MOST) Tokens.spare = tokens;
  }

  /** Lets go of the spare: once every file is read, only small items are read again. */
  static release(): void {
    Tokens.spare = undefined;
  }

  private constructor(private capacity: number) {
    this.kind = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.column = new Int32Array(capacity);
    this.newlineBefore = new Uint8Array(capacity);
  }

  push(kind: number, start: number, end: number, column: number, newlineBefore: boolean): void {
    // One slot stays free for the end marker.
    if (this.count + 2 > this.capacity) this.grow();
    const at = this.count++;
    this.kind[at] = kind;
    this.start[at] = start;
    this.end[at] = end;
    this.column[at] = column;
    this.newlineBefore[at] = newlineBefore ? 1 : 0;
  }

  private grow(): void {
    this.capacity *= 2;
    const bytes = (old: Uint8Array) => {
      const grown = new Uint8Array(this.capacity);
      grown.set(old);
      return grown;
    };
    const ints = (old: Int32Array) => {
      const grown = new Int32Array(this.capacity);
      grown.set(old);
      return grown;
    };
    this.kind = bytes(this.kind);
    this.start = ints(this.start);
    this.end = ints(this.end);
    this.column = ints(this.column);
    this.newlineBefore = bytes(this.newlineBefore);
  }
}

/** Characters the scanner leaves to yaml wherever they are: tabs, controls, BOMs, odd line breaks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job
const UNUSUAL = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
const LONE_RETURN = /\r(?!\n)/;

export const NEWLINE = 10;
const RETURN = 13;
export const SPACE = 32;

/** The end, a space or a line break follows `at`: what makes `-`, `:` or `---` an indicator. */
function isBlankAt(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return c === SPACE || c === NEWLINE || c === RETURN;
}

function isFlowIndicator(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125; // , [ ] { }
}

/** Characters a plain scalar's scan must look at: line breaks, space, `#`, `:` and the flow indicators. */
const PLAIN_NOTICE = new Uint8Array(128);
for (const c of '\n\r #:,[]{}') PLAIN_NOTICE[c.charCodeAt(0)] = 1;

/** Fills `tokens` with the text's tokens; false if the text needs yaml's parser. */
export function tokenize(text: string, tokens: Tokens): boolean {
  if (UNUSUAL.test(text) || (text.includes('\r') && LONE_RETURN.test(text))) return false;
  let lineStart = 0;
  let newline = true;
  let flowDepth = 0;
  // What came just before: 0 nothing or a line break, 1 whitespace or a comment, 2 a token.
  let previous = 0;

  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    // The token that starts at `i`: each case sets its kind and end, or leaves a plain scalar.
    let kind = PLAIN;
    let end = -1;
    switch (c) {
      case NEWLINE:
      case RETURN: {
        i += c === RETURN ? 2 : 1;
        lineStart = i;
        newline = true;
        previous = 0;
        continue;
      }
      case SPACE: {
        let j = i + 1;
        while (j < length && text.charCodeAt(j) === SPACE) j++;
        previous = 1;
        i = j;
        continue;
      }
      case 35: {
        // `#`: a comment needs a space before it when something precedes it on its line.
        if (previous === 2) return false;
        const lineEnd = text.indexOf('\n', i);
        i = lineEnd === -1 ? length : text.charCodeAt(lineEnd - 1) === RETURN ? lineEnd - 1 : lineEnd;
        previous = 1;
        continue;
      }
      case 45: // -
        if (i === lineStart && text.startsWith('---', i) && isBlankAt(text, i + 3)) {
          // Only as the very first thing: a later one starts a second document.
          if (tokens.count !== 0) return false;
          kind = DOC_START;
          end = i + 3;
        } else if (isBlankAt(text, i + 1)) {
          if (flowDepth > 0) return false;
          kind = DASH;
          end = i + 1;
        } else if (flowDepth > 0 && isFlowIndicator(text.charCodeAt(i + 1))) return false;
        break;
      case 46: // .
        if (i === lineStart && text.startsWith('...', i) && isBlankAt(text, i + 3)) return false;
        break;
      case 58: // :
        if (isBlankAt(text, i + 1)) {
          kind = COLON;
          end = i + 1;
        } else if (flowDepth > 0 && isFlowIndicator(text.charCodeAt(i + 1))) return false;
        break;
      case 63: // ?
        if (isBlankAt(text, i + 1) || (flowDepth > 0 && isFlowIndicator(text.charCodeAt(i + 1)))) return false;
        break;
      case 44: // ,
        if (flowDepth === 0) return false;
        kind = COMMA;
        end = i + 1;
        break;
      case 91: // [
      case 123: // {
        kind = c === 91 ? SEQ_START : MAP_START;
        end = i + 1;
        flowDepth++;
        break;
      case 93: // ]
      case 125: // }
        if (flowDepth === 0) return false;
        kind = c === 93 ? SEQ_END : MAP_END;
        end = i + 1;
        flowDepth--;
        break;
      case 34: {
        // "...": escapes skip the character after a backslash; it must close on its line.
        let j = i + 1;
        for (; j < length; j++) {
          const d = text.charCodeAt(j);
          if (d === 34) break;
          if (d === NEWLINE || d === RETURN) return false;
          if (d === 92) {
            j++;
            // An escaped line break continues the scalar on the next line.
            if (j < length && (text.charCodeAt(j) === NEWLINE || text.charCodeAt(j) === RETURN)) return false;
          }
        }
        if (j >= length) return false;
        kind = DOUBLE;
        end = j + 1;
        break;
      }
      case 39: {
        // '...': a doubled quote is a quote; it must close on its line.
        let j = i + 1;
        for (; j < length; j++) {
          const d = text.charCodeAt(j);
          if (d === NEWLINE || d === RETURN) return false;
          if (d === 39) {
            if (text.charCodeAt(j + 1) === 39) j++;
            else break;
          }
        }
        if (j >= length) return false;
        kind = SINGLE;
        end = j + 1;
        break;
      }
      case 38: // & anchor
      case 42: // * alias
      case 33: // ! tag
      case 124: // | block scalar
      case 62: // > block scalar
      case 37: // % directive
      case 64: // @ reserved
      case 96: // ` reserved
        return false;
    }
    if (end === -1) end = plainEnd(text, i, flowDepth > 0);
    // Pushed here, not through a closure over this function's state, which then stays in
    // registers.
    tokens.push(kind, i, end, i - lineStart, newline);
    newline = false;
    previous = 2;
    i = end;
  }
  // The end marker: on a line of its own, left of every column.
  tokens.push(EOF, length, length, -1, true);
  return true;
}

/**
 * Where the plain scalar that starts at `start` ends: at the end of its line, a `: `, a
 * ` #`, or in a flow collection an indicator; without the spaces it ends with. A next line
 * that would continue it is more indented than its collection, which the reader never takes.
 */
function plainEnd(text: string, start: number, inFlow: boolean): number {
  const length = text.length;
  let last = start;
  for (let j = start; j < length; j++) {
    const d = text.charCodeAt(j);
    // Most characters of a scalar are none of those looked at below: one table look-up.
    if (d >= 128 || PLAIN_NOTICE[d] === 0) {
      last = j + 1;
      continue;
    }
    if (d === NEWLINE || d === RETURN) break;
    if (d === SPACE) continue;
    if (d === 35 && text.charCodeAt(j - 1) === SPACE) break;
    if (d === 58) {
      if (isBlankAt(text, j + 1)) break;
      if (inFlow && isFlowIndicator(text.charCodeAt(j + 1))) break;
    }
    if (inFlow && isFlowIndicator(d)) break;
    last = j + 1;
  }
  return last;
}
