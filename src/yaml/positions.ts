import { isAlias, isMap, isScalar, isSeq, Scalar, type Document, type Node, type ParsedNode, type YAMLMap } from 'yaml';

/**
 * Starts every path segment in table keys, so that the root ('') and a top-level key that
 * is the empty string ('\0') differ. A key can hold it (`"a\0b"` in double quotes): such a
 * segment is escaped (segmentText), so that it cannot pass for two.
 */
const SEP = '\u0000';
/** Escapes SEP, and itself, inside a segment. */
const ESCAPE = '\u0001';
// biome-ignore lint/suspicious/noControlCharactersInRegex: the separator and the escape are control characters on purpose
const NEEDS_ESCAPE = /[\u0000\u0001]/g;

/** A segment as it is written in a path key: unchanged unless it holds SEP or ESCAPE. */
function segmentText(segment: string | number): string | number {
  if (typeof segment === 'number' || (!segment.includes(SEP) && !segment.includes(ESCAPE))) return segment;
  return segment.replace(NEEDS_ESCAPE, (c) => (c === SEP ? `${ESCAPE}0` : `${ESCAPE}1`));
}
/** Depth recorded eagerly in a large file: the root, the top-level keys and the list items. */
export const ENTITY_DEPTH = 2;
/** Below this size every node is recorded: cheaper than parsing items again later. */
const SMALL_FILE = 256 * 1024;
export const STRIDE = 5;

/**
 * The positions a finding can point at, kept after the Document is dropped: a parsed
 * Document costs several times the memory of everything else. In a large file only the
 * root, top-level keys and list items (the entities) are recorded while parsing; a deeper
 * path is found by parsing that one item's text again, on demand and cached, which only
 * the items that carry findings pay for. A small file records every node.
 */
export interface PositionTable {
  /** Path key → the node's number (its offsets start at number × STRIDE in `offsets`). */
  index: Map<string, number>;
  /** Path key of a list → the number of each of its items. */
  lists: Map<string, number[]>;
  /**
   * Per node: keyStart, keyEnd (-1 without a key), valueStart, the end of the value's first
   * line for a mapping or list (a reader needs only that) or its end, and its full end.
   */
  offsets: Int32Array;
  /**
   * The item read again last for a deeper path, by its path key: its text (indented as in
   * the file) and where that text starts in the file's. Only the last is kept: a large
   * inventory's findings would otherwise keep a table for each item they are in.
   */
  items: Map<string, { text: string; shift: number }>;
  /** How deep `index` goes; deeper paths are found by parsing their item again. */
  depth: number;
}

export function pathKey(path: readonly (string | number)[]): string {
  let key = '';
  for (const segment of path) key += SEP + segmentText(segment);
  return key;
}

/** The path keys of `path` and of every path it starts with, the root's included. */
export function pathKeysAlong(path: readonly (string | number)[]): Set<string> {
  const keys = new Set<string>(['']);
  let key = '';
  for (const segment of path) keys.add((key += SEP + segmentText(segment)));
  return keys;
}

/** Collects positions while a file is read, whichever parser reads it. */
export class PositionRecorder {
  /** Paths deeper than this are not recorded (see PositionTable.depth). */
  readonly depthLimit: number;
  private readonly index = new Map<string, number>();
  private readonly lists = new Map<string, number[]>();
  private offsets: Int32Array;
  private count = 0;
  private readonly along: ReadonlySet<string> | undefined;

  /**
   * `everyDepth`: record every node of a large file too. An item read again alone would
   * lose what a `<<` merge key brings in from an anchor elsewhere in the file.
   * `along`: record only the nodes with these path keys (those on the way to one path:
   * what re-reading an item for one finding needs), at any depth.
   */
  constructor(
    private readonly text: string,
    { everyDepth = false, along }: { everyDepth?: boolean; along?: ReadonlySet<string> } = {},
  ) {
    this.along = along;
    this.depthLimit = text.length < SMALL_FILE || everyDepth || along ? Number.POSITIVE_INFINITY : ENTITY_DEPTH;
    // A small text has about one node per 16 characters; a large one records far fewer.
    this.offsets = new Int32Array(STRIDE * (along ? along.size + 1 : Math.max(8, Math.min(text.length, SMALL_FILE) >> 4)));
  }

  /** Whether the node at path key `path` is recorded (and so its children may be). */
  wants(path: string): boolean {
    return this.along === undefined || this.along.has(path);
  }

  /** keyStart and keyEnd are -1 for the root. */
  record(path: string, keyStart: number, keyEnd: number, valueStart: number, valueEnd: number, shape: Shape): void {
    if (this.along !== undefined && !this.along.has(path)) return;
    this.index.set(path, this.add(keyStart, keyEnd, valueStart, valueEnd, shape));
  }

  /** Item `item` of the list at `listPath`: kept by number, without a path key of its own. */
  recordItem(listPath: string, item: number, valueStart: number, valueEnd: number, shape: Shape): void {
    if (this.along !== undefined && !this.along.has(childPath(listPath, item))) return;
    let items = this.lists.get(listPath);
    if (!items) {
      items = [];
      this.lists.set(listPath, items);
    }
    items[item] = this.add(-1, -1, valueStart, valueEnd, shape);
  }

