// Issue 24, at lint time: collected/<host>/ evidence is written by whoever writes the pull
// request. Real git repositories (forged committer dates), real links, the CLI in-process.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import { cli } from './helpers/cli-in-process.js';
import { bundleName, collectorJson, forgedBuildRepo, serverInventory } from './helpers/evidence-repo.js';
import { GitRepo } from './helpers/git-repo.js';
import { assertNothingLeaks, HostileRepo } from './helpers/hostile-repo.js';

const AS_OF = '2026-11-28';

interface Report {
  summary: { errors: number; warnings: number; telemetryUnverified: number };
  findings: {
    ruleId: string;
    messageId: string;
    message: string;
    file: string;
    severity: string;
    data: { subjects: string[]; values: Record<string, string | number> };
  }[];
}

async function lintJson(repo: { root: string }, ...more: string[]): Promise<{ status: number | null; report: Report; stderr: string }> {
  const run = await cli(['inventory.yaml', '--as-of', AS_OF, '--format', 'json', ...more], { cwd: repo.root });
  assert.equal(run.stderr.includes('internal error'), false, run.stderr);
  return { status: run.status, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

const rules = (report: Report) => report.findings.map((f) => f.ruleId).sort();

test('a collection time, an upload bundle, an upload manifest or a commit dated after the as-of day is a finding naming the file and the date, never current evidence', async (t) => {
  const repo = new GitRepo(t);
  repo.commit('inventory', { 'inventory.yaml': serverInventory() }, '2026-11-01T09:00:00Z');
  // The pull request: the collection time and the bundle moved to 2099.
  repo.commit(
    'forged',
    {
      'collected/ctxls01/collected.json': collectorJson({
        collectedAt: '2099-12-31T03:00:00Z',
        lastUploadBundle: bundleName('2099-12-31T02:00:00Z'),
      }),
    },
    '2026-11-27T04:00:00Z',
  );
  let run = await lintJson(repo);
  assert.equal(run.status, 1, 'before: exit 0, compliant');
  assert.deepEqual(rules(run.report), ['collected/future-dated']);
  assert.match(
    run.report.findings[0]!.message,
    /^collected\/ctxls01\/collected\.json is dated 2099-12-31 \(as the export states\), after 2026-11-28, the day this run judges: evidence from the future is not judged/,
  );
  assert.equal(run.report.findings[0]!.file, 'collected/ctxls01/collected.json');
  assert.equal(run.report.summary.telemetryUnverified, 1, 'the forged upload verifies nothing');

  // A current collection that states an upload from the future: the upload is set aside.
  repo.commit(
    'upload from the future',
    { 'collected/ctxls01/collected.json': collectorJson({ lastUploadBundle: bundleName('2099-12-31T02:00:00Z') }) },
    '2026-11-27T04:00:00Z',
  );
  run = await lintJson(repo);
  assert.equal(run.status, 1, 'before: exit 0');
  assert.deepEqual(rules(run.report), ['collected/future-dated']);
  assert.match(
    run.report.findings[0]!.message,
    /states that `ctxls01` last uploaded telemetry on 2099-12-31 \(lastUploadBundle\), after 2026-11-28/,
  );

  // An undated export takes its commit's time, which the author sets.
  const manifest = JSON.stringify({ UTCDate: '2026-11-26T02:05:11Z', Product: 'LicenseServerCompliance', UploadType: 'Auto' });
  repo.commit(
    'dated by the commit',
    { 'collected/ctxls01/collected.json': null, 'collected/ctxls01/manifest.json': manifest },
    '2099-12-31T03:00:00Z',
  );
  run = await lintJson(repo);
  assert.equal(run.status, 1, 'before: exit 0');
  assert.deepEqual(rules(run.report), ['collected/future-dated']);
  assert.match(run.report.findings[0]!.message, /manifest\.json is dated 2099-12-31 \(by the commit that last changed it\)/);

  // The manifest's own upload time, in the XML spelling.
  const xml = '<Manifest><UTCDate>2099-12-31T02:05:11Z</UTCDate><Product>LicenseServerCompliance</Product></Manifest>';
  repo.commit('xml manifest', { 'collected/ctxls01/manifest.json': null, 'collected/ctxls01/manifest.xml': xml }, '2026-11-27T04:00:00Z');
  run = await lintJson(repo);
  assert.equal(run.status, 1, 'before: exit 0');
  assert.match(run.report.findings[0]!.message, /manifest\.xml states that `ctxls01` last uploaded telemetry on 2099-12-31 \(UTCDate\)/);

  // The as-of day itself is not the future.
  repo.commit('on the day', { 'collected/ctxls01/manifest.xml': xml.replace('2099-12-31', '2026-11-28') }, '2026-11-28T23:00:00Z');
  run = await lintJson(repo);
  assert.equal(run.status, 0, JSON.stringify(run.report.findings));
  assert.equal(run.report.summary.telemetryUnverified, 0);
});

test('a collection dated in the future is reported even while its host cannot be read as written: nothing in the inventory can undo it', async (t) => {
  const repo = new GitRepo(t);
  repo.commit(
    'forged, and a misspelt key in the host',
    {
      'inventory.yaml': serverInventory().replace('    state: active\n', '    state: active\n    stat: active\n'),
      'collected/ctxls01/collected.json': collectorJson({ collectedAt: '2099-12-31T03:00:00Z' }),
    },
    '2026-11-27T04:00:00Z',
  );
  const run = await cli(['inventory.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: repo.root });
  const report = JSON.parse(run.stdout) as Report & { withheld: { ruleId: string }[] };
  assert.deepEqual(rules(report), ['collected/future-dated', 'inventory/schema']);
  assert.deepEqual(
    report.withheld.map((f) => f.ruleId),
    [],
    'collected/future-dated declares meta.evidenceOnly: it waits for no inventory error',
  );
});

test('a forged slVersion dated in the future removes no version finding', async (t) => {
  const repo = new GitRepo(t);
  repo.commit(
    'evidence',
    {
      'inventory.yaml': serverInventory('11.16.6.0 build 34000'),
      'collected/ctxls01/collected.json': collectorJson({ collectedAt: '2099-12-31T03:00:00Z' }),
    },
    '2026-11-27T04:00:00Z',
  );
  const { report } = await lintJson(repo);
  // Before: only a collected/version-differs warning, which fail-on: error ignores.
  assert.deepEqual(rules(report), ['collected/future-dated', 'license-server/las-version', 'license-server/version-outdated']);
});

test('--base: evidence the change rewrote is listed with what it silences, and the silenced findings count as introduced', async (t) => {
  // Current dates, a different build: nothing in the inventory changed.
  const { repo, base } = forgedBuildRepo(t);
  const run = await cli(['inventory.yaml', '--as-of', AS_OF, '--base', base], { cwd: repo.root });
  assert.equal(run.status, 1, `before: exit 0 ("fixes 2")\n${run.stdout}${run.stderr}`);
  assert.match(
    run.stderr,
    /^citrix-license-lint: this change modifies collected evidence \(2 findings silenced by it\): evidence for `ctxls01` now shows `11\.17\.2\.0 build 56200`, was `11\.16\.6\.0 build 34000`: this silences `license-server\/las-version`, `license-server\/version-outdated`\n$/,
  );
  // The same evidence in base and head: nothing listed, nothing counted.
  const same = await cli(['inventory.yaml', '--as-of', AS_OF, '--base', 'HEAD'], { cwd: repo.root });
  assert.equal(same.stderr, '');
});

test('--base: evidence that only lowers the licenses in use is listed, and the overdraft finding it silences counts as introduced', async (t) => {
  const repo = new GitRepo(t);
  const inUse = (count: number) =>
    collectorJson({
      pools: [
        {
          product: 'XDT',
          edition: 'PLT',
          model: 'UD',
          type: 'RetailS',
          installed: 1320,
          overdraft: 120,
          inUse: count,
          expires: '2027-12-31',
        },
      ],
    });
  const inventory = `${serverInventory()}entitlements:\n  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 1500, end: 2027-12-31 }\n`;
  const base = repo.commit(
    'base',
    { 'inventory.yaml': inventory, 'collected/ctxls01/collected.json': inUse(1250) },
    '2026-11-27T04:00:00Z',
  );
  repo.commit('only the count in use', { 'collected/ctxls01/collected.json': inUse(1150) }, '2026-11-27T05:00:00Z');
  const baseRun = await cli(['inventory.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: repo.root });
  assert.deepEqual(rules(JSON.parse(baseRun.stdout) as Report), [], 'the head alone is clean');
  const run = await cli(['inventory.yaml', '--as-of', AS_OF, '--base', base], { cwd: repo.root });
  assert.equal(run.status, 1, `before: exit 0 ("fixes 1"), nothing listed\n${run.stdout}${run.stderr}`);
  assert.equal(
    run.stderr,
    'citrix-license-lint: this change modifies collected evidence (1 finding silenced by it): evidence for `ctxls01` now shows 1150 `XDT_PLT_UD` in use, was 1250: this silences `licenses/overdraft-in-use`\n',
  );
});

test('exports that crashed the run (null pools, times out of range, two megabytes of nesting) are collected/unreadable findings; a negative time is not "permanent"', async (t) => {
  const repo = new GitRepo(t);
  const deep = 200_000;
  const row = (date: string) =>
    JSON.stringify([
      {
        LicenseProductName: 'XDT',
        LicenseEdition: 'PLT',
        LicenseModel: 'UD',
        LicensesAvailable: 100,
        LicenseExpirationDate: date,
        LicenseSubscriptionAdvantageDate: date,
      },
    ]);
  repo.commit(
    'hostile exports',
    {
      'inventory.yaml': serverInventory('11.17.2.0 build 56200', '{ mode: manual, lastReported: 2026-11-20 }'),
      'collected/ctxls01/a-null-pool.json': collectorJson({ pools: [null] }),
      // As Windows PowerShell 5.1 writes a DateTime: "\/Date(ms)\/".
      'collected/ctxls01/b-huge-time.json': collectorJson({ collectedAt: 'X' }).replace('"X"', '"\\/Date(99999999999999999)\\/"'),
      'collected/ctxls01/c-nested.json': `{"collectedAt":${'{"value":'.repeat(deep)}"x"${'}'.repeat(deep)},"server":"ctxls01","slVersion":"v11.17.2.0 build 56200","pools":[]}`,
      'collected/ctxls01/d-negative.json': row('X').replaceAll('"X"', '"\\/Date(-99999999999999)\\/"'),
      'collected/ctxls01/e-good.json': collectorJson(),
    },
    '2026-11-27T04:00:00Z',
  );
  const run = await cli(['inventory.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: repo.root });
  assert.equal(run.status, 1, `before: exit 3\n${run.stderr}`);
  assert.equal(run.stderr, '');
  const report = JSON.parse(run.stdout) as Report;
  const unreadable = report.findings
    .filter((f) => f.ruleId === 'collected/unreadable')
    .map((f) => `${path.basename(f.file)}: ${f.message}`);
  assert.deepEqual(unreadable, [
    'a-null-pool.json: collected export not read: pools[0] is null, not a pool',
    'b-huge-time.json: collected export not read: collectedAt is "/Date(99999999999999999)/", not a time this linter reads: expected ISO 8601 with a zone (2026-11-27T03:00:12Z), between the years 1900 and 9999',
    'c-nested.json: collected export not read: collectedAt is an object, not a time this linter reads: expected ISO 8601 with a zone (2026-11-27T03:00:12Z), between the years 1900 and 9999',
    'd-negative.json: collected export not read: row 1 LicenseExpirationDate "/Date(-99999999999999)/" is not a date between the years 1900 and 9999',
  ]);
  assert.doesNotMatch(run.stdout, /permanent|-001199/);
  assert.deepEqual(
    report.findings.filter((f) => f.ruleId !== 'collected/unreadable'),
    [],
    'the good export beside them is read',
  );
});

test('evidence is never read from .git: a link to .git/config, a host folder linked into .git, and collected.folders naming .git', async (t) => {
  const repo = new HostileRepo(t);
  repo.commit(
    'inventory',
    { 'inventory.yaml': serverInventory('11.17.2.0 build 56200', '{ mode: manual, lastReported: 2026-11-20 }') },
    '2026-11-27T04:00:00Z',
  );
  repo.link('collected/ctxls01/config.json', '../../.git/config');
  repo.link('collected/ghost', '../.git');
  for (const format of ['text', 'json', 'github', 'markdown', 'sarif']) {
    const run = await cli(['inventory.yaml', '--as-of', AS_OF, '--format', format], { cwd: repo.root });
    assert.equal(run.status, 1, run.stderr);
    // Before: the first bytes of .git/config were quoted ("Unexpected token 'c', "[core]\n\trep"...").
    assert.doesNotMatch(run.stdout, /\[core\]|repositoryformatversion/);
    assertNothingLeaks({ stdout: run.stdout, stderr: run.stderr });
  }
  const { report } = await lintJson(repo);
  assert.deepEqual(
    report.findings.map((f) => `${f.ruleId} ${f.file}: ${f.message}`),
    [
      "collected/unreadable collected/ctxls01/config.json: not read: this path leads into the repository's .git folder, which holds git's own files and credentials; commit the export itself inside the repository",
      "collected/unreadable collected/ghost: not read: this path leads into the repository's .git folder, which holds git's own files and credentials; commit the export itself inside the repository",
    ],
  );
  // As data: the message id and the containment check's words.
  assert.deepEqual(
    report.findings.map((f) => [f.messageId, f.data.values.problem]),
    [
      ['outside', "leads into the repository's .git folder, which holds git's own files and credentials"],
      ['outside', "leads into the repository's .git folder, which holds git's own files and credentials"],
    ],
  );
  // The configuration may name a folder, but not .git (before: its files were read as exports).
  writeFileSync(path.join(repo.root, '.citrix-license-lint.yml'), 'collected:\n  folders: [.git]\n');
  const configured = await cli(['inventory.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: repo.root });
  assert.doesNotMatch(configured.stdout, /\[core\]|HEAD|refs\/heads/);
  assert.deepEqual(
    (JSON.parse(configured.stdout) as Report).findings.map((f) => `${f.ruleId} ${f.file}`),
    ['collected/unreadable .git'],
  );
});

test('a file reached by many names is read once: twenty links to one license file in a collected folder count its licenses once', async (t) => {
  const repo = new GitRepo(t);
  const lic =
    'SERVER this_host HOSTNAME=ctxls01\nVENDOR CITRIX\nUSE_SERVER\nINCREMENT XDT_PLT_UD CITRIX 2027.1231 31-dec-2027 1200 VENDOR_STRING=;LT=RetailS SN=LA-1:1 SIGN="00"\n';
  const withFile = `${serverInventory('11.17.2.0 build 56200', '{ mode: manual, lastReported: 2026-11-20 }')}    licenseFiles:\n      - { name: FID_a.lic, features: [{ product: XDT_PLT_UD, count: 1200, expires: 2027-12-31, licenseType: RetailS }] }\n`;
  repo.write({ 'inventory.yaml': withFile, 'collected/ctxls01/FID_a.lic': lic });
  for (let i = 0; i < 20; i++) symlinkSync('FID_a.lic', path.join(repo.root, 'collected', 'ctxls01', `copy${i}.lic`));
  repo.commit('evidence', {}, '2026-11-27T04:00:00Z');
  const { report } = await lintJson(repo);
  // Before: "has 25200 XDT_PLT_UD installed ... but the inventory declares 1200".
  assert.deepEqual(
    report.findings.filter((f) => f.ruleId.startsWith('collected/')),
    [],
  );
});

test('a YAML file reached by many names is read once: twenty links beside an inventory file list its entities once', async (t) => {
  const repo = new GitRepo(t);
  repo.write({ 'inventory/servers.yaml': serverInventory('11.17.2.0 build 56200', '{ mode: manual, lastReported: 2026-11-20 }') });
  for (let i = 0; i < 20; i++) symlinkSync('servers.yaml', path.join(repo.root, 'inventory', `link${i}.yaml`));
  const run = await cli(['inventory', '--as-of', AS_OF, '--format', 'json'], { cwd: repo.root });
  // Before: 20 inventory/duplicate findings, one per extra name.
  assert.equal(run.status, 0, run.stdout);
  assert.deepEqual((JSON.parse(run.stdout) as Report).findings, []);
});

test('one git log serves every collected folder, however many there are', async (t) => {
  const repo = new GitRepo(t);
  const files: Record<string, string> = {
    'inventory.yaml': serverInventory('11.17.2.0 build 56200', '{ mode: manual, lastReported: 2026-11-20 }'),
  };
  for (let i = 0; i < 30; i++)
    files[`collected/host${i}/info.json`] = JSON.stringify({ HostName: `host${i}`, SLVersion: 'v11.17.2.0 build 56200 i86_n3' });
  repo.commit('evidence', files, '2026-11-27T04:00:00Z');
  const calls = countGitCalls(t);
  const { report } = await lintJson(repo);
  // Dated by their commit: 30 unlisted hosts, none stale, none from the future.
  assert.equal(report.findings.filter((f) => f.ruleId === 'collected/unlisted-host').length, 30);
  // Before: 30 (one per folder).
  assert.equal(calls().filter((args) => args.includes(' log ')).length, 1);
});

test('U+2028 and U+2029 in evidence are shown escaped in text and github formats, never as line breaks', async (t) => {
  const repo = new GitRepo(t);
  repo.commit(
    'evidence',
    {
      'inventory.yaml': serverInventory('11.17.2.0 build 56200', '{ mode: manual, lastReported: 2026-11-20 }'),
      'collected/ghost\u2028x\u2029y/info.json': JSON.stringify({ HostName: 'ghost', SLVersion: 'v11.17.2.0 build 56200 i86_n3' }),
    },
    '2026-11-27T04:00:00Z',
  );
  for (const format of ['text', 'github']) {
    const run = await cli(['inventory.yaml', '--as-of', AS_OF, '--format', format], { cwd: repo.root });
    assert.equal(run.status, 1);
    assert.doesNotMatch(run.stdout, /[\u2028\u2029]/, format);
    assert.match(run.stdout, /ghost\\u2028x\\u2029y/, format);
  }
});

/**
 * Puts a `git` in front of the real one on PATH (the doors run git through PATH) that
 * records each call; returns the calls so far.
 */
function countGitCalls(t: TestContext): () => string[] {
  const bin = mkdtempSync(path.join(tmpdir(), 'cll-git-shim-'));
  const log = path.join(bin, 'calls.log');
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(log, '');
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho " $* " >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(path.join(bin, 'git'), 0o755);
  const before = process.env.PATH;
  process.env.PATH = `${bin}${path.delimiter}${before ?? ''}`;
  t.after(() => {
    process.env.PATH = before;
    rmSync(bin, { recursive: true, force: true });
  });
  mkdirSync(bin, { recursive: true });
  return () => readFileSync(log, 'utf8').split('\n').filter(Boolean);
}
