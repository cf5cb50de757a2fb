import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type ParsedNode } from 'yaml';

/**
 * Starts every path segment in table keys, so that the root ('') and a top-level key that
 * is the empty string ('\0') differ. It cannot occur in a YAML key we look up.
 */
const SEP = '\u0000';
/** Depth recorded eagerly in a large file: the root, the top-level keys and the list items. */
const ENTITY_DEPTH = 2;
/** Below this size every node is recorded: cheaper than parsing items again later. */
const SMALL_FILE = 256 * 1024;
const STRIDE = 5;

/**
 * The positions a finding can point at, kept after the Document is dropped: a parsed
 * Document costs several times the memory of everything else. In a large file only the
 * root, top-level keys and list items (the entities) are recorded while parsing; a deeper
 * path is found by parsing that one item's text again, on demand and cached, which only
 * the items that carry findings pay for. A small file records every node.
 */
export interface PositionTable {
  /** Path key → index of the node's four offsets in `offsets`. */
  index: Map<string, number>;
  /**
   * Per node: keyStart, keyEnd (-1 without a key), valueStart, the end of the value's first
   * line for a mapping or list (a reader needs only that) or its end, and its full end.
   */
  offsets: Int32Array;
  /** Items parsed again for a deeper path, by path key. */
  items: Map<string, { doc: Document.Parsed; shift: number }>;
  /** How deep `index` goes; deeper paths are found by parsing their item again. */
  depth: number;
}

export function pathKey(path: readonly (string | number)[]): string {
  let key = '';
  for (const segment of path) key += SEP + segment;
  return key;
}

/** Collects positions while a file is read, whichever parser reads it. */
export class PositionRecorder {
  /** Paths deeper than this are not recorded (see PositionTable.depth). */
  readonly depthLimit: number;
  private readonly index = new Map<string, number>();
  private offsets = new Int32Array(256);
  private count = 0;

  constructor(private readonly text: string) {
    this.depthLimit = text.length < SMALL_FILE ? Number.POSITIVE_INFINITY : ENTITY_DEPTH;
  }

  /** keyStart and keyEnd are -1 for a list item or the root. */
  record(path: string, keyStart: number, keyEnd: number, valueStart: number, valueEnd: number, shape: Shape): void {
    if (this.count * STRIDE + STRIDE > this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    const base = this.count * STRIDE;
    this.offsets[base] = keyStart;
    this.offsets[base + 1] = keyEnd;
    this.offsets[base + 2] = valueStart;
    this.offsets[base + 3] = shownEnd(this.text, valueStart, valueEnd, shape);
    this.offsets[base + 4] = valueEnd;
    this.index.set(path, this.count++);
  }

  finish(): PositionTable {
    return { index: this.index, offsets: this.offsets.slice(0, this.count * STRIDE), items: new Map(), depth: this.depthLimit };
  }
}

export function childPath(parent: string, segment: string | number): string {
  return `${parent}${SEP}${segment}`;
}

export function buildPositionTable(doc: Document.Parsed, text: string): PositionTable {
  const recorder = new PositionRecorder(text);
  const record = (key: string, keyNode: Node | null, valueNode: Node | null) => {
    const value = (valueNode ?? keyNode) as ParsedNode | null;
    const keyRange = (keyNode as ParsedNode | null)?.range;
    const [start, end] = value?.range ?? [0, 0];
    recorder.record(key, keyRange ? keyRange[0] : -1, keyRange ? keyRange[1] : -1, start, end, shapeOf(value));
  };
  const visit = (node: Node | null, path: string, depth: number) => {
    if (depth >= recorder.depthLimit) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const keyValue = isScalar(keyNode) ? keyNode.value : keyNode;
        if (typeof keyValue !== 'string' && typeof keyValue !== 'number') continue;
        const child = childPath(path, keyValue);
        record(child, keyNode, pair.value as Node | null);
        visit(pair.value as Node | null, child, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = childPath(path, i);
        record(child, null, item as Node | null);
        visit(item as Node | null, child, depth + 1);
      });
    }
  };
  if (doc.contents) {
    record('', null, doc.contents);
    visit(doc.contents, '', 0);
  }
  return recorder.finish();
}

export interface Located {
  start: number;
  end: number;
}

/** Where `path` is: its key (`onKey`) or value, else the deepest node on the way. */
export function lookup(table: PositionTable, text: string, path: readonly (string | number)[], onKey: boolean): Located | undefined {
  if (path.length > table.depth) {
    const deep = lookupInItem(table, text, path, onKey);
    if (deep) return deep;
  }
  for (let length = Math.min(path.length, table.depth); length >= 0; length--) {
    const found = table.index.get(pathKey(path.slice(0, length)));
    if (found === undefined) continue;
    const base = found * STRIDE;
    if (onKey && length === path.length && table.offsets[base]! >= 0) return { start: table.offsets[base]!, end: table.offsets[base + 1]! };
    return { start: table.offsets[base + 2]!, end: table.offsets[base + 3]! };
  }
  return undefined;
}

function lookupInItem(table: PositionTable, text: string, path: readonly (string | number)[], onKey: boolean): Located | undefined {
  const itemKey = pathKey(path.slice(0, ENTITY_DEPTH));
  let item = table.items.get(itemKey);
  if (!item) {
    const found = table.index.get(itemKey);
    if (found === undefined) return undefined;
    const start = table.offsets[found * STRIDE + 2]!;
    const end = table.offsets[found * STRIDE + 4]!;
    // The item's own text, indented as in the file so that its block structure parses.
    const column = start - (text.lastIndexOf('\n', start - 1) + 1);
    const doc = parseDocument(' '.repeat(column) + text.slice(start, end), { prettyErrors: false });
    item = { doc, shift: start - column };
    table.items.set(itemKey, item);
  }
  let node: Node | null = item.doc.contents;
  let keyNode: Node | null = null;
  let complete = true;
  for (const segment of path.slice(ENTITY_DEPTH)) {
    const next = stepInto(node, segment);
    if (!next) {
      complete = false;
      break;
    }
    node = next.value;
    keyNode = next.key;
  }
  const target = (onKey && complete && keyNode ? keyNode : node ?? keyNode) as ParsedNode | null;
  if (!target?.range) return undefined;
  const start = target.range[0] + item.shift;
  const end = target.range[1] + item.shift;
  return { start, end: shownEnd(text, start, end, shapeOf(target)) };
}

export function stepInto(node: Node | null, segment: string | number): { key: Node | null; value: Node | null } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (key === segment || (typeof segment === 'number' && key === String(segment))) {
        const keyNode = pair.key as Node | null;
        // `key:` with nothing after it: the key is the only place to point at.
        return { key: keyNode, value: (pair.value as Node | null) ?? keyNode };
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    if (item === undefined || isPair(item)) return undefined;
    return { key: null, value: item as Node | null };
  }
  return undefined;
}

/** How a value is shown: a scalar whole, a collection by its first line. */
export type Shape = 'scalar' | 'block' | 'flow';

export function shapeOf(node: Node | null): Shape {
  return isMap(node) || isSeq(node) ? (node.flow ? 'flow' : 'block') : 'scalar';
}

/**
 * Where the shown part of a value ends. A whole collection spans many lines and its first
 * line is what a reader needs: a block collection to the end of that line, a flow one up
 * to its closing bracket if that comes first. A line's `\r` is never part of it.
 */
export function shownEnd(text: string, start: number, end: number, shape: Shape): number {
  if (shape === 'scalar') return end;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd === -1) lineEnd = text.length;
  if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  return shape === 'flow' ? Math.min(end, lineEnd) : lineEnd;
}
