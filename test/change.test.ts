import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { GitRepo } from './helpers/git-repo.js';
import { cli } from './helpers/cli-in-process.js';

const ENT = '  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 100, end: 2027-12-31 }\n';
const server = (host: string, mode = 'automatic, lastReported: 2026-11-27') =>
  `  - { hostname: ${host}, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: ${mode} } }\n`;
const inventory = (servers: string[], allocations: string[] = []) =>
  `version: 1\nentitlements:\n${ENT}licenseServers:\n${servers.join('')}${allocations.length ? `allocations:\n${allocations.join('')}` : ''}`;
const alloc = (host: string, quantity = 10) => `  - { entitlement: uhmc, hostname: ${host}, quantity: ${quantity} }\n`;

interface JsonOutput {
  comparison: { base: string; introduced: number; fixed: number; unchanged: number; fixedFindings: { ruleId: string; message: string }[] };
  findings: { ruleId: string; status?: string; message: string }[];
}

async function compare(repo: GitRepo, base: string, extra: string[] = []) {
  const run = await cli(['inventory', '--format', 'json', '--as-of', '2026-11-28', '--base', base, ...extra], { cwd: repo.root });
  return { run, output: JSON.parse(run.stdout) as JsonOutput };
}

test('a pure reordering of the YAML introduces nothing', async (t) => {
  const repo = new GitRepo(t);
  const base = repo.commit('base', {
    'inventory/a.yaml': inventory([server('ls1', 'disabled'), server('ls2', 'disabled')], [alloc('ghost1'), alloc('ghost2')]),
  });
  repo.commit('reorder', {
    'inventory/a.yaml': inventory([server('ls2', 'disabled'), server('ls1', 'disabled')], [alloc('ghost2'), alloc('ghost1')]),
  });
  const { run, output } = await compare(repo, base);
  assert.equal(run.status, 0, 'nothing new: the run passes although findings remain');
  assert.deepEqual([output.comparison.introduced, output.comparison.fixed, output.comparison.unchanged], [0, 0, 4]);
  assert.ok(output.findings.every((f) => f.status === 'unchanged'));
});

test('a hostname rename: one fixed, one new', async (t) => {
  const repo = new GitRepo(t);
  const base = repo.commit('base', { 'inventory/a.yaml': inventory([server('ls1')], [alloc('ls1'), alloc('ghost-old')]) });
  repo.commit('rename the ghost', { 'inventory/a.yaml': inventory([server('ls1')], [alloc('ls1'), alloc('ghost-new')]) });
  const { run, output } = await compare(repo, base);
  assert.equal(run.status, 1);
  assert.deepEqual([output.comparison.introduced, output.comparison.fixed, output.comparison.unchanged], [1, 1, 0]);
  assert.match(output.comparison.fixedFindings[0]!.message, /ghost-old/);
  assert.equal(output.findings.find((f) => /ghost-new/.test(f.message))!.status, 'new');
  const text = (await cli(['inventory', '--as-of', '2026-11-28', '--base', base], { cwd: repo.root })).stdout;
  assert.match(text, /^Compared with [0-9a-f]{40}: introduces 1 finding, fixes 1, 0 unchanged\.$/m);
  assert.match(text, /error {4}new {2}the allocation of 10 XDT_PLT_UD licenses from `uhmc` is bound to `ghost-new`/);
});

test('a base commit without the inventory: everything is new', async (t) => {
  const repo = new GitRepo(t);
  const base = repo.commit('readme only', { 'README.md': 'hello\n' });
  repo.commit('add the inventory', { 'inventory/a.yaml': inventory([server('ls1', 'disabled')]) });
  const { run, output } = await compare(repo, base);
  assert.equal(run.status, 1);
  assert.deepEqual([output.comparison.introduced, output.comparison.fixed, output.comparison.unchanged], [1, 0, 0]);
});

test('license files are read from the base commit too', async (t) => {
  const repo = new GitRepo(t);
  const lic = (expiry: string) =>
    `SERVER this_host HOSTNAME=ls1\nVENDOR CITRIX\nINCREMENT XDT_PLT_UD CITRIX 2027.1231 ${expiry} 10 SN=LA-1 SIGN="00"\n`;
  const inv = `version: 1\nentitlements:\n${ENT}allocations:\n${alloc('ls1')}licenseServers:\n  - hostname: ls1\n    environment: production\n    state: active\n    version: 11.17.2.0 build 56200\n    activation: las-online\n    telemetry: { mode: automatic, lastReported: 2026-11-27 }\n    licenseFiles:\n      - path: ../licenses/ls1.lic\n`;
  const base = repo.commit('expired file', { 'inventory/a.yaml': inv, 'licenses/ls1.lic': lic('31-dec-2025') });
  repo.commit('renewed file', { 'licenses/ls1.lic': lic('31-dec-2027') });
  const { output } = await compare(repo, base);
  assert.deepEqual([output.comparison.introduced, output.comparison.fixed], [0, 1]);
  assert.equal(output.comparison.fixedFindings[0]!.ruleId, 'license-file/expired');
});

