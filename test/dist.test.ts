import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from './helpers/run-cli.js';

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

test('dist/ is exactly what the sources build to (run `npm run build` and commit dist/)', (t) => {
  const fresh = mkdtempSync(path.join(tmpdir(), 'cll-dist-'));
  t.after(() => rmSync(fresh, { recursive: true, force: true }));
  const build = spawnSync(process.execPath, ['scripts/build.mjs', fresh], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  const committed = path.join(PROJECT_ROOT, 'dist');
  assert.deepEqual(filesUnder(committed), filesUnder(fresh));
  for (const name of filesUnder(fresh)) {
    const same = readFileSync(path.join(committed, name)).equals(readFileSync(path.join(fresh, name)));
    assert.ok(same, `dist/${name} differs from a fresh build: run \`npm run build\` and commit dist/`);
  }
});
