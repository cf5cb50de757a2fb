import assert from 'node:assert/strict';
import { LineCounter, parseDocument } from 'yaml';
import { quickParse } from '../../src/yaml/quick-scanner.js';
import { buildPositionTable, STRIDE, type PositionTable } from '../../src/yaml/positions.js';
import { lookup } from '../../src/yaml/position-lookup.js';
import { locate, type SourceFile } from '../../src/yaml/read-yaml.js';

// The oracle for the quick reader: for a text it accepts, yaml (the package) must give no
// error or warning, the same data, the same line starts and the same positions, both the
// raw table (every recorded node: key, value, shown end and full end) and what a finding
// at any path, present or absent, is located at.

export type Path = (string | number)[];

export function allPaths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value))
    value.forEach((item, i) => {
      allPaths(item, [...prefix, i], out);
    });
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) allPaths(item, [...prefix, key], out);
  return out;
}

/** Every recorded node of a table by its path key (list items as `list#n`), with its offsets. */
function tableEntries(table: PositionTable): Map<string, number[]> {
  const entries = new Map<string, number[]>();
  const offsets = (node: number) => Array.from(table.offsets.subarray(node * STRIDE, node * STRIDE + STRIDE));
  for (const [key, node] of table.index) entries.set(JSON.stringify(key), offsets(node));
  for (const [key, items] of table.lists)
    items.forEach((node, i) => {
      entries.set(`${JSON.stringify(key)}#${i}`, offsets(node));
    });
  return entries;
}

/** Fails with the first difference from yaml; returns whether the quick reader took the text. */
export function agreesWithYaml(text: string): boolean {
  const quick = quickParse(text);
  if (!quick) return false;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false });
  assert.deepEqual(
    [...doc.errors, ...doc.warnings].map((e) => e.code),
    [],
    `accepted text that yaml rejects:\n${text}`,
  );
  const data = doc.toJS();
  assert.deepStrictEqual(quick.data, data, `different data for:\n${text}`);
  assert.deepEqual(quick.lineCounter.lineStarts, lineCounter.lineStarts, 'different line starts');
  const table = buildPositionTable(doc, text);
  assert.deepEqual(tableEntries(quick.positions), tableEntries(table), `different position tables for:\n${text}`);
  const walked: SourceFile = { file: 'f', text, lineCounter, doc };
  const tabled: SourceFile = { file: 'f', text, lineCounter: quick.lineCounter, doc: undefined, positions: quick.positions };
  for (const where of allPaths(data)) {
    for (const onKey of [false, true]) {
      const message = `position of ${JSON.stringify(where)} (key: ${onKey}) in:\n${text}`;
      assert.deepEqual(lookup(quick.positions, text, where, onKey), lookup(table, text, where, onKey), message);
      assert.deepEqual(locate(tabled, where, onKey), locate(walked, where, onKey), message);
      assert.deepEqual(
        locate(tabled, [...where, 'absent'], onKey),
        locate(walked, [...where, 'absent'], onKey),
        `absent child: ${message}`,
      );
    }
  }
  return true;
}
