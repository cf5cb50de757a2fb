import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useFakeGitHub } from './helpers/fake-github.js';
import { GitRepo } from './helpers/git-repo.js';
import { action } from './helpers/action-in-process.js';
import { tempRepo } from './helpers/temp-repo.js';

const BASE = `version: 1
entitlements:
  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 100, end: 2027-12-31 }
licenseServers:
  - { hostname: ls1, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: automatic, lastReported: 2026-11-27 } }
  - { hostname: ls-old, environment: test, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: disabled } }
allocations:
  - { entitlement: uhmc, hostname: ls-old, quantity: 40 }
  - { entitlement: uhmc, hostname: ls1, quantity: 60 }
`;
const inputs = { 'as-of': '2026-11-28', 'only-new': 'true' };
const fake = useFakeGitHub();

test('only-new: a change that touches nothing compliance-relevant passes on a base with violations', async (t) => {
  const repo = new GitRepo(t);
  const base = repo.commit('base', { 'inventory/a.yaml': BASE });
  const head = repo.commit('comment only', { 'inventory/a.yaml': `# Owner: licensing team\n${BASE}` });
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 51,
    baseSha: base,
    sha: head,
    inputs,
  });
  assert.equal(run.status, 0, run.stdout);
  assert.equal(run.outputs.errors, '1', 'the old violation is still counted in the outputs');
  const comment = fake.server.comments.find((c) => c.issue === 51)!.body;
  assert.match(comment, /This change \*\*introduces 0 findings, fixes 0, 1 unchanged\*\*/);
  assert.match(comment, /Nothing that licensing depends on/);
});

test('only-new: a change that adds a violation fails, and the comment says what it does to licensing', async (t) => {
  const repo = new GitRepo(t);
  const base = repo.commit('base', { 'inventory/a.yaml': BASE });
  const changed = BASE.replace(
    'state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: disabled }',
    'state: decommissioned',
  ).replace(
    '  - { entitlement: uhmc, hostname: ls-old, quantity: 40 }\n',
    '  - { entitlement: uhmc, hostname: ls-old, quantity: 40 }\n  - { entitlement: uhmc, hostname: ls2, quantity: 5 }\n',
  );
  const head = repo.commit('retire ls-old', { 'inventory/a.yaml': changed });
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 52,
    baseSha: base,
    sha: head,
    inputs,
  });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /^::error::citrix-license-lint: fails: this change introduces 3 errors \(fail-on: error\)$/m);
  const comment = fake.server.comments.find((c) => c.issue === 52)!.body;
  assert.match(comment, /introduces 3 findings, fixes 1, 0 unchanged/);
  assert.match(comment, /- decommissioned `ls-old`: its allocations must be returned/);
  assert.match(comment, /- allocated 5 of `uhmc` to `ls2`/);
  // New findings are annotated first.
  assert.match(run.stdout.split('\n').find((l) => l.startsWith('::error title='))!, /allocation\/orphaned-hostname|over-entitlement/);
});

test('a shallow clone without the base commit: the base is read through the API', async (t) => {
  const workspace = tempRepo(t, { 'inventory/a.yaml': BASE.replace('hostname: ls-old, quantity: 40', 'hostname: ls-gone, quantity: 40') });
  const baseSha = 'c'.repeat(40);
  fake.server.commits.set(baseSha, { 'inventory/a.yaml': BASE, 'README.md': 'x' });
  const run = await action({ workspace, apiUrl: fake.server.url, event: 'pull_request', pullNumber: 53, baseSha, inputs });
  assert.match(run.stdout, /compared with cccccccccc \(read through contents API\): introduces 1 finding, fixes 0, 1 unchanged/);
  assert.equal(run.status, 1);
  assert.match(fake.server.comments.find((c) => c.issue === 53)!.body, /- moved 40 of `uhmc` from `ls-old` to `ls-gone`/);
});

test("push: the summary carries this commit's compliance point, compared with the previous push", async (t) => {
  const repo = new GitRepo(t);
  const before = repo.commit('base', { 'inventory/a.yaml': BASE });
  const head = repo.commit('fix the test server', {
    'inventory/a.yaml': BASE.replace('telemetry: { mode: disabled }', 'telemetry: { mode: manual, lastReported: 2026-11-20 }'),
  });
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'push',
    sha: head,
    before,
    inputs: { 'as-of': '2026-11-28', comment: 'false' },
  });
  assert.equal(run.status, 0, run.stdout);
  assert.match(
    run.summary,
    /\*\*Compliance point\*\* 2026-11-28, commit `[0-9a-f]{10}`: 0 errors, 0 warnings; since `[0-9a-f]{10}`: introduces 0 findings, fixes 1, 0 unchanged\./,
  );
});

test('only-new: findings that go into hiding behind a suppressed error do not pass, and the comment lists them withheld', async (t) => {
  const repo = new GitRepo(t);
  const base = repo.commit('base', { 'inventory/a.yaml': BASE });
  // The allocation raised past what was bought carries a key the schema does not know, suppressed.
  const hidden = BASE.replace(
    '  - { entitlement: uhmc, hostname: ls1, quantity: 60 }\n',
    '  # citrix-license-lint-disable-next-line inventory/schema -- the PO number for the auditors\n  - { entitlement: uhmc, hostname: ls1, quantity: 900000, po: 4711 }\n',
  );
  const head = repo.commit('raise ls1', { 'inventory/a.yaml': hidden });
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 54,
    baseSha: base,
    sha: head,
    inputs,
  });
  assert.equal(run.status, 1, run.stdout);
  assert.equal(run.outputs.compliant, 'false');
  const comment = fake.server.comments.find((c) => c.issue === 54)!.body;
  assert.match(comment, /^## ❌ citrix-license-lint: fails: this change introduces 1 error$/m);
  assert.match(comment, /introduces 1 finding, fixes 0, 1 unchanged \(1 withheld, not fixed: it waits for the error it rests on\)/);
  assert.match(comment, /### Withheld until the errors they wait for are fixed \(1\)/);
  assert.match(
    comment,
    /\| 🆕 entitlement `uhmc` \(XDT_PLT_UD\) has 900,040 licenses allocated .* \| `inventory\/schema` at `inventory\/a\.yaml:\d+` \|/,
  );
});
