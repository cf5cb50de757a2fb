// The linter's own floor: read every inventory file and read it as the linter does (the
// quick reader, yaml's parser for a file it declines), nothing else. bench/run.ts bundles
// this file with esbuild before timing it, so that it starts like dist/cli.js does.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { tryQuickParse } from '../src/load/quick-parse.js';

const folder = process.argv[2]!;
let read = 0;
for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
  const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
  const data = tryQuickParse(text)?.data ?? parseDocument(text).toJS();
  read += data ? 1 : 0;
}
if (read === 0) process.exitCode = 1;
