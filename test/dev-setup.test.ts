// Issue 26.8: a contributor's `npm ci && npm test` on any supported Node is clean.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import semver from 'semver';
import { PROJECT_ROOT } from './helpers/run-cli.js';

const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { engines: { node: string }; scripts: Record<string, string> };

test('npm ci gives no EBADENGINE: every locked package accepts this Node (CI runs each of 20, 22 and 24)', () => {
  const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string; engines?: { node?: string } }> };
  const refusing = Object.entries(lock.packages)
    .filter(([, entry]) => typeof entry.engines?.node === 'string' && !semver.satisfies(process.version, entry.engines.node))
    .map(([name, entry]) => `${name}@${entry.version} wants node ${entry.engines!.node}`);
  assert.deepEqual(refusing, [], `npm ci on ${process.version} warns EBADENGINE`);
  assert.ok(semver.satisfies(process.version, pkg.engines.node), 'this Node is one the package supports');
});

test('the style check fails on a warning, not only on an error', () => {
  assert.match(pkg.scripts['lint:style']!, /^biome check --error-on-warnings$/);
  assert.match(pkg.scripts.test!, /npm run lint:style/);
});

test('.ci/run says it is CI, so that the pre-commit test fails there instead of skipping', () => {
  const script = read('.ci/run');
  const exported = script.indexOf('export CI=true');
  assert.ok(exported >= 0, '.ci/run exports CI=true');
  assert.ok(exported < script.indexOf('npm test'), 'before the tests run');
});
