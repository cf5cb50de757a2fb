// Issue 22.3: every decision reads the finding's data, never its message: the comparison's
// "worsened", the order of urgency, and Markdown's code spans.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Finding } from '../src/model/finding.js';
import { byUrgency } from '../src/reporters/urgency.js';
import { cli } from './helpers/cli-in-process.js';
import { GitRepo } from './helpers/git-repo.js';
import { tempRepo } from './helpers/temp-repo.js';

/** An inventory whose one entitlement `id` has `allocated` licenses allocated, 1,500 bought. */
const overAllocated = (id: string, allocated: number) =>
  [
    'version: 1',
    'entitlements:',
    `  - { id: ${id}, product: XDT_PLT_UD, type: subscription, quantity: 1500, end: 2027-12-31 }`,
    'licenseServers:',
    '  - { hostname: ls1, environment: production, state: active, version: 11.17.2.0 build 56200, telemetry: { mode: manual, lastReported: 2026-11-20 } }',
    'allocations:',
    `  - { entitlement: ${id}, hostname: ls1, quantity: ${allocated} }`,
    '',
  ].join('\n');

for (const id of ['po-4500012345', 'po-45']) {
  test(`an over-allocation of ${id} growing from 1,850 to 2,600 is new to the change, whatever digits its id holds`, async (t) => {
    const repo = new GitRepo(t);
    const base = repo.commit('base', { 'inventory.yaml': overAllocated(id, 1850) });
    repo.write({ 'inventory.yaml': overAllocated(id, 2600) });
    const run = await cli(['inventory.yaml', '--format', 'json', '--as-of', '2026-11-28', '--base', base], { cwd: repo.root });
    const report = JSON.parse(run.stdout) as { comparison: { introduced: number; fixed: number; unchanged: number } };
    assert.deepEqual(report.comparison, { ...report.comparison, introduced: 1, fixed: 1, unchanged: 0 });
    assert.equal(run.status, 1, 'a change that makes an over-allocation worse fails --base');
  });
}

test('a baseline records what a finding measured: the same over-allocation grown is not accepted', async (t) => {
  const root = tempRepo(t, { 'inventory.yaml': overAllocated('po-4500012345', 1850) });
  assert.equal((await cli(['inventory.yaml', '--as-of', '2026-11-28', '--write-baseline', 'baseline.json'], { cwd: root })).status, 0);
  assert.equal((await cli(['inventory.yaml', '--as-of', '2026-11-28', '--baseline', 'baseline.json'], { cwd: root })).status, 0);
  writeFileSync(`${root}/inventory.yaml`, overAllocated('po-4500012345', 2600));
  const run = await cli(['inventory.yaml', '--as-of', '2026-11-28', '--baseline', 'baseline.json'], { cwd: root });
  assert.equal(run.status, 1, run.stdout);
  assert.match(run.stdout, /new {2}entitlement `po-4500012345` \(XDT_PLT_UD\) has 2,600 licenses allocated/);
});

const warning = (message: string, due?: string): Finding => ({
  ruleId: 'deadlines/upcoming',
  severity: 'warning',
  messageId: 'upcoming',
  message,
  data: { subjects: [], advice: [], values: {}, ...(due ? { due } : {}) },
  file: '/repo/inventory.yaml',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  fingerprint: message,
});

test('urgency orders warnings by the date they fall due (data), not by the dates their words quote', () => {
  // The first quotes an early date that is not when it falls due; the second falls due first.
  const quotesEarly = warning('collected 2026-12-01; the release line ends on 2027-06-30', '2027-06-30');
  const dueFirst = warning('something quoted on 2027-01-15 falls due', '2026-12-20');
  const undated = warning('a date in words only, 2026-11-30');
  const result = { asOf: '2026-11-28', files: [], findings: [], withheld: [], unread: [], deadlines: [], inventory: undefined };
  assert.deepEqual(
    byUrgency(result, [undated, quotesEarly, dueFirst]).map((f) => f.message),
    [dueFirst.message, quotesEarly.message, undated.message],
  );
});

test('Markdown quotes a value with a backtick as one code span, from the template, and the rest stays prose', async (t) => {
  const root = tempRepo(t, {
    'inventory.yaml': [
      'version: 1',
      'entitlements:',
      '  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 10, end: 2027-12-31 }',
      'allocations:',
      '  - { entitlement: "po`1", hostname: ls1, quantity: 10 }',
      '',
    ].join('\n'),
  });
  const run = await cli(['inventory.yaml', '--format', 'markdown', '--as-of', '2026-11-28'], { cwd: root });
  assert.match(
    run.stdout,
    /\| the allocation of 10 licenses to `ls1` names entitlement ``po`1``, which is not in the inventory: add the entitlement, or fix the id \|/,
  );
});
