// Issue 22 point 2: the inventory is what the user names, or what the configuration declares
// (`inventory:`), or the documented default (`inventory/`, `inventory.yaml`); never inferred
// from the files that lie next to a named one.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { diskFileSystem } from '../src/io/file-system.js';
import { cli } from './helpers/cli-in-process.js';
import { useFakeGitHub } from './helpers/fake-github.js';
import { GitRepo } from './helpers/git-repo.js';
import { action } from './helpers/action-in-process.js';
import { tempRepo } from './helpers/temp-repo.js';

const AS_OF = ['--as-of', '2026-11-28'];
const SERVER = (host: string) =>
  `{ hostname: ${host}, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: manual, lastReported: 2026-11-27 } }`;
/** 100 licenses bought, all of them allocated to ls1. */
const ROOT_INVENTORY = `version: 1
entitlements:
  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 100, end: 2027-12-31 }
licenseServers:
  - ${SERVER('ls1')}
allocations:
  - { entitlement: uhmc, hostname: ls1, quantity: 100 }
`;
/** 50 more from the root's entitlement: over-allocated together, an unknown reference alone. */
const LAB_INVENTORY = `version: 1
licenseServers:
  - ${SERVER('lab1')}
allocations:
  - { entitlement: uhmc, hostname: lab1, quantity: 50 }
`;

test('a file next to inventory.yaml is linted on its own, and says so: its unknown reference shows (was "No problems in 1 file")', async (t) => {
  const root = tempRepo(t, { 'inventory.yaml': ROOT_INVENTORY, 'lab/lab-inventory.yaml': LAB_INVENTORY });
  const lab = await cli(['lab/lab-inventory.yaml', ...AS_OF], { cwd: root });
  assert.equal(lab.status, 1, lab.stdout);
  assert.match(
    lab.stdout,
    /lab\/lab-inventory\.yaml:5:\d+ +error +.*names entitlement `uhmc`, which is not in the inventory.*inventory\/reference/,
  );
  assert.match(lab.stdout, /^lab\/lab-inventory\.yaml: linted on its own, as named: it is in no declared or default inventory/m);
  assert.match(lab.stdout, /1 problem \(1 error, 0 warnings\) in 1 file as of 2026-11-28/);
  const json = JSON.parse((await cli(['lab/lab-inventory.yaml', '-f', 'json', ...AS_OF], { cwd: root })).stdout);
  assert.deepEqual(json.alone, ['lab/lab-inventory.yaml']);
  // The default inventory is inventory.yaml alone: the lab file is no part of it.
  const whole = await cli(AS_OF, { cwd: root });
  assert.equal(whole.status, 0, whole.stdout);
  assert.match(whole.stdout, /^No problems in 1 file as of/m);
});

test('a file of a declared inventory is linted with all of it; the summary says how many files were read', async (t) => {
  const root = tempRepo(t, {
    '.citrix-license-lint.yml': 'inventory: [inventory.yaml, lab/]\n',
    'inventory.yaml': ROOT_INVENTORY,
    'lab/lab-inventory.yaml': LAB_INVENTORY,
  });
  const lab = await cli(['lab/lab-inventory.yaml', ...AS_OF], { cwd: root });
  assert.doesNotMatch(lab.stdout, /inventory\/reference|linted on its own/, 'the entitlement is found in the declared inventory');
  // The lab's allocation takes part in the root's over-allocation: it shows (named-file-verdict.test.ts).
  assert.match(lab.stdout, /in 2 files as of 2026-11-28/);
  const json = JSON.parse((await cli(['lab/lab-inventory.yaml', '-f', 'json', ...AS_OF], { cwd: root })).stdout);
  assert.equal(json.summary.files, 2);
  assert.equal(json.summary.filesRead, undefined, 'every file read is shown: filesRead is only said when it differs');
  // With no path named, the declared inventory is linted: the over-allocation shows.
  const whole = await cli(AS_OF, { cwd: root });
  assert.equal(whole.status, 1);
  assert.match(whole.stdout, /inventory\.yaml:3:\d+ +error +entitlement `uhmc` \(XDT_PLT_UD\) has 150 licenses allocated/);
  assert.match(whole.stdout, /in 2 files as of/);
  // And from a sub-folder, as git finds its files.
  const below = await cli(AS_OF, { cwd: path.join(root, 'lab') });
  assert.equal(below.status, 1);
  assert.match(below.stdout, /has 150 licenses allocated/);
});

