import { CST, LineCounter, Schema, isScalar, type ScalarTag } from 'yaml';
import { childPath, PositionRecorder, type PositionTable, type Shape } from './positions.js';

/**
 * A direct reader for the YAML that inventories are written in: block mappings and lists,
 * one-line flow collections (`{ a: 1 }`, `[a, b]`) and one-line scalars, with comments.
 * It scans the text itself, resolves scalars with yaml's core-schema tags, and builds the
 * plain data and the position table in one pass, without yaml's Document. It returns
 * undefined as soon as the text holds anything else (anchors, tags, block scalars,
 * multi-line scalars, a second document, a duplicate key, odd indentation...), and the
 * caller then parses the file with yaml's full parser, which also reports any error. So
 * for text it accepts, the result is the one yaml gives; tests check that on generated and
 * mutated text.
 *
 * Why: yaml's parser spends most of its time building the concrete syntax tree and the
 * Document (about 1.1 s of 1.3 s on a 2 MB file, and most of the memory), none of which
 * the linter needs once the data and positions are known.
 */
export interface QuickParse {
  data: unknown;
  positions: PositionTable;
  lineCounter: LineCounter;
}

const EOF = 0;
const PLAIN = 1;
const SINGLE = 2;
const DOUBLE = 3;
const COLON = 4;
const DASH = 5;
const COMMA = 6;
const MAP_START = 7;
const MAP_END = 8;
const SEQ_START = 9;
const SEQ_END = 10;
const DOC_START = 11;

/** Thrown inside the reader to give the file to yaml's full parser; never escapes. */
const DECLINE = Symbol('decline');

/** YAML's limit on an implicit key: the `:` within 1024 characters of its start. */
const MAX_IMPLICIT_KEY = 1024;

/**
 * The deepest nesting of collections taken. yaml runs out of stack somewhere between about
 * 800 and 2,800 levels, depending on the shape and on how deep the caller's stack already
 * is; an inventory needs a handful. Deeper text goes to yaml, so that the verdict (data or
 * "nests too deeply") is always yaml's and never depends on which reader took the file.
 */
export const MAX_QUICK_DEPTH = 100;

/** The core schema's scalar types, in yaml's order (strings are what matches none). */
const CORE_TAGS = new Schema({}).tags.filter(
  (tag): tag is ScalarTag & { test: RegExp } => tag.default === true && 'test' in tag && tag.test instanceof RegExp,
);
/**
 * One test for "might be anything but a string", made of those tags' own patterns: most
 * scalars are strings, and one failed match is cheaper than eight.
 */
const MAYBE_TYPED = CORE_TAGS.every((tag) => tag.test.flags === '')
  ? new RegExp(CORE_TAGS.map((tag) => `(?:${tag.test.source})`).join('|'))
  : /(?:)/;
const RESOLVE_OPTIONS = { intAsBigInt: false } as Parameters<ScalarTag['resolve']>[2];

/** Characters a plain scalar cannot start with (yaml reports them). */
const BAD_PLAIN_START = new Set([',', '%', '|', '>', '@', '`', '\t']);

export function quickParse(text: string): QuickParse | undefined {
  const read = readQuickly(text);
  if (!read) return undefined;
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  return { ...read, lineCounter };
}

/** Only the positions: what re-reading one item of a large file needs. */
export function quickPositions(text: string): PositionTable | undefined {
  return readQuickly(text)?.positions;
}

function readQuickly(text: string): Omit<QuickParse, 'lineCounter'> | undefined {
  const tokens = Tokens.take(text.length);
  try {
    if (!tokenize(text, tokens)) return undefined;
    const reader = new Reader(text, tokens);
    const data = reader.document();
    return { data, positions: reader.positions.finish() };
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  } finally {
    Tokens.give(tokens);
  }
}

/**
 * quickParse, with deep nesting (which overflows its recursive reader's stack) left to yaml,
 * which reports it. Any other exception is a bug in the scanner and is not hidden.
 */
