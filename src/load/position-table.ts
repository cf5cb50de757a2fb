import { isMap, isScalar, isSeq, type Document, type Node, type ParsedNode } from 'yaml';

/** Separates path segments in table keys; it cannot occur in a YAML key we look up. */
const SEP = '\u0000';

/**
 * The positions of every node of a parsed document, kept after the Document itself is
 * dropped: a parsed Document costs several times the memory of this table (43 MB against
 * 13 MB for everything else on a 2.9 MB inventory), and findings only need positions.
 */
export interface PositionTable {
  /** Path key → index of the node's four offsets in `offsets`. */
  index: Map<string, number>;
  /** keyStart, keyEnd, valueStart, valueEnd per node (-1 where there is no key). */
  offsets: Int32Array;
}

export function pathKey(path: readonly (string | number)[]): string {
  return path.join(SEP);
}

export function buildPositionTable(doc: Document.Parsed, text: string): PositionTable {
  const index = new Map<string, number>();
  let offsets = new Int32Array(1024);
  let count = 0;
  const record = (key: string, keyNode: Node | null, valueNode: Node | null) => {
    if (count * 4 + 4 > offsets.length) {
      const grown = new Int32Array(offsets.length * 2);
      grown.set(offsets);
      offsets = grown;
    }
    const value = (valueNode ?? keyNode) as ParsedNode | null;
    const keyRange = (keyNode as ParsedNode | null)?.range;
    const [start, end] = value?.range ?? [0, 0];
    const base = count * 4;
    offsets[base] = keyRange ? keyRange[0] : -1;
    offsets[base + 1] = keyRange ? keyRange[1] : -1;
    offsets[base + 2] = start;
    // A whole mapping spans many lines; its first line is what a reader needs to see.
    offsets[base + 3] = isMap(value) || isSeq(value) ? firstLineEnd(text, start, end) : end;
    index.set(key, count++);
  };
  const visit = (node: Node | null, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const keyValue = isScalar(keyNode) ? keyNode.value : keyNode;
        if (typeof keyValue !== 'string' && typeof keyValue !== 'number') continue;
        const childPath = path === '' ? String(keyValue) : `${path}${SEP}${keyValue}`;
        record(childPath, keyNode, pair.value as Node | null);
        visit(pair.value as Node | null, childPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const childPath = path === '' ? String(i) : `${path}${SEP}${i}`;
        record(childPath, null, item as Node | null);
        visit(item as Node | null, childPath);
      });
    }
  };
  if (doc.contents) {
    record('', null, doc.contents);
    visit(doc.contents, '');
  }
  return { index, offsets: offsets.subarray(0, count * 4) };
}

function firstLineEnd(text: string, start: number, end: number): number {
  const lineEnd = text.indexOf('\n', start);
  return Math.min(end, lineEnd === -1 ? end : lineEnd);
}

/** Offsets of the deepest recorded node on `path`: [start, end] of its key or value. */
export function lookup(table: PositionTable, path: readonly (string | number)[], onKey: boolean): [number, number] | undefined {
  for (let length = path.length; length >= 0; length--) {
    const found = table.index.get(pathKey(path.slice(0, length)));
    if (found === undefined) continue;
    const base = found * 4;
    if (onKey && length === path.length && table.offsets[base]! >= 0) return [table.offsets[base]!, table.offsets[base + 1]!];
    return [table.offsets[base + 2]!, table.offsets[base + 3]!];
  }
  return undefined;
}
