import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useFakeGitHub } from './helpers/fake-github.js';
import { runBuiltAction } from './helpers/run-action.js';
import { tempRepo } from './helpers/temp-repo.js';

// Faults of the GitHub API: retries are bounded, the step ends with the verdict of the
// findings, and each fault leaves one warning that says what did not happen.

const VIOLATING = `version: 1
licenseServers:
  - { hostname: ls1, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: disabled } }
`;
const AS_OF = { 'as-of': '2026-11-28' };
const fake = useFakeGitHub();

const warningsOf = (stdout: string) => stdout.match(/^::warning::.*$/gm) ?? [];

test('500 on every attempt: three tries, then one warning, and the verdict of the findings', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  fake.server.faults.push({ method: 'POST', path: /\/check-runs$/, status: 500 });
  const run = await runBuiltAction({ workspace, apiUrl: fake.server.url, event: 'push', inputs: { ...AS_OF, 'check-run': 'true' } });
  fake.server.faults.length = 0;
  assert.equal(run.status, 1);
  assert.equal(fake.server.count('POST', /\/check-runs$/), 3, 'bounded retries');
  const warnings = warningsOf(run.stdout);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /could not publish the check run: HTTP 500\. The verdict of the findings is unaffected\./);
  assert.match(run.stdout, /^::error title=license-server\/telemetry-disabled/m);
});

test('a 502 once is retried and the check run lands', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  const before = fake.server.checkRuns.length;
  fake.server.faults.push({ method: 'POST', path: /\/check-runs$/, status: 502, times: 1 });
  const run = await runBuiltAction({ workspace, apiUrl: fake.server.url, event: 'push', inputs: { ...AS_OF, 'check-run': 'true' } });
  assert.equal(run.status, 1);
  assert.equal(fake.server.checkRuns.length, before + 1);
  assert.deepEqual(warningsOf(run.stdout), []);
});

test('a hung API times out: one warning, the step still ends with the findings', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  fake.server.faults.push({ path: /\/issues\/41\/comments$/, status: 0, hang: true });
  const run = await runBuiltAction({
    workspace,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 41,
    inputs: AS_OF,
    env: { CITRIX_LICENSE_LINT_API_TIMEOUT_MS: '300' },
  });
  fake.server.faults.length = 0;
  assert.equal(run.status, 1);
  const warnings = warningsOf(run.stdout).filter((w) => /comment/.test(w));
  assert.equal(warnings.length, 1, run.stdout);
  assert.match(warnings[0]!, /could not create or update the pull request comment/);
});

test('a connection reset: one warning, the verdict of the findings', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  fake.server.faults.push({ path: /\/issues\/42\/comments$/, status: 0, reset: true });
  const run = await runBuiltAction({ workspace, apiUrl: fake.server.url, event: 'pull_request', pullNumber: 42, inputs: AS_OF });
  fake.server.faults.length = 0;
  assert.equal(run.status, 1);
  assert.equal(warningsOf(run.stdout).filter((w) => /pull request comment/.test(w)).length, 1, run.stdout);
});

test('our comment deleted between listing and editing (404): a new one is posted', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  fake.server.comments.push({ id: 777, issue: 43, body: '<!-- citrix-license-lint:pull-request-comment -->\nold' });
  fake.server.faults.push({ method: 'PATCH', path: /\/issues\/comments\/777$/, status: 404, body: { message: 'Not Found' } });
  const run = await runBuiltAction({ workspace, apiUrl: fake.server.url, event: 'pull_request', pullNumber: 43, inputs: AS_OF });
  fake.server.faults.length = 0;
  assert.equal(run.status, 1);
  assert.deepEqual(warningsOf(run.stdout), []);
  assert.equal(fake.server.comments.filter((c) => c.issue === 43).length, 2);
  assert.match(fake.server.comments.filter((c) => c.issue === 43).at(-1)!.body, /not compliant/);
});

test('429 on every attempt: bounded retries after retry-after, then one warning', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  fake.server.faults.push({ method: 'POST', path: /\/issues\/44\/comments$/, status: 429, headers: { 'retry-after': '1' } });
  const run = await runBuiltAction({ workspace, apiUrl: fake.server.url, event: 'pull_request', pullNumber: 44, inputs: AS_OF });
  fake.server.faults.length = 0;
  assert.equal(run.status, 1);
  assert.equal(fake.server.count('POST', /\/issues\/44\/comments$/), 3);
  assert.equal(warningsOf(run.stdout).length, 1);
  assert.match(warningsOf(run.stdout)[0]!, /HTTP 429/);
});
