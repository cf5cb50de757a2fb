// Issue 22.1 in the action: a withheld finding's check-run annotation says that it is withheld
// and what it waits for, as the workflow's annotations do, so that its advice is not followed on
// a value that could not be read; and the withheld list, like the findings, is left out of the
// report-json output when it would pass GitHub's limit.
import assert from 'node:assert/strict';
import { type TestContext, test } from 'node:test';
import { useFakeGitHub } from './helpers/fake-github.js';
import { GitRepo } from './helpers/git-repo.js';
import { action } from './helpers/action-in-process.js';

const INVENTORY = `version: 1
entitlements:
  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 100, end: 2027-12-31 }
licenseServers:
  - { hostname: ls1, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: manual, lastReported: 2026-11-20 } }
allocations:
  # citrix-license-lint-disable-next-line inventory/schema -- the PO number for the auditors
  - { entitlement: uhmc, hostname: ls1, quantity: 900000, po: 4711 }
`;
const fake = useFakeGitHub();

/** The action on a push of `inventory/a.yaml` holding `text`. */
async function push(t: TestContext, text: string, inputs: Record<string, string>) {
  const repo = new GitRepo(t);
  const head = repo.commit('inventory', { 'inventory/a.yaml': text });
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'push',
    sha: head,
    inputs: { 'as-of': '2026-11-28', ...inputs },
  });
  return { run, head };
}

test('the check run annotates a withheld over-allocation as withheld, with the error it waits for', async (t) => {
  const { run, head } = await push(t, INVENTORY, { 'check-run': 'true' });
  assert.equal(run.status, 1, run.stdout);
  const check = fake.server.checkRuns.find((c) => c.head_sha === head)!;
  const annotations = check.annotations as { title: string; message: string }[];
  const annotation = annotations.find((a) => a.title === 'allocation/over-entitlement');
  assert.ok(annotation, JSON.stringify(annotations));
  assert.match(
    annotation.message,
    /^withheld until the inventory\/schema error at inventory\/a\.yaml:8 is fixed: its advice may rest on what could not be read: entitlement `uhmc` \(XDT_PLT_UD\) has 900,000 licenses allocated/,
  );
});

test('1,000 findings withheld by one entitlement without an id: report-json stays within its limit and keeps the counts', async (t) => {
  const allocations = Array.from(
    { length: 1000 },
    (_, i) => `  - { entitlement: uhmc, hostname: ghost${String(i).padStart(4, '0')}, quantity: 1 }`,
  );
  const inventory = [
    'version: 1',
    'entitlements:',
    '  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 100000, end: 2027-12-31 }',
    '  - { product: XDT_PLT_UD, type: subscription, quantity: 1, end: 2027-12-31 }',
    'allocations:',
    ...allocations,
    '',
  ].join('\n');
  const { run } = await push(t, inventory, {});
  assert.equal(run.status, 1, run.stdout);
  const output = run.outputs['report-json']!;
  assert.ok(output.length <= 512 * 1024, `report-json is ${output.length} characters`);
  const report = JSON.parse(output) as { summary: { withheld: number; compliant: boolean }; withheld: unknown[]; truncated?: boolean };
  assert.equal(report.truncated, true);
  assert.equal(report.summary.withheld, 1000);
  assert.equal(report.summary.compliant, false);
});