  private add(keyStart: number, keyEnd: number, valueStart: number, valueEnd: number, shape: Shape): number {
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
    return this.count++;
  }

  finish(): PositionTable {
    return {
      index: this.index,
      lists: this.lists,
      offsets: this.offsets.slice(0, this.count * STRIDE),
      items: new Map(),
      depth: this.depthLimit,
    };
  }
}

export function childPath(parent: string, segment: string | number): string {
  return `${parent}${SEP}${segmentText(segment)}`;
}

export function buildPositionTable(doc: Document.Parsed, text: string): PositionTable {
  const recorder = new PositionRecorder(text, { everyDepth: text.includes('<<') });
  const record = (key: string, keyNode: Node | null, valueNode: Node | null) => {
    const value = (valueNode ?? keyNode) as ParsedNode | null;
    const keyRange = (keyNode as ParsedNode | null)?.range;
    const [start, end] = value?.range ?? [0, 0];
    recorder.record(key, keyRange ? keyRange[0] : -1, keyRange ? keyRange[1] : -1, start, end, shapeOf(value));
  };
  const visit = (node: Node | null, path: string, depth: number) => {
    if (depth >= recorder.depthLimit) return;
    if (isMap(node)) {
      for (const { key, keyNode, value } of mapEntries(node, doc)) {
        const child = childPath(path, key);
        record(child, keyNode, value);
        visit(value, child, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const value = item as ParsedNode | null;
        const [start, end] = value?.range ?? [0, 0];
        recorder.recordItem(path, i, start, end, shapeOf(value));
        if (depth + 1 < recorder.depthLimit) visit(value, childPath(path, i), depth + 1);
      });
    }
  };
  if (doc.contents) {
    record('', null, doc.contents);
    visit(doc.contents, '', 0);
  }
  return recorder.finish();
}

export interface MapEntry {
  key: string | number;
  keyNode: Node | null;
  value: Node | null;
}

/**
 * The entries of a mapping as its data has them: its own keys, and those that a `<<` merge
 * key brings in (`<<: *defaults`, `<<: [*a, *b]`, `<<: { ... }`) where it has no key of its
 * own, the first source winning (https://yaml.org/type/merge.html, as yaml implements it).
 * A merged entry's nodes are those of the source, so that its position is where its text
 * was written. Keys that are neither strings nor numbers have no path and are left out.
 */
export function mapEntries(map: YAMLMap, doc: Document | undefined, expanding: Set<YAMLMap> = new Set()): MapEntry[] {
  const own: MapEntry[] = [];
  const merged: MapEntry[] = [];
  expanding.add(map);
  for (const pair of map.items) {
    const keyNode = pair.key as Node | null;
    if (doc && isMergeKey(keyNode, doc)) {
      // A source that merges the mapping it is merged into (through an alias) adds nothing more.
      const sources = mergeSources(pair.value as Node | null, doc).filter((source) => !expanding.has(source));
      merged.push(...sources.flatMap((source) => mapEntries(source, doc, expanding)));
      continue;
    }
    const key = isScalar(keyNode) ? keyNode.value : keyNode;
    if (typeof key === 'string' || typeof key === 'number') own.push({ key, keyNode, value: pair.value as Node | null });
  }
  expanding.delete(map);
  if (merged.length === 0) return own;
  const seen = new Set(own.map((entry) => String(entry.key)));
  const entries = [...own];
  for (const entry of merged) {
    if (seen.has(String(entry.key))) continue;
    seen.add(String(entry.key));
    entries.push(entry);
  }
  return entries;
}

/** A plain `<<` key, in a document read with merge keys on. */
function isMergeKey(key: Node | null, doc: Document): boolean {
  if (!isScalar(key) || (key.type && key.type !== Scalar.PLAIN)) return false;
  const value = key.value;
  return (
    (value === '<<' || (typeof value === 'symbol' && value.description === '<<')) &&
    doc.schema.tags.some((tag) => tag.tag === 'tag:yaml.org,2002:merge' && tag.default)
  );
}

/** The mappings a merge key's value names, aliases resolved; anything else is yaml's to report. */
function mergeSources(value: Node | null, doc: Document): YAMLMap[] {
  const resolve = (node: unknown) => (isAlias(node) ? node.resolve(doc) : node);
  const source = resolve(value);
  const items = isSeq(source) ? source.items.map(resolve) : [source];
  return items.filter((item): item is YAMLMap => isMap(item));
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
  // A flow collection on one line ends before any line break: the search for one stays
  // within the collection, or each node of a long one-line file would scan to its end.
  if (shape === 'flow' && !hasNewline(text, start, end + 1)) return end;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd === -1) lineEnd = text.length;
  if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  return shape === 'flow' ? Math.min(end, lineEnd) : lineEnd;
}

function hasNewline(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