test('a notes.yaml with a syntax error beside inventory.yaml is not read: the default inventory is inventory.yaml', async (t) => {
  const broken = ROOT_INVENTORY.replace(
    'quantity: 100 }\n',
    'quantity: 100 }\n  - { entitlement: uhmc, hostname: ghost01, quantity: 5 }\n',
  );
  const root = tempRepo(t, { 'inventory.yaml': broken, 'notes.yaml': 'allocations:\n  - [see the wiki\n' });
  const run = await cli(AS_OF, { cwd: root });
  assert.equal(run.status, 1, run.stdout);
  assert.match(run.stdout, /allocation\/orphaned-hostname/);
  assert.doesNotMatch(run.stdout, /notes\.yaml/);
  assert.match(run.stdout, /in 1 file as of/);
});

const fake = useFakeGitHub();

/** The action on pull request `number` from `base` to `head`, with the default inventory input. */
const pullRequest = (repo: GitRepo, pullNumber: number, baseSha: string, sha: string) =>
  action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber,
    baseSha,
    sha,
    inputs: { 'as-of': '2026-11-28' },
  });

test('action: a notes.yaml with a syntax error added beside inventory.yaml leaves the check red and fixes nothing', async (t) => {
  const repo = new GitRepo(t);
  const orphaned = ROOT_INVENTORY.replace(
    'quantity: 100 }\n',
    'quantity: 60 }\n  - { entitlement: uhmc, hostname: ghost01, quantity: 40 }\n',
  );
  const base = repo.commit('base', { 'inventory.yaml': orphaned });
  const head = repo.commit('notes', { 'notes.yaml': 'licenseServers:\n  - { hostname: [see the wiki\n' });
  const run = await pullRequest(repo, 220, base, head);
  assert.equal(run.status, 1, run.stdout);
  assert.equal(run.outputs.compliant, 'false');
  const comment = fake.server.comments.find((c) => c.issue === 220)!.body;
  assert.match(comment, /introduces 0 findings, fixes 0, 1 unchanged/);
  assert.doesNotMatch(comment, /Fixed by this change/);
});

test('action: a change that narrows the declared inventory is named as a change to its own checks', async (t) => {
  const repo = new GitRepo(t);
  const base = repo.commit('base', {
    '.citrix-license-lint.yml': 'inventory: [inventory.yaml, lab/]\n',
    'inventory.yaml': ROOT_INVENTORY,
    'lab/lab-inventory.yaml': LAB_INVENTORY,
  });
  const head = repo.commit('drop lab', { '.citrix-license-lint.yml': 'inventory: [inventory.yaml]\n' });
  const run = await pullRequest(repo, 221, base, head);
  assert.match(
    run.stdout,
    /this change modifies its own checks.*the declared inventory changed from inventory\.yaml, lab to inventory\.yaml/,
  );
  const comment = fake.server.comments.find((c) => c.issue === 221)!.body;
  assert.match(comment, /This change modifies its own checks/);
  assert.match(comment, /the declared inventory changed from inventory\.yaml, lab to inventory\.yaml/);
});

/** Counts what the loader reads through the FileSystem, per file name. */
function countReads(t: import('node:test').TestContext): Map<string, number> {
  const reads = new Map<string, number>();
  const readFile = diskFileSystem.readFile;
  t.mock.method(diskFileSystem, 'readFile', (file: string, limit?: number) => {
    reads.set(path.basename(file), (reads.get(path.basename(file)) ?? 0) + 1);
    return readFile(file, limit);
  });
  return reads;
}

const bigInventory = (entries: number) =>
  `version: 1\nallocations:\n${Array.from({ length: entries }, (_, i) => `  - { entitlement: e${i}, hostname: h${i}, quantity: 1 }\n`).join('')}`;

test('an empty file beside a 100,000-entry YAML file: only the empty file is read, and the summary says 1 file', async (t) => {
  const root = tempRepo(t, { 'big.yaml': bigInventory(100_000), 'new.yaml': '' });
  const reads = countReads(t);
  const run = await cli(['new.yaml', ...AS_OF], { cwd: root });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /new\.yaml:1:1 +error +the inventory file is empty/);
  assert.match(run.stdout, /in 1 file as of/);
  assert.equal(reads.get('big.yaml'), undefined, 'big.yaml is not read');
  assert.equal(reads.get('new.yaml'), 1);
});

