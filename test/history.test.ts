// `history` as a user meets it, on real git repositories built here: its output must be
// byte for byte what a slow reference gives (each commit checked out in a clone and linted
// from disk), and it must cost nothing for commits that change nothing the lint reads.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import { gitCommitTimes } from '../src/change/commit-times.js';
import { historyOutput, historyPoint, type HistoryPoint } from '../src/cli/history.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { lint } from '../src/engine/lint.js';
import type { RunFindings } from '../src/change/compare.js';
import { NoInventoryError } from '../src/util/errors.js';
import { cli } from './helpers/cli-in-process.js';
import { GitRepo } from './helpers/git-repo.js';

const RUN_DATE = '2026-07-01';
const ENT = '  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 100, end: 2027-12-31 }\n';
const lic = (expiry: string) =>
  `SERVER this_host HOSTNAME=ls1\nVENDOR CITRIX\nINCREMENT XDT_PLT_UD CITRIX 2027.1231 ${expiry} 10 SN=LA-1 SIGN="00"\n`;
const servers = (ls1Reported: string, ls2 = 'manual, lastReported: 2026-02-01') =>
  `version: 1\nentitlements:\n${ENT}licenseServers:\n  - hostname: ls1\n    environment: production\n    state: active\n    version: 11.17.2.0 build 56200\n    activation: las-online\n    telemetry: { mode: manual, lastReported: ${ls1Reported} }\n    licenseFiles:\n      - path: ../licenses/ls1.lic\n  - { hostname: ls2, environment: test, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: ${ls2} } }\n`;
const allocations = (...hosts: string[]) =>
  `version: 1\nallocations:\n${hosts.map((host, i) => `  - { entitlement: uhmc, hostname: ${host}, quantity: ${i + 1} }\n`).join('')}`;
const info = (extra = '') => `${JSON.stringify({ HostName: 'ls2', SLVersion: 'v11.17.2.0 build 56200 i86_n3' })}${extra}`;

