import { CST, Lexer, LineCounter, Schema, isScalar, type ScalarTag } from 'yaml';
import { childPath, PositionRecorder, type PositionTable } from './position-table.js';

/**
 * A direct reader for the YAML that inventories are written in: block mappings and lists,
 * one-line flow collections (`{ a: 1 }`, `[a, b]`) and one-line scalars, with comments.
 * It uses yaml's own lexer and its core-schema scalar rules, and builds the plain data and
 * the position table in one pass, without yaml's Document. It returns undefined as soon as
 * the text holds anything else (anchors, tags, block scalars, multi-line scalars, a second
 * document, a duplicate key, odd indentation...), and the caller then parses the file with
 * yaml's full parser, which also reports any error. So for text it accepts, the result is
 * the one yaml gives; tests check that on generated and mutated text.
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

/** The core schema's scalar types, in yaml's order (strings are what matches none). */
const CORE_TAGS = new Schema({}).tags.filter((tag): tag is ScalarTag & { test: RegExp } => tag.default === true && 'test' in tag && tag.test instanceof RegExp);
const RESOLVE_OPTIONS = { intAsBigInt: false } as Parameters<ScalarTag['resolve']>[2];

/** Characters a plain scalar cannot start with (yaml reports them). */
const BAD_PLAIN_START = new Set([',', '%', '|', '>', '@', '`', '\t']);

