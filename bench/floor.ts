// The floors of the benchmark: a Node process that reads every inventory file and parses
// it, nothing else. `yaml` parses with yaml's parseDocument, the usual way to keep
// positions; `own` reads as the linter does (its quick reader, yaml's parser for a file it
// declines). bench/run.ts bundles this file with esbuild, as dist/ is built, before timing.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { tryQuickParse } from '../src/yaml/quick-scanner.js';

const [mode, folder] = process.argv.slice(2);
const parse: (text: string) => unknown =
  mode === 'own'
    ? (text) => tryQuickParse(text)?.data ?? parseDocument(text).toJS()
    : (text) => parseDocument(text, { lineCounter: new LineCounter() }).contents;
let read = 0;
for (const entry of readdirSync(folder!, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
  read += parse(readFileSync(path.join(entry.parentPath, entry.name), 'utf8')) ? 1 : 0;
}
if (read === 0) process.exitCode = 1;
