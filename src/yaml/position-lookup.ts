import { isPair, isMap, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { buildPositionTable, ENTITY_DEPTH, mapEntries, pathKey, pathKeysAlong, STRIDE, type PositionTable } from './positions.js';
import { quickPositions } from './quick-scanner.js';

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
    const found = nodeAt(table, path, length);
    if (found === undefined) continue;
    const base = found * STRIDE;
    if (onKey && length === path.length && table.offsets[base]! >= 0) return { start: table.offsets[base]!, end: table.offsets[base + 1]! };
    return { start: table.offsets[base + 2]!, end: table.offsets[base + 3]! };
  }
  return undefined;
}

/** The number of the node at the first `length` segments of `path`, if recorded. */
function nodeAt(table: PositionTable, path: readonly (string | number)[], length: number): number | undefined {
  const last = length > 0 ? path[length - 1]! : undefined;
  const index = typeof last === 'number' ? last : last !== undefined && /^\d+$/.test(last) ? Number(last) : undefined;
  if (index !== undefined) {
    const item = table.lists.get(pathKey(path.slice(0, length - 1)))?.[index];
    if (item !== undefined) return item;
  }
  // Also a mapping's key that reads like a number ("0": ...).
  return table.index.get(pathKey(path.slice(0, length)));
}

function lookupInItem(table: PositionTable, text: string, path: readonly (string | number)[], onKey: boolean): Located | undefined {
  const itemKey = pathKey(path.slice(0, ENTITY_DEPTH));
  let item = table.items.get(itemKey);
  if (!item) {
    const found = nodeAt(table, path, ENTITY_DEPTH);
    if (found === undefined) return undefined;
    const start = table.offsets[found * STRIDE + 2]!;
    const end = table.offsets[found * STRIDE + 4]!;
    // The item's own text, indented as in the file so that its block structure reads. Only
    // a block item needs that; a flow one can start anywhere on a line as long as a whole
    // one-line file, and padding or scanning back to its line start costs that much per item.
    const column = blockColumn(text, start);
    const itemText = column > 0 ? ' '.repeat(column) + text.slice(start, end) : text.slice(start, end);
    item = { text: itemText, shift: start - column };
    table.items.clear();
    table.items.set(itemKey, item);
  }
  const rest = path.slice(ENTITY_DEPTH);
  const positions =
    quickPositions(item.text, pathKeysAlong(rest)) ??
    buildPositionTable(parseDocument(item.text, { prettyErrors: false, merge: true }), item.text);
  const found = lookup(positions, item.text, rest, onKey);
  return found && { start: found.start + item.shift, end: found.end + item.shift };
}

/**
 * The column of a node that starts at `start`, if only indentation and block indicators
 * come before it on its line (where a block collection can start); 0 otherwise. The scan
 * back stops at the first other character.
 */
function blockColumn(text: string, start: number): number {
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return start - i - 1;
    // Space, `-`, `?`, `:`: indentation and the indicators of enclosing block entries.
    if (c !== 32 && c !== 45 && c !== 63 && c !== 58) return 0;
  }
  return start;
}

/** One step down a Document; `doc` resolves the aliases of `<<` merge keys. */
export function stepInto(
  node: Node | null,
  segment: string | number,
  doc?: Document,
): { key: Node | null; value: Node | null } | undefined {
  if (isMap(node)) {
    for (const { key, keyNode, value } of mapEntries(node, doc)) {
      if (key === segment || (typeof segment === 'number' && key === String(segment))) {
        // `key:` with nothing after it: the key is the only place to point at.
        return { key: keyNode, value: value ?? keyNode };
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
