import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectorJson } from './helpers/collected.js';
import { useFakeGitHub } from './helpers/fake-github.js';
import { GitRepo } from './helpers/git-repo.js';
import { action } from './helpers/action-in-process.js';

// The license position on GitHub (issue 25): the pull request comment and the job summary
// show the rows a change moves; the scheduled run's tracking issue shows the table.

const INVENTORY = `version: 1
entitlements:
  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 1000, end: 2027-12-31 }
  - { id: ent, product: XDT_ENT_UD, type: subscription, quantity: 200, end: 2027-12-31 }
allocations:
  - { entitlement: uhmc, hostname: ctxls01, quantity: 1000 }
  - { entitlement: ent, hostname: ctxls01, quantity: 200 }
licenseServers:
  - { hostname: ctxls01, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: manual, lastReported: 2026-11-20 } }
`;

const evidence = (pltInUse: number) =>
  collectorJson('ctxls01', [
    { edition: 'PLT', model: 'UD', installed: 1100, overdraft: 100, inUse: pltInUse },
    { edition: 'ENT', model: 'UD', installed: 220, overdraft: 20, inUse: 150 },
  ]);

const inputs = { 'as-of': '2026-11-28', 'fail-on': 'never' };
const fake = useFakeGitHub();

test('pull request: the comment and the job summary show the rows the change moves, before → after, and only those', async (t) => {
  const repo = new GitRepo(t);
  const base = repo.commit('base', { 'inventory.yaml': INVENTORY, 'collected/ctxls01/ctxls01.inventory.json': evidence(900) });
  const head = repo.commit('more licenses, more use', {
    'inventory.yaml': INVENTORY.replace('quantity: 1000, end', 'quantity: 1100, end').replace(
      'hostname: ctxls01, quantity: 1000',
      'hostname: ctxls01, quantity: 1100',
    ),
    'collected/ctxls01/ctxls01.inventory.json': evidence(1050),
  });
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 91,
    baseSha: base,
    sha: head,
    inputs,
  });
  assert.equal(run.status, 0, run.stdout);
  const comment = fake.server.comments.find((c) => c.issue === 91)!.body;
  for (const [name, body] of [
    ['comment', comment],
    ['job summary', run.summary],
  ]) {
    assert.match(body!, /### What this change does to the license position \(as of 2026-11-28\)/, name);
    assert.match(
      body!,
      /\n\| `XDT_PLT_UD` \| 1,000 → 1,100 \| 1,000 → 1,100 \| 1,000 \| 100 \| 900 → 1,050 \| _unknown_ \| `ctxls01` 1,000 \/ 1,050 in use \|\n/,
      name,
    );
    assert.doesNotMatch(body!, /\| `XDT_ENT_UD` \|/, `${name}: a row the change does not move is left out`);
  }
});

test('pull request: a change that moves no row of the position adds no position section', async (t) => {
  const repo = new GitRepo(t);
  const base = repo.commit('base', { 'inventory.yaml': INVENTORY, 'collected/ctxls01/ctxls01.inventory.json': evidence(900) });
  const head = repo.commit('a comment', { 'inventory.yaml': `# owner: licensing\n${INVENTORY}` });
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 92,
    baseSha: base,
    sha: head,
    inputs,
  });
  assert.equal(run.status, 0, run.stdout);
  assert.doesNotMatch(fake.server.comments.find((c) => c.issue === 92)!.body, /license position/);
  assert.doesNotMatch(run.summary, /license position/);
});

test('scheduled run: the tracking issue shows the whole position table', async (t) => {
  fake.server.issues.length = 0;
  const repo = new GitRepo(t);
  // 1,150 in use of 1,000 installed and bought: overdraft in use, so the issue opens.
  repo.commit('base', { 'inventory.yaml': INVENTORY, 'collected/ctxls01/ctxls01.inventory.json': evidence(1150) });
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'schedule',
    inputs: { 'as-of': '2026-11-28', 'tracking-issue': 'true', comment: 'false' },
  });
  assert.equal(run.status, 1, run.stdout);
  const body = fake.server.issues.at(-1)!.body;
  assert.match(body, /licenses\/overdraft-in-use/);
  assert.match(
    body,
    /### License position as of 2026-11-28\n\n\| Product \| Bought \| Allocated \| Installed \| Overdraft \| In use \| Peak in use \| Hosts \|/,
  );
  assert.match(body, /\n\| `XDT_ENT_UD` \| 200 \| 200 \| 200 \| 20 \| 150 \| _unknown_ \| `ctxls01` 200 \/ 150 in use \|\n/);
  assert.match(body, /\n\| `XDT_PLT_UD` \| 1,000 \| 1,000 \| 1,000 \| 100 \| 1,150 \| _unknown_ \| `ctxls01` 1,000 \/ 1,150 in use \|\n/);
});
