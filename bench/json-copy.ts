// The inventory as JSON, for the JSON floor (bench/json-floor.ts): each YAML file read with
// yaml and written next to the same relative path as .json. Done once per size, not timed.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export function writeJsonCopy(folder: string, into: string): number {
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const from = path.join(entry.parentPath, entry.name);
    const to = path.join(into, path.relative(folder, from)).replace(/\.ya?ml$/, '.json');
    mkdirSync(path.dirname(to), { recursive: true });
    const json = JSON.stringify(parse(readFileSync(from, 'utf8')));
    writeFileSync(to, json);
    bytes += Buffer.byteLength(json);
  }
  return bytes;
}
