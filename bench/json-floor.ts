// The JSON floor of the benchmark: a Node process that reads the inventory converted to JSON
// (bench/run.ts writes the copy once, outside the timing) and JSON.parses every file, nothing
// else. What no YAML linter can beat: the lint's ratio to it is the benchmark's headline.
// Bundled alone by bench/run.ts (no imports beyond Node's), so it starts like `node -e 0`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const folder = process.argv[2]!;
let read = 0;
for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
  read += JSON.parse(readFileSync(path.join(entry.parentPath, entry.name), 'utf8')) ? 1 : 0;
}
if (read === 0) process.exitCode = 1;
