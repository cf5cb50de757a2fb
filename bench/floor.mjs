// The floor of the benchmark: read every inventory file and run yaml's parseDocument on
// it, nothing else. Whatever the linter does beyond this is its own cost.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

const folder = process.argv[2];
let nodes = 0;
for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
  const text = readFileSync(path.join(entry.parentPath ?? entry.path, entry.name), 'utf8');
  const doc = parseDocument(text, { lineCounter: new LineCounter() });
  nodes += doc.contents ? 1 : 0;
}
if (nodes === 0) process.exitCode = 1;
