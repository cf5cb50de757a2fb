// Issue 22 point 2, as an editor or a reviewer of one file meets it: a file named inside its
// inventory shows everything that bears on its verdict, also a finding another file holds
// when the named file's entries are part of what the rule concluded from (an over-allocation
// located at the entitlement, a duplicate found at the second entry), and a finding withheld
// by the named file's own error wherever it is located.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli } from './helpers/cli-in-process.js';
import { tempRepo } from './helpers/temp-repo.js';

const AS_OF = ['--as-of', '2026-11-28'];
/** A license server with nothing to report about it. */
const SERVER = (host: string) =>
  `{ hostname: ${host}, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: manual, lastReported: 2026-11-27 } }`;
/** All 100 licenses of `uhmc` allocated to ls1. */
const ROOT_INVENTORY = [
  'version: 1',
  'entitlements: [{ id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 100, end: 2027-12-31 }]',
  `licenseServers: [${SERVER('ls1')}]`,
  'allocations:',
  '  - { entitlement: uhmc, hostname: ls1, quantity: 100 }',
  '',
].join('\n');
const labInventory = (allocation: string) => `version: 1
licenseServers:
  - ${SERVER('lab1')}
allocations:
  - ${allocation}
`;

interface Report {
  summary: { errors: number; withheld: number; files: number; filesRead: number };
  findings: { ruleId: string; file: string }[];
  withheld: { ruleId: string; file: string; waitsFor: { ruleId: string; file: string } }[];
}

const json = async (args: string[], cwd: string) => {
  const run = await cli([...args, '-f', 'json', ...AS_OF], { cwd });
  return { status: run.status, report: JSON.parse(run.stdout) as Report };
};

test('the lab file of a declared inventory over-allocates the root entitlement: naming it shows the over-allocation (was "No problems", exit 0)', async (t) => {
  const root = tempRepo(t, {
    '.citrix-license-lint.yml': 'inventory: [inventory.yaml, lab/]\n',
    'inventory.yaml': ROOT_INVENTORY,
    'lab/lab-inventory.yaml': labInventory('{ entitlement: uhmc, hostname: lab1, quantity: 50 }'),
  });
  const run = await cli(['lab/lab-inventory.yaml', ...AS_OF], { cwd: root });
  assert.equal(run.status, 1, run.stdout);
  assert.match(run.stdout, /inventory\.yaml:2:\d+ +error +entitlement `uhmc` \(XDT_PLT_UD\) has 150 licenses allocated/);
  assert.match(run.stdout, /in 2 files as of 2026-11-28/);
  // A finding of the other file that the lab file takes no part in stays out.
  const within = await cli(['lab/lab-inventory.yaml', ...AS_OF], {
    cwd: tempRepo(t, {
      '.citrix-license-lint.yml': 'inventory: [inventory.yaml, lab/]\n',
      'inventory.yaml': ROOT_INVENTORY.replace('quantity: 100 }\n', 'quantity: 200 }\n'),
      'lab/lab-inventory.yaml': labInventory('{ entitlement: other, hostname: lab1, quantity: 5 }').replace(
        'version: 1\n',
        'version: 1\nentitlements:\n  - { id: other, product: XDT_PLT_UD, type: subscription, quantity: 5, end: 2027-12-31 }\n',
      ),
    }),
  });
  assert.equal(within.status, 0, within.stdout);
  assert.match(within.stdout, /^No problems in 1 file \(2 read with its inventory\)/m);
});

test('a server entered in a.yaml that b.yaml already lists: naming a.yaml shows the duplicate found at b.yaml', async (t) => {
  const root = tempRepo(t, {
    'inventory/a.yaml': `version: 1\nlicenseServers:\n  - ${SERVER('ls1')}\n`,
    'inventory/b.yaml': `version: 1\nlicenseServers:\n  - ${SERVER('LS1')}\n`,
  });
  const { status, report } = await json(['inventory/a.yaml'], root);
  assert.equal(status, 1);
  assert.deepEqual(
    report.findings.map((f) => `${f.ruleId}@${f.file}`),
    ['inventory/duplicate@inventory/b.yaml'],
  );
});

test("a finding withheld by the named file's own error is listed with it, wherever it is located", async (t) => {
  const root = tempRepo(t, {
    '.citrix-license-lint.yml': 'inventory: [inventory.yaml, lab/]\n',
    'inventory.yaml': ROOT_INVENTORY.replace('quantity: 100 }\n', 'quantity: 10 }\n'),
    'lab/lab-inventory.yaml': labInventory('{ entitlement: uhmc, hostname: lab1, quantity: 90000, po: 4711 }'),
  });
  const { status, report } = await json(['lab/lab-inventory.yaml'], root);
  assert.equal(status, 1);
  assert.deepEqual(
    report.withheld.map((f) => [f.ruleId, f.file, f.waitsFor.ruleId, f.waitsFor.file]),
    [['allocation/over-entitlement', 'inventory.yaml', 'inventory/schema', 'lab/lab-inventory.yaml']],
  );
  assert.equal(report.summary.withheld, 1);
});
