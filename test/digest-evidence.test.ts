// Issue 25: "does the position agree with installed-exceeds-purchased … and the change
// digest?" For a server on the License Activation Service the installed count is what its
// collected evidence shows; the digest of a pull request counts it as the rule and the
// position do, instead of license files alone ("nothing … installed count changed", ✅).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useFakeGitHub } from './helpers/fake-github.js';
import { collectorJson, serverInventory } from './helpers/evidence-repo.js';
import { GitRepo } from './helpers/git-repo.js';
import { runBuiltAction } from './helpers/run-action.js';

const fake = useFakeGitHub();

const INVENTORY = `${serverInventory('11.17.2.0 build 56200', '{ mode: manual, lastReported: 2026-11-20 }')}entitlements:
  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 1500, end: 2027-12-31 }
allocations:
  - { entitlement: uhmc, hostname: ctxls01, quantity: 1500 }
`;

const pools = (installed: number) =>
  collectorJson({ pools: [{ product: 'XDT', edition: 'PLT', model: 'UD', type: 'RetailS', installed, overdraft: 0, inUse: 900 }] });

test('pull request: the digest counts a LAS server installed licenses from its evidence, as licenses/installed-exceeds-purchased and the position do', async (t) => {
  const repo = new GitRepo(t);
  const base = repo.commit(
    'base',
    { 'inventory.yaml': INVENTORY, 'collected/ctxls01/collected.json': pools(1200) },
    '2026-11-27T04:00:00Z',
  );
  const head = repo.commit('more activated', { 'collected/ctxls01/collected.json': pools(1600) }, '2026-11-27T05:00:00Z');
  const run = await runBuiltAction({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 25,
    baseSha: base,
    sha: head,
    inputs: { 'as-of': '2026-11-28', comment: 'true' },
  });
  assert.equal(run.status, 1, run.stdout);
  const comment = fake.server.comments.find((c) => c.issue === 25)!.body;
  assert.match(comment, /XDT_PLT_UD: 1,600 licenses installed \(ctxls01: 1,600\) but 1,500 purchased/);
  // Before: "Nothing that licensing depends on: no host, allocation, entitlement or installed count changed."
  const digest = comment.slice(comment.indexOf('### What this change does to licensing'));
  assert.match(digest, /\| `XDT_PLT_UD` \| 1,200 → 1,600 \| 1,500 → 1,500 \| ❌ over \|/);
});