test('declared, the folder is read whole once, and the summary counts what was read and what is shown', async (t) => {
  const root = tempRepo(t, { '.citrix-license-lint.yml': 'inventory: .\n', 'big.yaml': bigInventory(10), 'new.yaml': '' });
  const reads = countReads(t);
  const run = await cli(['new.yaml', ...AS_OF], { cwd: root });
  assert.match(run.stdout, /in 1 file \(2 read with its inventory\) as of/);
  assert.equal(reads.get('big.yaml'), 1);
  assert.equal(reads.get('new.yaml'), 1);
});

test('a file of the default inventory/ shows its own findings and the syntax and schema errors of the files that can withhold them', async (t) => {
  const root = tempRepo(t, {
    'inventory/entitlements.yaml':
      'version: 1\nentitlements:\n  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 10, end: 2027-12-31 }\n',
    'inventory/servers.yaml': `version: 1\nlicenseServers:\n  - ${SERVER('ls1')}\n  - ${SERVER('ls2').replace('state: active', 'stat: active')}\n`,
    'inventory/allocations.yaml':
      'version: 1\nallocations:\n  - { entitlement: uhmc, hostname: ls1, quantity: 5 }\n  - { entitlement: uhmc, hostname: gone01, quantity: 1 }\n',
    'inventory/notes.yaml': 'version: 1\nallocations:\n  - [oops\n',
  });
  const run = JSON.parse((await cli(['inventory/allocations.yaml', '-f', 'json', ...AS_OF], { cwd: root })).stdout);
  const shown = run.findings.map((f: { ruleId: string; file: string }) => `${f.ruleId}@${f.file}`);
  assert.ok(shown.includes('inventory/yaml-syntax@inventory/notes.yaml'), shown.join());
  assert.ok(shown.includes('inventory/schema@inventory/servers.yaml'), shown.join());
  assert.ok(!shown.some((s: string) => s.endsWith('@inventory/entitlements.yaml')), shown.join());
  assert.ok(!shown.includes('inventory/reference@inventory/allocations.yaml'), 'uhmc is found in a sibling file');
  assert.equal(run.summary.filesRead, 4);
  assert.equal(run.summary.files, 3, 'the named file and the two whose errors show');
  // A sub-folder of the default inventory is read with the rest of it too.
  const folder = await cli(['inventory', ...AS_OF], { cwd: root });
  assert.match(folder.stdout, /in 4 files as of/);
});

test('an editor piping an unsaved file of inventory/ (--stdin-filename) gets it linted with the inventory', async (t) => {
  const root = tempRepo(t, {
    'inventory/entitlements.yaml':
      'version: 1\nentitlements:\n  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 10, end: 2027-12-31 }\n',
  });
  const text = `version: 1\nlicenseServers:\n  - ${SERVER('ls1')}\nallocations:\n  - { entitlement: uhmc, hostname: ls1, quantity: 20 }\n`;
  const run = await cli(['-', '--stdin-filename', 'inventory/new.yaml', ...AS_OF], { cwd: root, stdin: text });
  assert.doesNotMatch(run.stdout, /inventory\/reference/);
  // Its 20 allocated of the 10 bought: the over-allocation, located at the entitlement, shows.
  assert.match(run.stdout, /inventory\/entitlements\.yaml:3:\d+ +error +entitlement `uhmc` \(XDT_PLT_UD\) has 20 licenses allocated/);
  assert.match(run.stdout, /in 2 files as of/);
});

test('a file of the default inventory and a file outside it, named together: each judged as its own inventory', async (t) => {
  const root = tempRepo(t, {
    'inventory/entitlements.yaml':
      'version: 1\nentitlements:\n  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 100, end: 2027-12-31 }\n',
    'inventory/servers.yaml': `version: 1\nlicenseServers:\n  - ${SERVER('ls1')}\nallocations:\n  - { entitlement: uhmc, hostname: ls1, quantity: 100 }\n`,
    'lab/lab-inventory.yaml': LAB_INVENTORY,
  });
  const run = await cli(['inventory/servers.yaml', 'lab/lab-inventory.yaml', ...AS_OF], { cwd: root });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /lab\/lab-inventory\.yaml:5:\d+ +error +.*names entitlement `uhmc`, which is not in the inventory/);
  assert.doesNotMatch(run.stdout, /over-entitlement|inventory\/servers\.yaml:\d/, 'the lab allocation is not counted against inventory/');
  assert.match(run.stdout, /^lab\/lab-inventory\.yaml: linted on its own/m);
  assert.match(run.stdout, /in 2 files \(3 read with their inventory\)/);
});