export function quickParse(text: string): QuickParse | undefined {
  if (/\r(?!\n)/.test(text)) return undefined;
  const tokens = tokenize(text);
  if (!tokens) return undefined;
  const reader = new Reader(text, tokens);
  try {
    const data = reader.document();
    const lineCounter = new LineCounter();
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    return { data, positions: reader.positions.finish(), lineCounter };
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

interface Tokens {
  count: number;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  column: Int32Array;
  /** Where the empty value after an indicator would be: past the spaces that follow it. */
  gapEnd: Int32Array;
  /** A newline comes between this token and the previous one (or it is the first). */
  newlineBefore: Uint8Array;
  /** Whitespace, a newline or the end follows the token directly. */
  spaceAfter: Uint8Array;
  source: (string | undefined)[];
}

function tokenize(text: string): Tokens | undefined {
  // Inventories have one significant token per 7 to 9 characters; grown if more.
  let capacity = Math.max(1024, text.length >> 2);
  let kind = new Uint8Array(capacity);
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let column = new Int32Array(capacity);
  let gapEnd = new Int32Array(capacity);
  let newlineBefore = new Uint8Array(capacity);
  let spaceAfter = new Uint8Array(capacity);
  const source: (string | undefined)[] = [];
  let count = 0;
  let offset = 0;
  let lineStart = 0;
  let newline = true;
  let plainNext = false;
  // What came just before: 0 nothing or a newline, 1 whitespace, 2 a significant token.
  let previous = 0;

  const grow = () => {
    capacity *= 2;
    const bytes = (old: Uint8Array) => {
      const grown = new Uint8Array(capacity);
      grown.set(old);
      return grown;
    };
    const ints = (old: Int32Array) => {
      const grown = new Int32Array(capacity);
      grown.set(old);
      return grown;
    };
    kind = bytes(kind);
    start = ints(start);
    end = ints(end);
    column = ints(column);
    gapEnd = ints(gapEnd);
    newlineBefore = bytes(newlineBefore);
    spaceAfter = bytes(spaceAfter);
  };

  const push = (k: number, length: number, text?: string) => {
    // One slot stays free for the end marker.
    if (count + 2 > capacity) grow();
    kind[count] = k;
    start[count] = offset;
    end[count] = offset + length;
    gapEnd[count] = offset + length;
    column[count] = offset - lineStart;
    newlineBefore[count] = newline ? 1 : 0;
    source.push(text);
    count++;
    newline = false;
    previous = 2;
  };

  for (const token of new Lexer().lex(text)) {
    if (token === '\x02') continue;
    if (token === '\x1f') {
      plainNext = true;
      continue;
    }
    const length = token.length;
    if (plainNext) {
      plainNext = false;
      if (token.includes('\n') || token.includes('\r')) return undefined;
      push(PLAIN, length, token);
      offset += length;
      continue;
    }
    switch (token) {
      case '':
      case '\n':
      case '\r\n':
        if (previous === 2) spaceAfter[count - 1] = 1;
        offset += length;
        lineStart = offset;
        newline = true;
        previous = 0;
        continue;
      case '-':
        push(DASH, 1);
        break;
      case ':':
        push(COLON, 1);
        break;
      case ',':
        push(COMMA, 1);
        break;
      case '{':
        push(MAP_START, 1);
        break;
      case '}':
        push(MAP_END, 1);
        break;
      case '[':
        push(SEQ_START, 1);
        break;
      case ']':
        push(SEQ_END, 1);
        break;
      case '---':
        // Only as the very first thing: a later one starts a second document.
        if (count !== 0) return undefined;
        push(DOC_START, 3);
        break;
      default:
        switch (token[0]) {
          case ' ':
            if (token.includes('\t')) return undefined;
            if (previous === 2) {
              spaceAfter[count - 1] = 1;
              gapEnd[count - 1] = offset + length;
            }
            previous = 1;
            offset += length;
            continue;
          case '#':
            // yaml wants a space before a comment that follows something on its line.
            if (previous === 2) return undefined;
            previous = 1;
            offset += length;
            continue;
          case '"':
            if (token.includes('\n')) return undefined;
            push(DOUBLE, length, token);
            break;
          case "'":
            if (token.includes('\n')) return undefined;
            push(SINGLE, length, token);
            break;
          default:
            // Anchors, aliases, tags, directives, block scalars, explicit keys, `...`.
            return undefined;
        }
    }
    offset += length;
  }
  if (offset !== text.length) return undefined;
  if (previous === 2) spaceAfter[count - 1] = 1;
  if (count + 1 > capacity) grow();
  kind[count] = EOF;
  start[count] = end[count] = gapEnd[count] = offset;
  column[count] = -1;
  newlineBefore[count] = 1;
  count++;
  return { count, kind, start, end, column, gapEnd, newlineBefore, spaceAfter, source };
}

class Reader {
  readonly positions: PositionRecorder;
  private p = 0;
  /** The end of the last token read: a block collection ends with its line. */
  private lastEnd = 0;

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
    const data = this.node('', 0, -1, -1);
    if (t.kind[this.p] !== EOF) throw DECLINE;
    return data;
  }

  /** A node that starts a line, or follows `- ` on one. Records it under `path` if given. */
  private node(path: string | undefined, level: number, keyStart: number, keyEnd: number): unknown {
    const t = this.t;
    const at = this.p;
    switch (t.kind[at]) {
      case DASH:
        return this.blockSeq(path, level, keyStart, keyEnd);
      case PLAIN:
      case SINGLE:
      case DOUBLE:
        if (t.kind[at + 1] === COLON && !t.newlineBefore[at + 1]) return this.blockMap(path, level, keyStart, keyEnd);
        return this.lineValue(path, level, keyStart, keyEnd);
      case MAP_START:
      case SEQ_START:
        return this.lineValue(path, level, keyStart, keyEnd);
      default:
        throw DECLINE;
    }
  }

  /** A scalar or flow collection that must end its line. */
  private lineValue(path: string | undefined, level: number, keyStart: number, keyEnd: number): unknown {
    const t = this.t;
    const at = this.p;
    let value: unknown;
    if (t.kind[at] === MAP_START || t.kind[at] === SEQ_START) {
      value = this.flow(path, level, keyStart, keyEnd);
    } else {
      value = this.scalar(at);
      this.p++;
      this.lastEnd = t.end[at]!;
      if (path !== undefined) this.positions.record(path, keyStart, keyEnd, t.start[at]!, t.end[at]!, 'scalar');
    }
    if (!t.newlineBefore[this.p]) throw DECLINE;
    return value;
  }

  private blockMap(path: string | undefined, level: number, keyStart: number, keyEnd: number): Record<string, unknown> {
    const t = this.t;
    const first = this.p;
    const column = t.column[first]!;
    const map: Record<string, unknown> = {};
    const childLevel = level + 1;
    const recordChildren = path !== undefined && childLevel <= this.positions.depthLimit;
    for (;;) {
      const at = this.p;
      const k = t.kind[at];
      if ((k !== PLAIN && k !== SINGLE && k !== DOUBLE) || t.kind[at + 1] !== COLON || t.newlineBefore[at + 1]) throw DECLINE;
      if (at !== first && !t.newlineBefore[at]) throw DECLINE;
      const key = this.key(at);
      if (Object.hasOwn(map, key)) throw DECLINE;
      const colon = at + 1;
      this.p = at + 2;
      this.lastEnd = t.end[colon]!;
      const child = recordChildren ? childPath(path, key) : undefined;
      const next = this.p;
      if (!t.newlineBefore[next]) {
        if (!t.spaceAfter[colon]) throw DECLINE;
        map[key] = this.lineValue(child, childLevel, t.start[at]!, t.end[at]!);
      } else if (t.kind[next] !== EOF && (t.column[next]! > column || (t.kind[next] === DASH && t.column[next] === column))) {
        map[key] = this.node(child, childLevel, t.start[at]!, t.end[at]!);
      } else {
        map[key] = null;
        if (child !== undefined) this.positions.record(child, t.start[at]!, t.end[at]!, t.gapEnd[colon]!, t.gapEnd[colon]!, 'scalar');
      }
      const after = this.p;
      if (t.kind[after] === EOF || t.column[after]! < column) break;
      if (t.column[after] !== column) throw DECLINE;
    }
    if (path !== undefined) this.positions.record(path, keyStart, keyEnd, t.start[first]!, this.lineEnd(), 'block');
    return map;
  }

  private blockSeq(path: string | undefined, level: number, keyStart: number, keyEnd: number): unknown[] {
    const t = this.t;
    const first = this.p;
    const column = t.column[first]!;
    const list: unknown[] = [];
    const childLevel = level + 1;
    const recordChildren = path !== undefined && childLevel <= this.positions.depthLimit;
    for (;;) {
      const dash = this.p;
      if (t.kind[dash] !== DASH) throw DECLINE;
      if (dash !== first && !t.newlineBefore[dash]) throw DECLINE;
      this.p = dash + 1;
      this.lastEnd = t.end[dash]!;
      const child = recordChildren ? childPath(path, list.length) : undefined;
      const next = this.p;
      if (!t.newlineBefore[next] || (t.kind[next] !== EOF && t.column[next]! > column)) {
        list.push(this.node(child, childLevel, -1, -1));
      } else {
        list.push(null);
        if (child !== undefined) this.positions.record(child, -1, -1, t.gapEnd[dash]!, t.gapEnd[dash]!, 'scalar');
      }
      const after = this.p;
      if (t.kind[after] === EOF || t.column[after]! < column) break;
      if (t.column[after] !== column) throw DECLINE;
      // Same column, not a dash: a key of the mapping this list is the value of.
      if (t.kind[after] !== DASH) break;
    }
    if (path !== undefined) this.positions.record(path, keyStart, keyEnd, t.start[first]!, this.lineEnd(), 'block');
    return list;
  }

  /** `[a, b]` or `{ a: 1 }` on one line, nested or not. */
  private flow(path: string | undefined, level: number, keyStart: number, keyEnd: number): unknown {
    const t = this.t;
    const open = this.p;
    const isMap = t.kind[open] === MAP_START;
    const close = isMap ? MAP_END : SEQ_END;
    const childLevel = level + 1;
    const recordChildren = path !== undefined && childLevel <= this.positions.depthLimit;
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
        if (t.kind[at + 1] !== COLON || t.newlineBefore[at + 1] || !t.spaceAfter[at + 1]) throw DECLINE;
        key = this.key(at);
        if (Object.hasOwn(map, key)) throw DECLINE;
        keyFrom = t.start[at]!;
        keyTo = t.end[at]!;
        at += 2;
        if (t.newlineBefore[at]) throw DECLINE;
      }
      const child = recordChildren ? childPath(path, isMap ? key : list.length) : undefined;
      let value: unknown;
      const k = t.kind[at];
      if (k === MAP_START || k === SEQ_START) {
        this.p = at;
        value = this.flow(child, childLevel, keyFrom, keyTo);
      } else if (k === PLAIN || k === SINGLE || k === DOUBLE) {
        value = this.scalar(at);
        if (child !== undefined) this.positions.record(child, keyFrom, keyTo, t.start[at]!, t.end[at]!, 'scalar');
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
    // `{ a: 1 }: x` would make the collection a key.
    if (t.kind[this.p] === COLON && !t.newlineBefore[this.p]) throw DECLINE;
    if (path !== undefined) this.positions.record(path, keyStart, keyEnd, t.start[open]!, t.end[closing]!, 'flow');
    return isMap ? map : list;
  }

  private key(at: number): string {
    const t = this.t;
    if (t.end[at]! - t.start[at]! > MAX_IMPLICIT_KEY) throw DECLINE;
    const value = this.scalar(at);
    // Keys that are numbers, booleans or null, and keys with a meaning to some loaders.
    if (typeof value !== 'string' || value === '__proto__' || value === '<<') throw DECLINE;
    return value;
  }

  private scalar(at: number): unknown {
    const t = this.t;
    const source = t.source[at]!;
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

  /** Past the end of the line the last token is on, as yaml ends a block collection. */
  private lineEnd(): number {
    const newline = this.text.indexOf('\n', this.lastEnd);
    return newline === -1 ? this.text.length : newline + 1;
  }
}

function plainValue(source: string): unknown {
  if (BAD_PLAIN_START.has(source[0]!)) throw DECLINE;
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
