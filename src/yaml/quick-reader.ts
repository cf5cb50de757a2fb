import { DECLINE, ScalarReader } from './quick-scalars.js';
import { childPath, PositionRecorder, type Shape } from './positions.js';
import {
  COLON,
  COMMA,
  DASH,
  DOC_START,
  DOUBLE,
  EOF,
  MAP_START,
  NEWLINE,
  PLAIN,
  SEQ_END,
  SEQ_START,
  SINGLE,
  SPACE,
  MAP_END,
  type Tokens,
} from './quick-tokens.js';

// The quick reader's second half: data and positions from the tokens (quick-tokens.ts).

const EMPTY_MAP: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
const EMPTY_LIST: unknown[] = Object.freeze([]) as unknown as unknown[];

/** YAML's limit on an implicit key: the `:` within 1024 characters of its start. */
const MAX_IMPLICIT_KEY = 1024;

/**
 * The deepest nesting of collections taken. yaml runs out of stack somewhere between about
 * 800 and 2,800 levels, depending on the shape and on how deep the caller's stack already
 * is; an inventory needs a handful. Deeper text goes to yaml, so that the verdict (data or
 * "nests too deeply") is always yaml's and never depends on which reader took the file.
 */
export const MAX_QUICK_DEPTH = 100;

export class Reader {
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
  private readonly scalars: ScalarReader;

  /** `along`: record only the nodes with these path keys (see PositionRecorder). */
  constructor(
    private readonly text: string,
    private readonly t: Tokens,
    along?: ReadonlySet<string>,
  ) {
    this.positions = new PositionRecorder(text, { along });
    // Only positions are wanted when a path is given: no strings to keep.
    this.scalars = new ScalarReader(text, t, along === undefined);
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
        return this.block(path, item, level, keyStart, keyEnd, true);
      case PLAIN:
      case SINGLE:
      case DOUBLE:
        if (t.kind[at + 1] === COLON && !t.newlineBefore[at + 1]) return this.block(path, item, level, keyStart, keyEnd, false);
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
      value = this.scalars.read(at);
      this.p++;
      this.lastEnd = t.end[at]!;
      this.emptyValue = -1;
      this.innerEnded = false;
      this.recordNode(path, item, keyStart, keyEnd, t.start[at]!, t.end[at]!, 'scalar');
    }
    if (!t.newlineBefore[this.p]) throw DECLINE;
    return value;
  }

  /** A block mapping or list: the frame around mapEntries and seqItems. */
  private block(path: string | undefined, item: number, level: number, keyStart: number, keyEnd: number, isSeq: boolean): unknown {
    const t = this.t;
    const first = this.p;
    const column = t.column[first]!;
    const childLevel = level + 1;
    if (childLevel > MAX_QUICK_DEPTH) throw DECLINE;
    const parentColumn = this.openColumn;
    const parentIsSeq = this.openIsSeq;
    this.openColumn = column;
    this.openIsSeq = isSeq;
    const own = this.pathForChildren(path, item, childLevel);
    const value = isSeq ? this.seqItems(own, childLevel, first, column) : this.mapEntries(own, childLevel, first, column);
    this.openColumn = parentColumn;
    this.openIsSeq = parentIsSeq;
    this.recordNode(path, item, keyStart, keyEnd, t.start[first]!, this.blockEnd(column), 'block');
    return value;
  }

  /**
   * The entries of the block mapping whose first key is token `first`. The loops of block
   * collections are methods of their own with nothing after them: V8 compiles a long first
   * loop while it runs (on-stack replacement), before the code after it has ever run, and
   * such code, compiled without type feedback, deoptimized at the end of every later list
   * of two items or more (289 times reading the benchmark's M, 1,050 times at L).
   */
  private mapEntries(own: string | undefined, childLevel: number, first: number, column: number): Record<string, unknown> {
    const t = this.t;
    const map: Record<string, unknown> = {};
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
      if (t.kind[after] === EOF || t.column[after]! < column) return map;
      if (t.column[after] !== column) throw DECLINE;
    }
  }

  /** The items of the block list whose first dash is token `first` (a method of its own: see mapEntries). */
  private seqItems(own: string | undefined, childLevel: number, first: number, column: number): unknown[] {
    const t = this.t;
    const list: unknown[] = [];
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
      if (t.kind[after] === EOF || t.column[after]! < column) return list;
      if (t.column[after] !== column) throw DECLINE;
      // Same column, not a dash: a key of the mapping this list is the value of.
      if (t.kind[after] !== DASH) return list;
    }
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
    // One of them is filled: the other stays empty and is never allocated.
    const map: Record<string, unknown> = isMap ? {} : EMPTY_MAP;
    const list: unknown[] = isMap ? EMPTY_LIST : [];
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
        value = this.scalars.read(at);
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
    const own = item === -1 ? path : childPath(path, item);
    return this.positions.wants(own) ? own : undefined;
  }

  /** The key at `at`, new to `map`: a repeated key is yaml's to report. */
  private key(at: number, map: Record<string, unknown>): string {
    const t = this.t;
    // Measured to the `:`, spaces before it included (yaml reports a longer one in a block
    // mapping; a flow mapping's are left to yaml too).
    if (t.start[at + 1]! - t.start[at]! > MAX_IMPLICIT_KEY) throw DECLINE;
    const value = this.scalars.read(at);
    // Keys that are numbers, booleans or null, and keys with a meaning to some loaders.
    if (typeof value !== 'string' || value === '__proto__' || value === '<<' || Object.hasOwn(map, value)) throw DECLINE;
    return value;
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