test('--base with one file of inventory/ named: the base is read with the same inventory, so nothing reads as fixed', async (t) => {
  const repo = new GitRepo(t);
  const allocations = 'version: 1\nallocations:\n  - { entitlement: uhmc, hostname: ls1, quantity: 20 }\n';
  repo.commit('base', {
    'inventory/entitlements.yaml':
      'version: 1\nentitlements:\n  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 10, end: 2027-12-31 }\n',
    'inventory/servers.yaml': `version: 1\nlicenseServers:\n  - ${SERVER('ls1')}\n`,
    'inventory/allocations.yaml': allocations,
  });
  repo.commit('comment', { 'inventory/allocations.yaml': `# Owner: licensing\n${allocations}` });
  const run = JSON.parse(
    (await cli(['inventory/allocations.yaml', '--base', 'HEAD~1', '-f', 'json', ...AS_OF], { cwd: repo.root })).stdout,
  );
  assert.deepEqual(
    { introduced: run.comparison.introduced, fixed: run.comparison.fixed, unchanged: run.comparison.unchanged },
    // The over-allocation (20 of 10) that the named allocations take part in, unchanged.
    { introduced: 0, fixed: 0, unchanged: 1 },
  );
});

test('inventory: in the configuration is checked: a path that does not exist, or leaves the repository, stops the run at its line', async (t) => {
  const missing = tempRepo(t, {
    '.citrix-license-lint.yml': 'asOf: 2026-11-28\ninventory:\n  - inventory.yaml\n  - lab/\n',
    'inventory.yaml': ROOT_INVENTORY,
  });
  const run = await cli([], { cwd: missing });
  assert.equal(run.status, 2);
  assert.match(
    run.stderr,
    /\.citrix-license-lint\.yml:4:5: `inventory` names lab\/, which does not exist here: correct the path, or remove it/,
  );
  const outside = tempRepo(t, { '.citrix-license-lint.yml': 'inventory: ../elsewhere\n', 'inventory.yaml': ROOT_INVENTORY });
  const refused = await cli([], { cwd: outside });
  assert.equal(refused.status, 2);
  assert.match(
    refused.stderr,
    /\.citrix-license-lint\.yml:1:12: `inventory` must be a path, or a list of paths, relative to the configuration file|must be a path inside the repository/,
  );
});

test('--print-config says which inventory is linted and where that comes from', async (t) => {
  const root = tempRepo(t, {
    '.citrix-license-lint.yml': 'inventory: [inventory.yaml, lab/]\n',
    'inventory.yaml': ROOT_INVENTORY,
    'lab/x.yaml': LAB_INVENTORY,
  });
  const declared = JSON.parse((await cli(['--print-config', '--format', 'json'], { cwd: root })).stdout);
  assert.deepEqual(declared.settings[0], { key: 'inventory', value: ['inventory.yaml', 'lab'], source: '.citrix-license-lint.yml' });
  const fallback = tempRepo(t, { 'inventory/a.yaml': ROOT_INVENTORY });
  const byDefault = JSON.parse((await cli(['--print-config', '--format', 'json'], { cwd: fallback })).stdout);
  assert.deepEqual(byDefault.settings[0], {
    key: 'inventory',
    value: ['inventory'],
    source: 'default (inventory/ or inventory.yaml, here or above)',
  });
});

/**
 * The cheapest of two runs, in ms of this process's CPU time, after a warm-up run (JIT,
 * caches): test files run side by side, and wall time would count the other files' work.
 */
async function fastest(run: () => Promise<unknown>): Promise<number> {
  await run();
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const start = process.cpuUsage();
    await run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e3);
  }
  return best;
}

test('naming every file of inventory/ (as editors and pre-commit may) costs about what the folder costs, at n and 10n files', async (t) => {
  for (const n of [100, 1_000]) {
    const names = Array.from({ length: n }, (_, i) => `inventory/s${String(i).padStart(5, '0')}.yaml`);
    const root = tempRepo(
      t,
      Object.fromEntries(
        names.map((name, i) => [name, `version: 1\nallocations:\n  - { entitlement: e${i}, hostname: h${i}, quantity: 1 }\n`]),
      ),
    );
    const lint = (args: string[]) => () => cli([...args, '-f', 'json', ...AS_OF], { cwd: root });
    const folder = await fastest(lint(['inventory']));
    const named = await fastest(lint(names));
    // No absolute time: the same inventory, named file by file, may cost a few times the folder, never n times.
    const ratio = named / Math.max(folder, 1);
    assert.ok(ratio < 4, `${n} files named took ${ratio.toFixed(1)}x the folder (${folder.toFixed(0)} → ${named.toFixed(0)} ms)`);
  }
});
