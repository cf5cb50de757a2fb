// Collected evidence as a scheduled run meets it: a real git repository in a temp folder,
// exports committed to collected/<host>/ on given days, the CLI run later with --as-of.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { GitRepo } from './helpers/git-repo.js';
import { cli } from './helpers/cli-in-process.js';

/** Compliant on its own: one LAS server on a current build, automatic telemetry, nothing installed by file. */
const INVENTORY = `version: 1
licenseServers:
  - hostname: ctxls01
    fqdn: ctxls01.corp.example
    environment: production
    state: active
    version: 11.17.2.0 build 56200
    activation: las-online
    telemetry: { mode: automatic, lastReported: 2026-11-19 }
`;

const lint = async (repo: GitRepo, asOf: string, ...more: string[]) =>
  await cli(['inventory.yaml', '--as-of', asOf, ...more], { cwd: repo.root });
const json = async (repo: GitRepo, asOf: string) =>
  JSON.parse((await lint(repo, asOf, '--format', 'json')).stdout) as {
    summary: { errors: number; telemetryUnverified: number };
    findings: { ruleId: string; message: string; file: string }[];
  };

test('a scheduled run a week after the last commit of a compliant automatic inventory is green, and says the telemetry is unverified', async (t) => {
  const repo = new GitRepo(t);
  repo.commit('inventory', { 'inventory.yaml': INVENTORY }, '2026-11-20T09:00:00Z');
  const run = await lint(repo, '2026-11-27');
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(
    run.stdout,
    /No problems in 1 file as of 2026-11-27\. Telemetry unverified on 1 automatic host: no collected evidence states its last upload/,
  );
  assert.equal((await json(repo, '2026-11-27')).summary.telemetryUnverified, 1);
});

test('evidence that the last upload was 10 days ago makes the same run red on that host; evidence of a recent one keeps it green', async (t) => {
  const repo = new GitRepo(t);
  repo.commit('inventory', { 'inventory.yaml': INVENTORY }, '2026-11-20T09:00:00Z');
  const manifest = (utc: string) => JSON.stringify({ UTCDate: utc, Product: 'LicenseServerCompliance', UploadType: 'Auto' });
  repo.commit('collected', { 'collected/ctxls01/upload-manifest.json': manifest('2026-11-17T02:05:11Z') }, '2026-11-26T03:00:00Z');
  const red = await lint(repo, '2026-11-27');
  assert.equal(red.status, 1, red.stdout + red.stderr);
  assert.match(
    red.stdout,
    /inventory\.yaml:9:\d+ +error +license server `ctxls01` last uploaded telemetry on 2026-11-17 \(UTCDate in collected\/ctxls01\/upload-manifest\.json\), 10 days before 2026-11-27; automatic mode must report at least every 7 days/,
  );
  const report = await json(repo, '2026-11-27');
  assert.deepEqual(
    report.findings.map((f) => f.ruleId),
    ['license-server/telemetry-overdue'],
  );
  assert.equal(report.summary.telemetryUnverified, 0, 'a host judged by evidence is not unverified');

  repo.commit('collected', { 'collected/ctxls01/upload-manifest.json': manifest('2026-11-26T02:05:11Z') }, '2026-11-27T03:00:00Z');
  const green = await lint(repo, '2026-11-27');
  assert.equal(green.status, 0, green.stdout + green.stderr);
  assert.doesNotMatch(green.stdout, /unverified/);
});

test('the collection time comes from the export, else the commit that last changed the file, else its modification time, and the message says which', async (t) => {
  const repo = new GitRepo(t);
  const stated = JSON.stringify({ collectedAt: '2026-09-01T03:00:00Z', server: 'ctxls01', slVersion: '11.17.2.0 build 56200', pools: [] });
  const info = JSON.stringify({ HostName: 'ctxls02', SLVersion: 'v11.17.2.0 build 56200 i86_n3' });
  const inventory = `${INVENTORY}  - { hostname: ctxls02, environment: test, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: manual, lastReported: 2026-11-01 } }\n  - { hostname: ctxls03, environment: test, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: manual, lastReported: 2026-11-01 } }\n`;
  repo.commit('inventory', { 'inventory.yaml': inventory }, '2026-08-01T09:00:00Z');
  // Committed in September, its content changed in October: the later commit dates it.
  repo.commit('collected', { 'collected/ctxls01/ctxls01.json': stated, 'collected/ctxls02/info.json': info }, '2026-09-20T03:00:00Z');
  repo.commit('collected again', { 'collected/ctxls02/info.json': `${info}\n` }, '2026-10-05T03:00:00Z');
  // Never committed: its modification time is all there is.
  repo.write({ 'collected/ctxls03/info.json': info.replace('ctxls02', 'ctxls03') });
  const when = new Date('2026-10-10T12:00:00Z');
  utimesSync(path.join(repo.root, 'collected/ctxls03/info.json'), when, when);

  const messages = (await json(repo, '2026-11-28')).findings.filter((f) => f.ruleId === 'collected/stale').map((f) => f.message);
  assert.deepEqual(
    messages.map((m) => /collected (\S+ \([^)]*\))/.exec(m)?.[1]),
    [
      '2026-09-01 (as the export states)',
      '2026-10-05 (by the commit that last changed it)',
      "2026-10-10 (by the file's modification time)",
    ],
  );
});