export function tryQuickParse(text: string): QuickParse | undefined {
  try {
    return quickParse(text);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** The significant tokens of a text, in parallel arrays that grow as needed. */
class Tokens {
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
    const tokens = Tokens.spare ?? new Tokens(Math.max(16, textLength >> 3));
    Tokens.spare = undefined;
    tokens.count = 0;
    return tokens;
  }

  static give(tokens: Tokens): void {
    if (tokens.capacity <= Tokens.KEEP_AT_MOST) Tokens.spare = tokens;
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

const NEWLINE = 10;
const RETURN = 13;
const SPACE = 32;

/** The end, a space or a line break follows `at`: what makes `-`, `:` or `---` an indicator. */
function isBlankAt(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return c === SPACE || c === NEWLINE || c === RETURN;
}

function isFlowIndicator(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125; // , [ ] { }
}

/** Fills `tokens` with the text's tokens; false if the text needs yaml's parser. */
function tokenize(text: string, tokens: Tokens): boolean {
  if (UNUSUAL.test(text) || (text.includes('\r') && LONE_RETURN.test(text))) return false;
  let lineStart = 0;
  let newline = true;
  let flowDepth = 0;
  // What came just before: 0 nothing or a line break, 1 whitespace or a comment, 2 a token.
  let previous = 0;
  const push = (k: number, from: number, to: number) => {
    tokens.push(k, from, to, from - lineStart, newline);
    newline = false;
    previous = 2;
  };

  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
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
          push(DOC_START, i, i + 3);
          i += 3;
          continue;
        }
        if (isBlankAt(text, i + 1)) {
          if (flowDepth > 0) return false;
          push(DASH, i, i + 1);
          i++;
          continue;
        }
        if (flowDepth > 0 && isFlowIndicator(text.charCodeAt(i + 1))) return false;
        break;
      case 46: // .
        if (i === lineStart && text.startsWith('...', i) && isBlankAt(text, i + 3)) return false;
        break;
      case 58: // :
        if (isBlankAt(text, i + 1)) {
          push(COLON, i, i + 1);
          i++;
          continue;
        }
        if (flowDepth > 0 && isFlowIndicator(text.charCodeAt(i + 1))) return false;
        break;
      case 63: // ?
        if (isBlankAt(text, i + 1) || (flowDepth > 0 && isFlowIndicator(text.charCodeAt(i + 1)))) return false;
        break;
      case 44: // ,
        if (flowDepth === 0) return false;
        push(COMMA, i, i + 1);
        i++;
        continue;
      case 91: // [
      case 123: // {
        push(c === 91 ? SEQ_START : MAP_START, i, i + 1);
        flowDepth++;
        i++;
        continue;
      case 93: // ]
      case 125: // }
        if (flowDepth === 0) return false;
        push(c === 93 ? SEQ_END : MAP_END, i, i + 1);
        flowDepth--;
        i++;
        continue;
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
        push(DOUBLE, i, j + 1);
        i = j + 1;
        continue;
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
        push(SINGLE, i, j + 1);
        i = j + 1;
        continue;
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
    // A plain scalar: to the end of its line, a `: `, a ` #`, or in a flow collection an
    // indicator; without the spaces it ends with. A next line that would continue it is
    // more indented than its collection, which the reader never takes.
    let j = i;
    let last = i;
    for (; j < length; j++) {
      const d = text.charCodeAt(j);
      if (d === NEWLINE || d === RETURN) break;
      if (d === SPACE) continue;
      if (d === 35 && text.charCodeAt(j - 1) === SPACE) break;
      if (d === 58) {
        if (isBlankAt(text, j + 1)) break;
        if (flowDepth > 0 && isFlowIndicator(text.charCodeAt(j + 1))) break;
      }
      if (flowDepth > 0 && isFlowIndicator(d)) break;
      last = j + 1;
    }
    push(PLAIN, i, last);
    i = last;
  }
  // The end marker: on a line of its own, left of every column.
  tokens.push(EOF, length, length, -1, true);
  return true;
}

class Reader {
  readonly positions: PositionRecorder;
  private p = 0;
  /** The end of the last token read: a block collection ends with its line. */
  private lastEnd = 0;
  /**
   * Where the last value read is, if it was empty (`key:` or `-` with nothing after it but
   * perhaps a comment); -1 once anything else is read.
   */
  private emptyValue = -1;
  /** A block collection has ended since the last value was read: the next to end holds no value of its own last. */
  private innerEnded = false;
  /** The column and kind of the innermost block collection being read (-1 at the root). */
  private openColumn = -1;
  private openIsSeq = false;

  constructor(
    private readonly text: string,
    private readonly t: Tokens,
  ) {
    this.positions = new PositionRecorder(text);
  }

  document(): unknown {
    const t = this.t;
    if (t.kind[this.p] === DOC_START) {
      this.p++;
      if (!t.newlineBefore[this.p]) throw DECLINE;
    }
    if (t.kind[this.p] === EOF) throw DECLINE;
    const data = this.node('', -1, 0, -1, -1);
    if (t.kind[this.p] !== EOF) throw DECLINE;
    return data;
  }

  /**
   * A node that starts a line, or follows `- ` on one. It is recorded under `path` if given,
   * as item `item` of the list at `path` when `item` is not -1 (so that the thousands of
   * list items of a large file need no path key of their own).
   */
  private node(path: string | undefined, item: number, level: number, keyStart: number, keyEnd: number): unknown {
    const t = this.t;
    const at = this.p;
    switch (t.kind[at]) {
      case DASH:
        return this.blockSeq(path, item, level, keyStart, keyEnd);
      case PLAIN:
      case SINGLE:
      case DOUBLE:
        if (t.kind[at + 1] === COLON && !t.newlineBefore[at + 1]) return this.blockMap(path, item, level, keyStart, keyEnd);
        // yaml reads `a:⏎⏎#⏎ x⏎b: 1` as {a: {x b: 1}} (see the YAML test suite test).
        if (t.newlineBefore[at] && this.linesBetween(at)) throw DECLINE;
        return this.lineValue(path, item, level, keyStart, keyEnd);
      case MAP_START:
      case SEQ_START:
        return this.lineValue(path, item, level, keyStart, keyEnd);
      default:
        throw DECLINE;
    }
  }

  /** A scalar or flow collection that must end its line. */
  private lineValue(path: string | undefined, item: number, level: number, keyStart: number, keyEnd: number): unknown {
    const t = this.t;
    const at = this.p;
    let value: unknown;
    if (t.kind[at] === MAP_START || t.kind[at] === SEQ_START) {
      value = this.flow(path, item, level, keyStart, keyEnd);
    } else {
      value = this.scalar(at);
      this.p++;
      this.lastEnd = t.end[at]!;
      this.emptyValue = -1;
      this.innerEnded = false;
      this.recordNode(path, item, keyStart, keyEnd, t.start[at]!, t.end[at]!, 'scalar');
    }
    if (!t.newlineBefore[this.p]) throw DECLINE;
    return value;
  }

  private blockMap(path: string | undefined, item: number, level: number, keyStart: number, keyEnd: number): Record<string, unknown> {
    const t = this.t;
    const first = this.p;
    const column = t.column[first]!;
    const map: Record<string, unknown> = {};
    const childLevel = level + 1;
    if (childLevel > MAX_QUICK_DEPTH) throw DECLINE;
    const own = this.pathForChildren(path, item, childLevel);
    const parentColumn = this.openColumn;
    const parentIsSeq = this.openIsSeq;
    this.openColumn = column;
    this.openIsSeq = false;
    for (;;) {
      const at = this.p;
      const k = t.kind[at];
      if ((k !== PLAIN && k !== SINGLE && k !== DOUBLE) || t.kind[at + 1] !== COLON || t.newlineBefore[at + 1]) throw DECLINE;
      if (at !== first && !t.newlineBefore[at]) throw DECLINE;
      const key = this.key(at, map);
      const colon = at + 1;
      this.p = at + 2;
      this.lastEnd = t.end[colon]!;
      const child = own !== undefined ? childPath(own, key) : undefined;
      const next = this.p;
      if (!t.newlineBefore[next]) {
        map[key] = this.lineValue(child, -1, childLevel, t.start[at]!, t.end[at]!);
      } else if (t.kind[next] !== EOF && (t.column[next]! > column || (t.kind[next] === DASH && t.column[next] === column))) {
        map[key] = this.node(child, -1, childLevel, t.start[at]!, t.end[at]!);
      } else {
        map[key] = null;
        this.recordEmpty(child, -1, t.start[at]!, t.end[at]!, colon);
      }
      const after = this.p;
      if (t.kind[after] === EOF || t.column[after]! < column) break;
      if (t.column[after] !== column) throw DECLINE;
    }
    this.openColumn = parentColumn;
    this.openIsSeq = parentIsSeq;
    this.recordNode(path, item, keyStart, keyEnd, t.start[first]!, this.blockEnd(column), 'block');
    return map;
  }

  private blockSeq(path: string | undefined, item: number, level: number, keyStart: number, keyEnd: number): unknown[] {
    const t = this.t;
    const first = this.p;
    const column = t.column[first]!;
    const list: unknown[] = [];
    const childLevel = level + 1;
    if (childLevel > MAX_QUICK_DEPTH) throw DECLINE;
    const own = this.pathForChildren(path, item, childLevel);
    const parentColumn = this.openColumn;
    const parentIsSeq = this.openIsSeq;
    this.openColumn = column;
    this.openIsSeq = true;
    for (;;) {
      const dash = this.p;
      if (t.kind[dash] !== DASH) throw DECLINE;
      if (dash !== first && !t.newlineBefore[dash]) throw DECLINE;
      this.p = dash + 1;
      this.lastEnd = t.end[dash]!;
      const next = this.p;
      if (!t.newlineBefore[next] || (t.kind[next] !== EOF && t.column[next]! > column)) {
        list.push(this.node(own, list.length, childLevel, -1, -1));
      } else {
        // yaml ends such an item with its line when comment lines come before its dash.
        if (dash > 0 && this.text.slice(t.end[dash - 1]!, t.start[dash]!).includes('#')) throw DECLINE;
        this.recordEmpty(own, list.length, -1, -1, dash);
        list.push(null);
      }
      const after = this.p;
      if (t.kind[after] === EOF || t.column[after]! < column) break;
      if (t.column[after] !== column) throw DECLINE;
      // Same column, not a dash: a key of the mapping this list is the value of.
      if (t.kind[after] !== DASH) break;
    }
    this.openColumn = parentColumn;
    this.openIsSeq = parentIsSeq;
    this.recordNode(path, item, keyStart, keyEnd, t.start[first]!, this.blockEnd(column), 'block');
    return list;
  }

  /** `[a, b]` or `{ a: 1 }` on one line, nested or not. */
  private flow(path: string | undefined, item: number, level: number, keyStart: number, keyEnd: number): unknown {
    const t = this.t;
    const open = this.p;
    const isMap = t.kind[open] === MAP_START;
    const close = isMap ? MAP_END : SEQ_END;
    const childLevel = level + 1;
    if (childLevel > MAX_QUICK_DEPTH) throw DECLINE;
    const own = this.pathForChildren(path, item, childLevel);
    const map: Record<string, unknown> = {};
    const list: unknown[] = [];
    this.p = open + 1;
    for (;;) {
      let at = this.p;
      if (t.newlineBefore[at]) throw DECLINE;
      if (t.kind[at] === close) break;
      let keyFrom = -1;
      let keyTo = -1;
      let key = '';
      if (isMap) {
        if (t.kind[at + 1] !== COLON || t.newlineBefore[at + 1]) throw DECLINE;
        key = this.key(at, map);
        keyFrom = t.start[at]!;
        keyTo = t.end[at]!;
        at += 2;
        if (t.newlineBefore[at]) throw DECLINE;
      }
      // A map's child has a key path of its own; a list's child is an item of the list.
      const child = own !== undefined && isMap ? childPath(own, key) : own;
      const index = isMap ? -1 : list.length;
      let value: unknown;
      const k = t.kind[at];
      if (k === MAP_START || k === SEQ_START) {
        this.p = at;
        value = this.flow(child, index, childLevel, keyFrom, keyTo);
      } else if (k === PLAIN || k === SINGLE || k === DOUBLE) {
        value = this.scalar(at);
        this.recordNode(child, index, keyFrom, keyTo, t.start[at]!, t.end[at]!, 'scalar');
        this.p = at + 1;
      } else {
        throw DECLINE;
      }
      if (isMap) map[key] = value;
      else list.push(value);
      const after = this.p;
      if (t.newlineBefore[after]) throw DECLINE;
      if (t.kind[after] === COMMA) {
        this.p = after + 1;
        continue;
      }
      if (t.kind[after] === close) break;
      throw DECLINE;
    }
    const closing = this.p;
    this.p = closing + 1;
    this.lastEnd = t.end[closing]!;
    this.emptyValue = -1;
    this.innerEnded = false;
    // `{ a: 1 }: x` would make the collection a key.
    if (t.kind[this.p] === COLON && !t.newlineBefore[this.p]) throw DECLINE;
    this.recordNode(path, item, keyStart, keyEnd, t.start[open]!, t.end[closing]!, 'flow');
    return isMap ? map : list;
  }

  /** Records a node read: under its key path, or as an item of the list at `path`. */
  private recordNode(
    path: string | undefined,
    item: number,
    keyStart: number,
    keyEnd: number,
    start: number,
    end: number,
    shape: Shape,
  ): void {
    if (path === undefined) return;
    if (item === -1) this.positions.record(path, keyStart, keyEnd, start, end, shape);
    else this.positions.recordItem(path, item, start, end, shape);
  }

  /** The node's own path, if its children at `childLevel` are recorded. */
  private pathForChildren(path: string | undefined, item: number, childLevel: number): string | undefined {
    if (path === undefined || childLevel > this.positions.depthLimit) return undefined;
    return item === -1 ? path : childPath(path, item);
  }

  /** The key at `at`, new to `map`: a repeated key is yaml's to report. */
  private key(at: number, map: Record<string, unknown>): string {
    const t = this.t;
    // Measured to the `:`, spaces before it included (yaml reports a longer one in a block
    // mapping; a flow mapping's are left to yaml too).
    if (t.start[at + 1]! - t.start[at]! > MAX_IMPLICIT_KEY) throw DECLINE;
    const value = this.scalar(at);
    // Keys that are numbers, booleans or null, and keys with a meaning to some loaders.
    if (typeof value !== 'string' || value === '__proto__' || value === '<<' || Object.hasOwn(map, value)) throw DECLINE;
    return value;
  }

  private scalar(at: number): unknown {
    const t = this.t;
    const source = this.text.slice(t.start[at]!, t.end[at]!);
    switch (t.kind[at]) {
      case PLAIN:
        return plainValue(source);
      case SINGLE:
        if (!/^'(?:[^']|'')*'$/.test(source)) throw DECLINE;
        return source.slice(1, -1).replaceAll("''", "'");
      case DOUBLE:
        if (/^"[^"\\]*"$/.test(source)) return source.slice(1, -1);
        return doubleQuoted(source, t.start[at]!);
      default:
        throw DECLINE;
    }
  }

  /** Records the empty value after the indicator at `indicator`. */
  private recordEmpty(path: string | undefined, item: number, keyStart: number, keyEnd: number, indicator: number): void {
    const at = this.emptyAt(indicator);
    this.recordNode(path, item, keyStart, keyEnd, at, at, 'scalar');
    this.emptyValue = at;
    this.innerEnded = false;
  }

  /**
   * Where the block collection at `column` that ends before token `this.p` ends, as yaml
   * ends it: with the line of its last token, or at its last value if that is empty without
   * a comment. Comment lines that come before the next token count in yaml when its parser
   * attaches them to the last value (indented more than the collection that holds it) or
   * keeps them in a collection whose parent ends too (indented at least as much as that
   * collection, and more than the next token), and any that follow an empty value: such
   * text goes to yaml, rather than the reader repeating those rules.
   */
  private blockEnd(column: number): number {
    const empty = this.emptyValue;
    // Only lines between the last token's line and the next token can hold comments.
    const tailStart = this.lineEnd();
    const end = empty >= 0 && this.text.charCodeAt(empty) !== 35 ? empty : tailStart;
    const holdsLastValue = !this.innerEnded;
    this.innerEnded = true;
    const t = this.t;
    const next = this.p;
    const tailEnd = t.start[next]!;
    if (tailEnd <= tailStart) return end;
    // After an empty value with a comment, yaml counts even blank lines in.
    if (end !== empty && empty >= 0) throw DECLINE;
    const atEnd = t.kind[next] === EOF;
    const nextColumn = atEnd ? 0 : t.column[next]!;
    const parentEnds = this.openColumn >= 0 && (atEnd || this.openColumn > nextColumn || (this.openIsSeq && t.kind[next] !== DASH));
    const text = this.text;
    let indent = 0;
    for (let i = tailStart; i < tailEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) indent = 0;
      else if (c === SPACE) indent++;
      else if (c === 35) {
        if (empty >= 0) throw DECLINE;
        if (indent > nextColumn) {
          if (holdsLastValue && indent > column) throw DECLINE;
          // yaml hands a comment on from a collection at column 0 in any case.
          if (indent >= column && column > 0 && parentEnds) throw DECLINE;
        }
        // The rest of the line is the comment.
        const lineEnd = text.indexOf('\n', i);
        if (lineEnd === -1 || lineEnd >= tailEnd) break;
        i = lineEnd - 1;
      } else indent++;
    }
    return end;
  }

  /** Blank or comment lines come between token `at` and the line of the token before it. */
  private linesBetween(at: number): boolean {
    const text = this.text;
    let newlines = 0;
    for (let i = this.t.end[at - 1]!; i < this.t.start[at]!; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) {
        if (++newlines > 1) return true;
      }
    }
    return false;
  }

  /** Where yaml puts the empty value after an indicator: past the spaces that follow it. */
  private emptyAt(indicator: number): number {
    let at = this.t.end[indicator]!;
    while (this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }

  /** Past the end of the line the last token is on, as yaml ends a block collection. */
  private lineEnd(): number {
    const newline = this.text.indexOf('\n', this.lastEnd);
    return newline === -1 ? this.text.length : newline + 1;
  }
}

function plainValue(source: string): unknown {
  if (BAD_PLAIN_START.has(source[0]!)) throw DECLINE;
  if (!MAYBE_TYPED.test(source)) return source;
  for (const tag of CORE_TAGS) {
    if (tag.test.test(source)) {
      let failed = false;
      const resolved = tag.resolve(source, () => (failed = true), RESOLVE_OPTIONS);
      if (failed) throw DECLINE;
      return isScalar(resolved) ? resolved.value : resolved;
    }
  }
  return source;
}

function doubleQuoted(source: string, offset: number): string {
  let failed = false;
  const resolved = CST.resolveAsScalar({ type: 'double-quoted-scalar', offset, indent: 0, source }, true, () => (failed = true));
  if (failed || !resolved) throw DECLINE;
  return resolved.value;
}