/** Forty-odd commits: edits, reverts, files outside the inventory, a merge, a rename, the inventory gone and back. */
function buildHistory(repo: GitRepo): void {
  const at = (day: string, hour = 9) => `${day}T${String(hour).padStart(2, '0')}:00:00Z`;
  repo.commit(
    'thresholds',
    { '.citrix-license-lint.yml': 'thresholds:\n  manualUploadIntervalDays: 60\n  collectedMaxAgeDays: 30\n' },
    at('2026-01-02'),
  );
  repo.commit('collector', { 'collected/ls2/info.json': info() }, at('2026-01-05'));
  repo.commit('readme', { 'README.md': 'licensing\n' }, at('2026-03-02', 8));
  repo.commit(
    'first inventory',
    {
      'inventory/servers.yaml': servers('2026-02-20'),
      'inventory/allocations.yaml': allocations('ls1', 'ghost1'),
      'inventory/notes.txt': 'notes 0\n',
      'licenses/ls1.lic': lic('01-mar-2026'),
    },
    at('2026-03-02', 9),
  );
  // Same day, nothing the lint reads: the last verdict holds.
  repo.commit('notes only', { 'inventory/notes.txt': 'notes 1\n' }, at('2026-03-02', 10));
  repo.commit('add ghost2', { 'inventory/allocations.yaml': allocations('ls1', 'ghost1', 'ghost2') }, at('2026-03-02', 11));
  // An empty file, and one larger than a pipe's chunk, read through the same git process.
  repo.commit(
    'bulk and empty',
    { 'inventory/bulk.yaml': allocations(...Array.from({ length: 2500 }, (_, i) => `bulk${i % 50}`)), 'inventory/empty.yaml': '' },
    at('2026-03-02', 11),
  );
  repo.commit('revert: drop ghost2', { 'inventory/allocations.yaml': allocations('ls1', 'ghost1') }, at('2026-03-02', 12));
  // A license file outside the inventory changes between two commits of the inventory.
  repo.commit('renew ls1', { 'licenses/ls1.lic': lic('31-dec-2027') }, at('2026-03-02', 13));
  repo.commit('notes after the renewal', { 'inventory/notes.txt': 'notes 2\n' }, at('2026-03-02', 14));
  // Collected evidence changes and changes back: same bytes, a newer commit time.
  repo.commit('collector run', { 'collected/ls2/info.json': info('\n') }, at('2026-03-02', 15));
  repo.commit('collector run again', { 'collected/ls2/info.json': info() }, at('2026-03-02', 16));
  repo.commit('notes after the collector', { 'inventory/notes.txt': 'notes 3\n' }, at('2026-03-02', 17));
  for (let day = 3; day <= 22; day++) {
    const date = `2026-03-${String(day).padStart(2, '0')}`;
    if (day % 4 === 0) repo.commit(`notes ${day}`, { 'inventory/notes.txt': `notes ${day}\n` }, at(date));
    else if (day % 4 === 1) repo.commit(`readme ${day}`, { 'README.md': `licensing ${day}\n` }, at(date));
    else repo.commit(`ghost ${day} | *bold* <b>`, { 'inventory/allocations.yaml': allocations('ls1', `ghost${day % 3}`) }, at(date));
    if (day % 5 === 0) repo.commit(`same day ${day}`, { 'inventory/allocations.yaml': allocations('ls1') }, at(date, 18));
  }
  repo.git('checkout', '-q', '-b', 'side');
  repo.commit('upload done', { 'inventory/servers.yaml': servers('2026-04-01') }, at('2026-04-10'));
  repo.git('checkout', '-q', 'main');
  repo.commit('ghost on main', { 'inventory/allocations.yaml': allocations('ls1', 'ghost9') }, at('2026-04-11'));
  execFileSync('git', ['-C', repo.root, 'merge', '-q', '--no-ff', '-m', 'merge side', 'side'], {
    env: { ...process.env, GIT_AUTHOR_DATE: at('2026-04-12'), GIT_COMMITTER_DATE: at('2026-04-12') },
  });
  repo.commit(
    'split allocations',
    {
      'inventory/allocations.yaml': null,
      'inventory/alloc/2026.yaml': allocations('ls1', 'ghost9'),
      'inventory/alloc/old.yml': allocations('ls2'),
    },
    at('2026-05-01'),
  );
  repo.commit('drop the servers', { 'inventory/servers.yaml': null, 'inventory/bulk.yaml': null }, at('2026-05-02'));
  repo.commit(
    'inventory gone',
    { 'inventory/alloc/2026.yaml': null, 'inventory/alloc/old.yml': null, 'inventory/empty.yaml': null },
    at('2026-05-02', 12),
  );
  repo.commit(
    'inventory back',
    { 'inventory/servers.yaml': servers('2026-05-30', 'automatic, lastReported: 2026-05-30') },
    at('2026-06-01'),
  );
  // Backdated: judged no earlier than the commit before it.
  repo.commit('backdated edit', { 'inventory/allocations.yaml': allocations('ghost-late') }, at('2026-05-20'));
  repo.commit('after the run date', { 'inventory/allocations.yaml': allocations('ls1') }, at('2026-08-01'));
}

/** The timeline the slow way: every commit checked out in a clone of its own and linted from disk. */
function referenceHistory(t: TestContext, repo: GitRepo): HistoryPoint[] {
  const clone = mkdtempSync(path.join(tmpdir(), 'cll-history-reference-'));
  t.after(() => rmSync(clone, { recursive: true, force: true }));
  execFileSync('git', ['clone', '-q', repo.root, clone]);
  const config = resolveConfig({ inputs: ['inventory'], cwd: repo.root });
  const log = repo.git('log', '--reverse', '--format=%H%x09%cI%x09%s', '--', 'inventory');
  const points: HistoryPoint[] = [];
  let previous: RunFindings = { findings: [], withheld: [], unread: [] };
  let floor = '';
  for (const line of log.split('\n')) {
    const [commit, date, ...subject] = line.split('\t');
    const claimed = date!.slice(0, 10);
    const raised = claimed < floor ? floor : claimed;
    const asOf = raised > RUN_DATE ? RUN_DATE : raised;
    floor = asOf;
    execFileSync('git', ['-C', clone, 'checkout', '-q', '--detach', commit!]);
    let run: RunFindings = { findings: [], withheld: [], unread: [] };
    try {
      run = lint({
        inputs: ['inventory'],
        cwd: clone,
        asOf,
        settings: config.settings,
        ruleLevels: config.ruleLevels,
        limits: config.limits,
        collected: { commitTime: gitCommitTimes(clone, commit) },
      });
    } catch (error) {
      if (!(error instanceof NoInventoryError)) throw error;
    }
    points.push(historyPoint(commit!, asOf, subject.join('\t'), previous, run));
    previous = run;
  }
  return points;
}

