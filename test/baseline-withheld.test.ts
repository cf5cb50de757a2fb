// Issue 22.1 through --write-baseline: a finding withheld while an error lasts is a finding
// all the same. A baseline written then accepts it, so that fixing the error does not turn an
// accepted finding into a new one that fails the run.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cli } from './helpers/cli-in-process.js';
import { tempRepo } from './helpers/temp-repo.js';

const AS_OF = ['--as-of', '2026-11-28'];
const inventory = (allocation: string) =>
  [
    'version: 1',
    'entitlements:',
    '  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 100, end: 2027-12-31 }',
    'licenseServers:',
    '  - { hostname: ls1, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: manual, lastReported: 2026-11-20 } }',
    'allocations:',
    `  - ${allocation}`,
    '',
  ].join('\n');

test('a baseline written while an over-allocation is withheld records it: fixing the error leaves it accepted', async (t) => {
  const root = tempRepo(t, { 'inventory/a.yaml': inventory('{ entitlement: uhmc, hostname: ls1, quantity: 150, po: 4711 }') });
  const write = await cli(['--write-baseline', 'baseline.json', ...AS_OF], { cwd: root });
  assert.equal(write.status, 0, write.stderr);
  assert.match(write.stderr, /recorded 2 findings in baseline\.json/);
  const recorded = JSON.parse(readFileSync(path.join(root, 'baseline.json'), 'utf8')) as { findings: { ruleId: string }[] };
  assert.deepEqual(recorded.findings.map((f) => f.ruleId).sort(), ['allocation/over-entitlement', 'inventory/schema']);
  // The unknown key removed: the schema error is fixed, the over-allocation is the one accepted.
  writeFileSync(path.join(root, 'inventory/a.yaml'), inventory('{ entitlement: uhmc, hostname: ls1, quantity: 150 }'));
  const run = await cli(['--baseline', 'baseline.json', ...AS_OF], { cwd: root });
  assert.equal(run.status, 0, run.stdout);
  assert.match(run.stdout, /^Compared with baseline\.json: introduces 0 findings, fixes 1, 1 unchanged\.$/m);
  assert.match(run.stderr, /1 baseline entry no longer matches a finding/);
});
