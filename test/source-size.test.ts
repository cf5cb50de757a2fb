import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from './helpers/run-cli.js';

// Modules with one job (issue 23 point 5): no source file over 400 lines. Generated files
// (the schema's validator, written by scripts/) are not written by hand and are left out.
const MAX_LINES = 400;

test(`no source file is over ${MAX_LINES} lines`, () => {
  const src = path.join(PROJECT_ROOT, 'src');
  const long = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.generated.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .map((file) => ({ file: path.relative(PROJECT_ROOT, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
    .filter(({ lines }) => lines > MAX_LINES);
  assert.deepEqual(long, [], 'split these where their jobs meet');
});