test('history prints, in every format, byte for byte what linting each commit checked out gives', async (t) => {
  const repo = new GitRepo(t);
  buildHistory(repo);
  // The slow way once: each format prints the same points.
  const reference = referenceHistory(t, repo);
  const printed = new Map<string, string>();
  for (const format of ['text', 'json', 'markdown']) {
    const run = await cli(['history', '--format', format, '--as-of', RUN_DATE], { cwd: repo.root });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, historyOutput(reference, format), format);
    printed.set(format, run.stdout);
  }
  // The history is not a dull one: verdicts change, and reused ones are right.
  const { points } = JSON.parse(printed.get('json')!) as {
    points: (HistoryPoint & { subject: string })[];
  };
  const bySubject = new Map(points.map((p) => [p.subject, p]));
  assert.ok(points.length >= 30, `${points.length} commits`);
  assert.ok(!bySubject.has('renew ls1') && !bySubject.has('collector run'), 'commits outside the inventory are not listed');
  assert.equal(bySubject.get('notes after the renewal')!.fixed, 1, 'the renewed license file outside the inventory is read');
  assert.equal(bySubject.get('notes after the collector')!.fixed, 1, 'evidence dated by a newer commit is not stale');
  assert.deepEqual([bySubject.get('inventory gone')!.errors, bySubject.get('inventory gone')!.warnings], [0, 0]);
});

const HOSTS = Array.from({ length: 400 }, (_, i) => `ls${i}`);

/** A repository whose inventory takes a while to lint, then `commits` commits on one day, each writing `edit(i)`. */
function sameDayCommits(t: TestContext, commits: number, edit: (i: number) => Record<string, string>): GitRepo {
  const repo = new GitRepo(t);
  repo.commit(
    'inventory',
    {
      'inventory/servers.yaml': `version: 1\nentitlements:\n${ENT}licenseServers:\n${HOSTS.map((h) => `  - { hostname: ${h}, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: manual, lastReported: 2026-05-01 } }\n`).join('')}`,
      'inventory/allocations.yaml': allocations(...HOSTS, ...HOSTS, ...HOSTS),
      'inventory/notes.txt': 'notes\n',
    },
    '2026-06-01T08:00:00Z',
  );
  repo.commits(
    Array.from({ length: commits }, (_, i) => ({
      message: `edit ${i}`,
      files: edit(i),
      date: `2026-06-01T${String(9 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`,
    })),
  );
  return repo;
}

async function historyCpuMs(repo: GitRepo): Promise<number> {
  const started = process.cpuUsage();
  const run = await cli(['history', '--format', 'json', '--as-of', RUN_DATE], { cwd: repo.root });
  const used = process.cpuUsage(started);
  assert.equal(run.status, 0, run.stderr);
  return (used.user + used.system) / 1000;
}

test('history: commits that change nothing the lint reads cost next to nothing', async (t) => {
  const commits = 30;
  const edits = sameDayCommits(t, commits, (i) => ({
    'inventory/allocations.yaml': allocations(...HOSTS, ...HOSTS, ...HOSTS, `ghost${i}`),
  }));
  const notes = sameDayCommits(t, commits, (i) => ({ 'inventory/notes.txt': `notes ${i}\n` }));
  const editing = await historyCpuMs(edits);
  const noting = await historyCpuMs(notes);
  t.diagnostic(
    `${commits + 1} commits: ${editing.toFixed(0)} ms of CPU when each edits the inventory, ${noting.toFixed(0)} ms when each edits notes.txt`,
  );
  // 31 lints against 1 and 30 tree walks: a bound this loose holds on a loaded machine.
  assert.ok(noting < editing / 4, `${noting.toFixed(0)} ms is not well under ${editing.toFixed(0)} ms`);
});
