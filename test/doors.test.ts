// Issue 23.2: the CLI and the action build the compared run with one function, so the same
// base/head pair gives the same report through both doors: findings, comparison and verdict.
// They drifted before: the action linted the base with the head's collected folders and the
// head's commit times.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { action } from './helpers/action-in-process.js';
import { cli } from './helpers/cli-in-process.js';
import { forgedBuildRepo } from './helpers/evidence-repo.js';
import { useFakeGitHub } from './helpers/fake-github.js';
import { GitRepo } from './helpers/git-repo.js';

const INVENTORY = `version: 1
licenseServers:
  - { hostname: ctxls01, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: automatic, lastReported: 2026-11-27 } }
`;
/** A Get-LicenseServerInfo-like export: it states no time of its own, so its commit dates it. */
const INFO = JSON.stringify({ HostName: 'ctxls01', SLVersion: 'v11.17.2.0 build 56200 i86_n3' });
const AS_OF = '2026-11-28';
const fake = useFakeGitHub();

/**
 * The JSON report, the exit status and what each door says of the change to its own checks and
 * to collected evidence, comparing the head with `base`; `paths` named (none: the declared or
 * default inventory).
 */
async function bothDoors(repo: GitRepo, base: string, head: string, paths = ['inventory.yaml']) {
  const byCli = await cli([...paths, '--base', base, '--format', 'json', '--as-of', AS_OF], { cwd: repo.root });
  const byAction = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'push',
    sha: head,
    before: base,
    inputs: { inventory: paths.join(','), 'as-of': AS_OF, 'only-new': 'true', comment: 'false' },
  });
  assert.match(byAction.stdout, /compared with [0-9a-f]{10} \(read through git\)/);
  const weakening = /^(?:::warning::)?citrix-license-lint: (this change modifies (?:its own checks|collected evidence).*)$/gm;
  return {
    cli: {
      status: byCli.status,
      report: JSON.parse(byCli.stdout) as { comparison: { fixed: number }; summary: { files: number } },
      says: [...byCli.stderr.matchAll(weakening)].map((m) => m[1]),
    },
    action: {
      status: byAction.status,
      report: JSON.parse(byAction.outputs['report-json']!) as { comparison: { fixed: number }; summary: { files: number } },
      says: [...byAction.stdout.matchAll(weakening)].map((m) => m[1]),
    },
  };
}

test("an export re-collected since the base: the base's copy is dated by the base's history through both doors", async (t) => {
  const repo = new GitRepo(t);
  const base = repo.commit('inventory', { 'inventory.yaml': INVENTORY, 'collected/ctxls01/info.json': INFO }, '2026-09-20T03:00:00Z');
  const head = repo.commit('collected again', { 'collected/ctxls01/info.json': `${INFO}\n` }, '2026-11-25T03:00:00Z');
  const doors = await bothDoors(repo, base, head);
  assert.equal(doors.cli.report.comparison.fixed, 1, 'the stale export of the base is fixed by the head');
  // Since issue 24 a change to collected evidence is named, with what it silences.
  assert.deepEqual(doors.cli.says, [
    'this change modifies collected evidence (1 finding silenced by it): evidence for `ctxls01` is now dated 2026-11-25, was 2026-09-20: this silences `collected/stale`',
  ]);
  assert.deepEqual(doors.action, doors.cli);
});

test('a base whose configuration puts collected evidence elsewhere: the base is read with its own folders through both doors', async (t) => {
  const repo = new GitRepo(t);
  const base = repo.commit(
    'inventory',
    {
      'inventory.yaml': INVENTORY,
      '.citrix-license-lint.yml': 'collected:\n  folders: [evidence]\n',
      'evidence/ctxls01/info.json': INFO,
      'collected/ctxls01/info.json': INFO.replace('56200', '52100'),
    },
    '2026-09-20T03:00:00Z',
  );
  const head = repo.commit(
    'evidence moves back to collected/',
    { '.citrix-license-lint.yml': null, 'evidence/ctxls01/info.json': null },
    '2026-11-25T03:00:00Z',
  );
  const doors = await bothDoors(repo, base, head);
  assert.deepEqual(doors.cli.says, [
    'this change modifies its own checks: the configuration file changed from .citrix-license-lint.yml to none',
    // The base's evidence was under evidence/, the head's is under collected/ (issue 24 compares folder by folder).
    'this change modifies collected evidence: evidence for `ctxls01` is new; is now dated 2026-09-20; now shows `11.17.2.0 build 52100`, was none; evidence for `ctxls01` is gone',
  ]);
  assert.deepEqual(doors.action, doors.cli);
});

test('a change that switches a rule off: both doors count what it hides as new, and say so', async (t) => {
  const repo = new GitRepo(t);
  const disabled = INVENTORY.replace('{ mode: automatic, lastReported: 2026-11-27 }', '{ mode: disabled }');
  const base = repo.commit('inventory', { 'inventory.yaml': disabled }, '2026-11-20T03:00:00Z');
  const head = repo.commit(
    'quiet',
    { '.citrix-license-lint.yml': 'rules:\n  license-server/telemetry-disabled: off\n' },
    '2026-11-25T03:00:00Z',
  );
  const doors = await bothDoors(repo, base, head);
  assert.equal(doors.cli.status, 1, 'the hidden finding fails the run');
  assert.deepEqual(doors.cli.says, [
    'this change modifies its own checks (1 finding hidden by it): the configuration file changed from none to .citrix-license-lint.yml; rule license-server/telemetry-disabled turned off (was error)',
  ]);
  assert.deepEqual(doors.action, doors.cli);
});

test('a change that narrows the declared inventory: both doors lint what the head declares, and name the change', async (t) => {
  const repo = new GitRepo(t);
  const lab = INVENTORY.replace('ctxls01', 'lab01');
  const base = repo.commit(
    'inventory',
    { '.citrix-license-lint.yml': 'inventory: [inventory.yaml, lab/]\n', 'inventory.yaml': INVENTORY, 'lab/lab.yaml': lab },
    '2026-11-20T03:00:00Z',
  );
  const head = repo.commit('drop lab', { '.citrix-license-lint.yml': 'inventory: [inventory.yaml]\n' }, '2026-11-25T03:00:00Z');
  const doors = await bothDoors(repo, base, head, []);
  assert.equal(doors.cli.report.summary.files, 1, 'the head declares inventory.yaml alone');
  assert.deepEqual(doors.cli.says, [
    'this change modifies its own checks: the declared inventory changed from inventory.yaml, lab to inventory.yaml',
  ]);
  assert.deepEqual(doors.action, doors.cli);
});

test('a change to collected evidence alone: both doors name it and count the findings it silences as new (issue 24)', async (t) => {
  const { repo, base, head } = forgedBuildRepo(t);
  const doors = await bothDoors(repo, base, head);
  assert.equal(doors.cli.status, 1, 'the findings the forged build silences fail the run');
  assert.deepEqual(doors.cli.says, [
    'this change modifies collected evidence (2 findings silenced by it): evidence for `ctxls01` now shows `11.17.2.0 build 56200`, was `11.16.6.0 build 34000`: this silences `license-server/las-version`, `license-server/version-outdated`',
  ]);
  assert.deepEqual(doors.action, doors.cli);
});
