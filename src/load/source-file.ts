import { LineCounter, type Document, type Node, type ParsedNode } from 'yaml';
import type { Path, SourceRange } from '../model/location.js';
import { lookup, stepInto } from './position-lookup.js';
import { shapeOf, shownEnd, type PositionTable } from './position-table.js';

/**
 * One parsed inventory file. The Document is dropped once the file is loaded; the
 * position table then answers where a path is.
 */
export interface SourceFile {
  file: string;
  text: string;
  lineCounter: LineCounter;
  doc: Document.Parsed | undefined;
  positions?: PositionTable;
}

export function rangeAt(source: Pick<SourceFile, 'file' | 'lineCounter'>, start: number, end: number): SourceRange {
  const from = source.lineCounter.linePos(start);
  const to = source.lineCounter.linePos(Math.max(end, start));
  return { file: source.file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/**
 * Turns a path inside the document into a 1-based range. A path that does not exist
 * (a missing key) falls back to the nearest node that does, so every finding has a line.
 * `onKey` points at the key of the last segment instead of its value (unknown keys).
 */
export function locate(source: SourceFile, path: Path, onKey = false): SourceRange {
  if (source.positions) {
    const found = lookup(source.positions, source.text, path, onKey);
    return found ? rangeAt(source, found.start, found.end) : rangeAt(source, 0, 0);
  }
  const doc = source.doc;
  if (!doc || !doc.contents) return rangeAt(source, 0, 0);
  let node: Node | null = doc.contents;
  let keyNode: Node | null = null;
  let complete = true;
  for (const segment of path) {
    const next = stepInto(node, segment, doc);
    if (!next) {
      complete = false;
      break;
    }
    node = next.value;
    keyNode = next.key;
  }
  // The key of a path that stops short is not the key asked for: show the value reached.
  const target = onKey && complete && keyNode ? keyNode : node ?? keyNode;
  return rangeOf(source, target as ParsedNode | null);
}

function rangeOf(source: SourceFile, node: ParsedNode | null): SourceRange {
  if (!node || !node.range) return rangeAt(source, 0, 0);
  const [start, valueEnd] = node.range;
  return rangeAt(source, start, shownEnd(source.text, start, valueEnd, shapeOf(node)));
}