test('collected/ is read inside the repository only: links out of it are not followed, links inside it are', async (t) => {
  const repo = new GitRepo(t);
  const outside = mkdtempSync(path.join(tmpdir(), 'cll-outside-'));
  t.after(() => rmSync(outside, { recursive: true, force: true }));
  const shadow = JSON.stringify({ collectedAt: '2026-11-27T03:00:00Z', server: 'ghost', slVersion: '11.17.2.0 build 45000', pools: [] });
  mkdirSync(path.join(outside, 'ghost'));
  writeFileSync(path.join(outside, 'ghost', 'ghost.json'), shadow);
  writeFileSync(path.join(outside, 'secret.json'), shadow.replace('45000', '46000'));
  repo.write({
    'inventory.yaml': INVENTORY,
    'collected/ctxls01/ctxls01.json': shadow.replace('ghost', 'ctxls01').replace('45000', '56200'),
    'evidence/ctxls01-older.json': shadow.replace('ghost', 'ctxls01').replace('45000', '52100').replace('11-27', '11-20'),
  });
  symlinkSync(path.join(outside, 'ghost'), path.join(repo.root, 'collected', 'ghost'));
  symlinkSync(path.join(outside, 'secret.json'), path.join(repo.root, 'collected', 'ctxls01', 'secret.json'));
  symlinkSync(path.join(repo.root, 'evidence', 'ctxls01-older.json'), path.join(repo.root, 'collected', 'ctxls01', 'older.json'));
  const report = await json(repo, '2026-11-28');
  // Neither the linked folder nor the file outside is read, and each link out is said so
  // (issue 24: a link is a finding, as in the inventory); the link inside reads a consistent export.
  assert.deepEqual(
    report.findings.map((f) => `${f.ruleId} ${f.file}: ${f.message}`),
    ['collected/ctxls01/secret.json', 'collected/ghost'].map(
      (file) =>
        `collected/unreadable ${file}: not read: this path is a symbolic link (or lies under one) that leads outside the repository; commit the export itself inside the repository`,
    ),
  );
  // The link inside is read: make it the newest, and its build shows.
  writeFileSync(
    path.join(repo.root, 'evidence', 'ctxls01-older.json'),
    shadow.replace('ghost', 'ctxls01').replace('45000', '52100').replace('11-27', '11-28'),
  );
  const again = await json(repo, '2026-11-28');
  assert.ok(again.findings.some((f) => f.ruleId === 'collected/version-differs' && /runs 11\.17\.2\.0 build 52100/.test(f.message)));
});

test('collected.folders in the configuration moves the evidence; a folder outside the repository is refused', async (t) => {
  const repo = new GitRepo(t);
  const ghost = JSON.stringify({ collectedAt: '2026-11-27T03:00:00Z', server: 'ghost', slVersion: '11.17.2.0 build 56200', pools: [] });
  repo.write({
    'inventory.yaml': INVENTORY,
    'ops/evidence/ghost/ghost.json': ghost,
    'collected/ghost2/ghost.json': ghost.replace('ghost', 'ghost2'),
    '.citrix-license-lint.yml': 'collected:\n  folders: [ops/evidence]\n',
  });
  const report = await json(repo, '2026-11-28');
  assert.deepEqual(
    report.findings.map((f) => `${f.ruleId} ${f.file}`),
    ['collected/unlisted-host ops/evidence/ghost/ghost.json'],
  );
  repo.write({ '.citrix-license-lint.yml': 'collected:\n  folders: [../elsewhere]\n' });
  const refused = await lint(repo, '2026-11-28');
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /\.citrix-license-lint\.yml:2:\d+: `collected\.folders\.0` must be a folder inside the repository/);
});

test('--base reads the evidence of the base commit too: a finding already there is not new', async (t) => {
  const repo = new GitRepo(t);
  const ghost = JSON.stringify({ HostName: 'ghost01', SLVersion: 'v11.17.2.0 build 56200 i86_n3' });
  const base = repo.commit(
    'inventory and evidence',
    { 'inventory.yaml': INVENTORY, 'collected/ghost01/info.json': ghost },
    '2026-11-20T09:00:00Z',
  );
  repo.commit('a comment', { 'inventory.yaml': `# reviewed\n${INVENTORY}` }, '2026-11-21T09:00:00Z');
  const head = await lint(repo, '2026-11-27');
  assert.equal(head.status, 1, 'the ghost is a finding');
  assert.match(head.stdout, /collected\/unlisted-host/);
  const compared = await lint(repo, '2026-11-27', '--base', base);
  assert.equal(compared.status, 0, `already in the base, so not new:\n${compared.stdout}${compared.stderr}`);
});
