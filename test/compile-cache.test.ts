import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { CLI, PROJECT_ROOT } from './helpers/run-cli.js';

// Start-up: both entries of the bundle turn on Node's module compile cache before loading
// the rest (Node 22.1+, GitHub's runners; Node 20 has none). Smoke tests of the built
// bundle, as a user runs it: run `npm run build` first.

const ACTION = path.join(PROJECT_ROOT, 'dist', 'index.js');

/** A preload that stands in for module.enableCompileCache and says on stderr when it is called. */
const SPY = `data:text/javascript,${encodeURIComponent(
  "import m from 'node:module'; m.enableCompileCache = () => { process.stderr.write('[compile cache requested]\\n'); return { status: 0 }; };",
)}`;

function run(entry: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', SPY, entry, ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

test('the CLI asks for the compile cache before it runs, and runs', () => {
  const result = run(CLI, ['examples/contoso']);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /^\[compile cache requested\]\n/);
  assert.match(result.stdout, /No problems in 4 files/);
});

test('the action asks for the compile cache before it runs', () => {
  // Without GitHub's environment the action stops with its own message: it ran.
  const result = run(ACTION, []);
  assert.match(result.stderr, /^\[compile cache requested\]\n/);
  assert.doesNotMatch(result.stderr, /internal error|at .*\.js:\d+/);
});

test('where Node has a compile cache, a run leaves the bundle compiled in it', (t) => {
  if (typeof (module as { enableCompileCache?: unknown }).enableCompileCache !== 'function') {
    t.skip(`Node ${process.version} has no module compile cache (22.1 and later have)`);
    return;
  }
  const cache = mkdtempSync(path.join(tmpdir(), 'cll-compile-cache-'));
  t.after(() => rmSync(cache, { recursive: true, force: true }));
  const result = spawnSync(process.execPath, [CLI, 'examples/contoso'], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_COMPILE_CACHE: cache },
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  const cached = readdirSync(cache, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  assert.ok(cached.length >= 3, `cache files: ${cached.length}`);
});
