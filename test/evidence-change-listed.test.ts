// Issue 24 point 1: "A pull request's changes to evidence are listed … and only-new counts
// findings that evidence changes silence as introduced." Every change to what the rules read,
// not only the aspects the listing names (version, counts, in use, the peak, the upload).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli } from './helpers/cli-in-process.js';
import { collectorJson, serverInventory } from './helpers/evidence-repo.js';
import { GitRepo } from './helpers/git-repo.js';

const AS_OF = '2026-11-28';

const INVENTORY = `${serverInventory('11.17.2.0 build 56200', '{ mode: manual, lastReported: 2026-11-20 }')}entitlements:
  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 1500, end: 2027-12-31 }
allocations:
  - { entitlement: uhmc, hostname: ctxls01, quantity: 1200 }
`;

/** A Licensing Manager Historical Use export whose peak (1,262 on 11/21) is above `installed` without overdraft. */
const history = (installed: number) =>
  ['Date,Product,Edition,Model,CSS Date,Installed,Overdraft,In Use']
    .concat(
      [1190, 1262, 1241, 1180].map((inUse, i) => `11/${20 + i}/2026,XDT,PLT,UD,All,${installed},120,${inUse}`),
      '',
    )
    .join('\n');

test('--base: a usage history whose installed counts the change raised is listed, and the overdraft finding it silences counts as introduced', async (t) => {
  const repo = new GitRepo(t);
  const base = repo.commit(
    'base',
    { 'inventory.yaml': INVENTORY, 'collected/ctxls01/historical-use.csv': history(1320) },
    '2026-11-27T04:00:00Z',
  );
  // The same days, the same use, the same peak: only the installed count of every day is higher.
  repo.commit('only the installed counts', { 'collected/ctxls01/historical-use.csv': history(1420) }, '2026-11-27T05:00:00Z');
  const head = await cli(['inventory.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: repo.root });
  assert.deepEqual((JSON.parse(head.stdout) as { findings: unknown[] }).findings, [], 'the head alone is clean');
  const run = await cli(['inventory.yaml', '--as-of', AS_OF, '--base', base], { cwd: repo.root });
  assert.equal(run.status, 1, `before: exit 0 ("fixes 1"), nothing listed\n${run.stdout}${run.stderr}`);
  assert.equal(
    run.stderr,
    'citrix-license-lint: this change modifies collected evidence (1 finding silenced by it): evidence for `ctxls01` now shows another usage history for `XDT_PLT_UD` (4 of 4 days differ): this silences `licenses/overdraft-in-use`\n',
  );
});

test('--base: evidence that changes in what no listed aspect names is still listed, and what it silences counts as introduced', async (t) => {
  const repo = new GitRepo(t);
  // The collection script shows build 34000 (the inventory says 56200). A NetScaler export
  // beside it, dated earlier, changes neither the newest version nor the collection day, but
  // the folder's exports no longer agree on what the host is: the collected build is not applied.
  const base = repo.commit(
    'base',
    { 'inventory.yaml': INVENTORY, 'collected/ctxls01/collected.json': collectorJson({ slVersion: 'v11.16.6.0 build 34000 i86_n3' }) },
    '2026-11-27T04:00:00Z',
  );
  repo.commit(
    'a NetScaler export beside it',
    {
      'collected/ctxls01/nsversion.json': JSON.stringify({
        errorcode: 0,
        nsversion: { version: 'NetScaler NS14.1: Build 25.53.nc, Date: Jun 4 2024' },
      }),
    },
    '2026-11-27T02:00:00Z',
  );
  const run = await cli(['inventory.yaml', '--as-of', AS_OF, '--base', base], { cwd: repo.root });
  assert.equal(run.status, 1, `before: exit 0 ("fixes 3"), nothing listed\n${run.stdout}${run.stderr}`);
  assert.match(
    run.stderr,
    /^citrix-license-lint: this change modifies collected evidence \(3 findings silenced by it\): evidence for `ctxls01` shows other exports than before, in what the rules read from them: this silences `collected\/version-differs`, `license-server\/las-version`, `license-server\/version-outdated`\n$/,
  );
});

test('--base: evidence that can no longer be read shows no count, not 0 installed; a pool the new export leaves out shows 0', async (t) => {
  const repo = new GitRepo(t);
  const pools = (...products: string[]) =>
    collectorJson({
      pools: products.map((edition) => ({
        product: 'XDT',
        edition,
        model: 'UD',
        type: 'RetailS',
        installed: 1320,
        overdraft: 120,
        inUse: 900,
      })),
    });
  const base = repo.commit(
    'base',
    { 'inventory.yaml': INVENTORY, 'collected/ctxls01/collected.json': pools('PLT', 'ENT') },
    '2026-11-27T04:00:00Z',
  );
  repo.commit('one pool fewer', { 'collected/ctxls01/collected.json': pools('PLT') }, '2026-11-27T05:00:00Z');
  const fewer = await cli(['inventory.yaml', '--as-of', AS_OF, '--base', base], { cwd: repo.root });
  assert.match(fewer.stderr, /now shows 0 `XDT_ENT_UD` installed, was 1200;/);
  repo.commit('unreadable', { 'collected/ctxls01/collected.json': '{"pools":[null]' }, '2026-11-27T06:00:00Z');
  const run = await cli(['inventory.yaml', '--as-of', AS_OF, '--base', base], { cwd: repo.root });
  // Before: "now shows 0 `XDT_PLT_UD` installed, was 1200": the file says nothing, not 0.
  assert.match(
    run.stderr,
    /now shows no count of `XDT_ENT_UD` installed, was 1200; now shows no count of `XDT_PLT_UD` installed, was 1200;/,
  );
});
