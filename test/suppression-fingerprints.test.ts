// A finding about a suppression comment (no reason, expired, unused) is identified by the
// comment's rules and the line it covers, as written, not by line numbers: a line added above
// it moves it, and a pull request must not read as fixing and introducing it (README: "moving
// YAML around changes nothing").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli } from './helpers/cli-in-process.js';
import { GitRepo } from './helpers/git-repo.js';

const SERVER = (host: string) =>
  `{ hostname: ${host}, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: manual, lastReported: 2026-11-20 } }`;
const INVENTORY = [
  'version: 1',
  'licenseServers:',
  '  # citrix-license-lint-disable-next-line license-server/telemetry-disabled',
  `  - ${SERVER('ls1')}`,
  '  # citrix-license-lint-disable-next-line license-server/telemetry-disabled -- until 2026-10-31: rebuilt',
  `  - ${SERVER('ls2')}`,
  '  # citrix-license-lint-disable-next-line license-server/telemetry-disabled -- lab',
  `  - ${SERVER('ls3')}`,
  '  # citrix-license-lint-disable-next-line license-server/telemetry-disabled -- lab',
  `  - ${SERVER('ls4')}`,
  '',
].join('\n');

interface Report {
  comparison: { introduced: number; fixed: number; unchanged: number };
  findings: { ruleId: string }[];
}

test('a comment line added above suppression findings: nothing introduced, nothing fixed', async (t) => {
  const repo = new GitRepo(t);
  const base = repo.commit('base', { 'inventory/a.yaml': INVENTORY });
  repo.write({ 'inventory/a.yaml': `# Owner: licensing team\n${INVENTORY}` });
  const run = await cli(['--base', base, '-f', 'json', '--as-of', '2026-11-28'], { cwd: repo.root });
  const report = JSON.parse(run.stdout) as Report;
  assert.deepEqual(report.findings.map((f) => f.ruleId).sort(), [
    'inventory/expired-suppression',
    'inventory/invalid-suppression',
    'inventory/unused-suppression',
    'inventory/unused-suppression',
  ]);
  assert.deepEqual(report.comparison, { ...report.comparison, introduced: 0, fixed: 0, unchanged: 4 });
  assert.equal(run.status, 0, run.stdout);
});

test('an entry moved with its suppression comment: nothing introduced, nothing fixed', async (t) => {
  const repo = new GitRepo(t);
  const base = repo.commit('base', { 'inventory/a.yaml': INVENTORY });
  const first = `  # citrix-license-lint-disable-next-line license-server/telemetry-disabled\n  - ${SERVER('ls1')}\n`;
  assert.ok(INVENTORY.includes(first));
  repo.write({ 'inventory/a.yaml': `${INVENTORY.replace(first, '')}${first}` });
  const run = await cli(['--base', base, '-f', 'json', '--as-of', '2026-11-28'], { cwd: repo.root });
  const report = JSON.parse(run.stdout) as Report;
  assert.deepEqual(report.comparison, { ...report.comparison, introduced: 0, fixed: 0, unchanged: 4 });
});