test('--base names a commit the clone lacks: exit 2 with what to do', async (t) => {
  const repo = new GitRepo(t);
  repo.commit('base', { 'inventory/a.yaml': inventory([server('ls1')]) });
  const run = await cli(['inventory', '--base', 'f'.repeat(40)], { cwd: repo.root });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /no such commit in this clone \(fetch it first; in a workflow, use fetch-depth: 0\)/);
});

test('a baseline: only findings it does not hold fail, and stale entries are reported', async (t) => {
  const repo = new GitRepo(t);
  repo.write({ 'inventory/a.yaml': inventory([server('ls1', 'disabled')], [alloc('ghost1')]) });
  const write = await cli(['inventory', '--as-of', '2026-11-28', '--write-baseline', 'baseline.json'], { cwd: repo.root });
  assert.equal(write.status, 0);
  assert.match(write.stderr, /recorded 2 findings in baseline\.json/);
  const recorded = JSON.parse(readFileSync(path.join(repo.root, 'baseline.json'), 'utf8')) as {
    findings: { ruleId: string; file: string }[];
  };
  assert.deepEqual(
    recorded.findings.map((f) => f.file),
    ['inventory/a.yaml', 'inventory/a.yaml'],
  );

  assert.equal(
    (await cli(['inventory', '--as-of', '2026-11-28', '--baseline', 'baseline.json'], { cwd: repo.root })).status,
    0,
    'the known findings pass',
  );

  repo.write({ 'inventory/a.yaml': inventory([server('ls1', 'disabled')], [alloc('ghost2')]) });
  const run = await cli(['inventory', '--as-of', '2026-11-28', '--baseline', 'baseline.json'], { cwd: repo.root });
  assert.equal(run.status, 1, 'ghost2 is new');
  assert.match(run.stderr, /1 baseline entry no longer matches a finding: run --write-baseline baseline\.json to shrink it/);
  const broken = await cli(['inventory', '--baseline', 'inventory/a.yaml'], { cwd: repo.root });
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /not valid JSON/);
});

test('history walks the commits that touched the inventory, each as of its own date', async (t) => {
  const repo = new GitRepo(t);
  repo.commit('unrelated', { 'README.md': 'x\n' }, '2026-01-05T10:00:00Z');
  repo.commit(
    'first inventory',
    { 'inventory/a.yaml': inventory([server('ls1', 'manual, lastReported: 2026-01-01')]) },
    '2026-01-10T10:00:00Z',
  );
  repo.commit(
    'nothing changes, time passes',
    { 'inventory/a.yaml': `${inventory([server('ls1', 'manual, lastReported: 2026-01-01')])}# reviewed\n` },
    '2026-06-10T10:00:00Z',
  );
  repo.commit(
    'upload done',
    { 'inventory/a.yaml': inventory([server('ls1', 'manual, lastReported: 2026-06-11')]) },
    '2026-06-12T10:00:00Z',
  );
  const run = await cli(['history', '--format', 'json'], { cwd: repo.root });
  assert.equal(run.status, 0, run.stderr);
  const { points } = JSON.parse(run.stdout) as {
    points: { date: string; errors: number; introduced: number; fixed: number; subject: string }[];
  };
  assert.deepEqual(
    points.map((p) => [p.date, p.errors, p.introduced, p.fixed]),
    [
      ['2026-01-10', 0, 0, 0],
      ['2026-06-10', 1, 1, 0],
      ['2026-06-12', 0, 0, 1],
    ],
  );
  const markdown = (await cli(['history', '--format', 'markdown', '--since', '2026-06-01'], { cwd: repo.root })).stdout;
  assert.match(markdown, /```mermaid\nxychart-beta\n {4}title "Licensing findings per commit"\n {4}x-axis \["2026-06-10", "2026-06-12"\]/);
  assert.match(
    (await cli(['history'], { cwd: repo.root })).stdout,
    /^2026-06-10 {2}[0-9a-f]{10} {2}1 +0 +\+1 +-0 +nothing changes, time passes$/m,
  );
});

test('history over 200 commits finishes (the duration is reported, not asserted)', async (t) => {
  const repo = new GitRepo(t);
  repo.commits(
    Array.from({ length: 200 }, (_, i) => ({
      message: `change ${i}`,
      files: {
        'inventory/a.yaml': inventory(
          [server('ls1'), server(`ls-${i % 17}`, i % 5 === 0 ? 'disabled' : 'automatic, lastReported: 2026-11-27')],
          [alloc('ls1')],
        ),
      },
      date: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString(),
    })),
  );
  const started = Date.now();
  const run = await cli(['history', '--format', 'json'], { cwd: repo.root });
  const seconds = (Date.now() - started) / 1000;
  assert.equal(run.status, 0, run.stderr);
  assert.equal((JSON.parse(run.stdout) as { points: unknown[] }).points.length, 200);
  t.diagnostic(`history over 200 commits: ${seconds.toFixed(1)} s`);
});
