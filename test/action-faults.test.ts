import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FakeGitHub, READ_ONLY_TOKEN, useFakeGitHub } from './helpers/fake-github.js';
import { action } from './helpers/action-in-process.js';
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

test('500 on every create: never posted blindly twice; looked for first, then one warning naming HTTP 500', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  const before = fake.server.count('POST', /\/check-runs$/);
  fake.server.faults.push({ method: 'POST', path: /\/check-runs$/, status: 500 });
  const run = await action({ workspace, apiUrl: fake.server.url, event: 'push', inputs: { ...AS_OF, 'check-run': 'true' } });
  fake.server.faults.length = 0;
  assert.equal(run.status, 1);
  assert.equal(fake.server.count('POST', /\/check-runs$/) - before, 2, 'one attempt, a look, one more attempt');
  assert.ok(fake.server.requests.some((r) => r.method === 'GET' && /\/commits\/a{40}\/check-runs$/.test(r.path)));
  const warnings = warningsOf(run.stdout);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /could not publish the check run: GitHub answered HTTP 500\. The step's result is unaffected\./);
  assert.match(run.stdout, /^::error title=license-server\/telemetry-disabled/m);
});

test('a 500 after GitHub created the check run: found again, never created twice', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  const sha = 'c'.repeat(40);
  fake.server.faults.push({ method: 'POST', path: /\/check-runs$/, status: 500, times: 1, afterWork: true });
  const run = await action({ workspace, apiUrl: fake.server.url, event: 'push', sha, inputs: { ...AS_OF, 'check-run': 'true' } });
  fake.server.faults.length = 0;
  assert.equal(run.status, 1);
  assert.equal(fake.server.checkRuns.filter((r) => r.head_sha === sha).length, 1);
  assert.deepEqual(warningsOf(run.stdout), []);
});

test('a 500 after GitHub created the comment: found again, never posted twice', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  fake.server.faults.push({ method: 'POST', path: /\/issues\/45\/comments$/, status: 502, times: 1, afterWork: true });
  const run = await action({ workspace, apiUrl: fake.server.url, event: 'pull_request', pullNumber: 45, inputs: AS_OF });
  fake.server.faults.length = 0;
  assert.equal(run.status, 1);
  assert.equal(fake.server.comments.filter((c) => c.issue === 45).length, 1);
  assert.equal(fake.server.count('POST', /\/issues\/45\/comments$/), 1);
});

test('an unreachable API is named as such, not as HTTP 500, and is not waited on by every publisher', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  const closed = new FakeGitHub();
  const url = await closed.start();
  await closed.stop();
  const started = Date.now();
  const run = await action({ workspace, apiUrl: url, event: 'push', inputs: { ...AS_OF, 'check-run': 'true' } });
  assert.equal(run.status, 1);
  const warnings = warningsOf(run.stdout);
  assert.equal(warnings.length, 1, run.stdout);
  assert.match(warnings[0]!, /could not publish the check run: GitHub's API could not be reached \(ECONNREFUSED\)/);
  assert.doesNotMatch(warnings[0]!, /HTTP 500/);
  assert.ok(Date.now() - started < 15_000);
  // In this process the step's waits are recorded, not slept: they count here.
  assert.ok(run.slept.reduce((sum, ms) => sum + ms, 0) < 15_000, `waited ${run.slept.join(', ')} ms`);
});

test('a schedule without issues: write gets a 403 that names the permission, not forks', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  const run = await action({
    workspace,
    apiUrl: fake.server.url,
    event: 'schedule',
    inputs: { ...AS_OF, 'tracking-issue': 'true', comment: 'false' },
    token: READ_ONLY_TOKEN,
  });
  assert.equal(run.status, 1);
  const warnings = warningsOf(run.stdout);
  assert.equal(warnings.length, 1, run.stdout);
  assert.match(
    warnings[0]!,
    /could not update the tracking issue: the token may not do this \(HTTP 403\)\. Give the job `permissions: issues: write`/,
  );
  assert.doesNotMatch(warnings[0]!, /fork|Dependabot/);
});

test('a 502 once is retried and the check run lands', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  const before = fake.server.checkRuns.length;
  fake.server.faults.push({ method: 'POST', path: /\/check-runs$/, status: 502, times: 1 });
  const run = await action({ workspace, apiUrl: fake.server.url, event: 'push', inputs: { ...AS_OF, 'check-run': 'true' } });
  assert.equal(run.status, 1);
  assert.equal(fake.server.checkRuns.length, before + 1);
  assert.deepEqual(warningsOf(run.stdout), []);
});

test('a hung API times out: one warning, the step still ends with the findings', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  fake.server.faults.push({ path: /\/issues\/41\/comments$/, status: 0, hang: true });
  const run = await action({
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
  assert.match(warnings[0]!, /could not create or update the pull request comment: the request timed out/);
});

test('a connection reset: one warning, the verdict of the findings', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  fake.server.faults.push({ path: /\/issues\/42\/comments$/, status: 0, reset: true });
  const run = await action({ workspace, apiUrl: fake.server.url, event: 'pull_request', pullNumber: 42, inputs: AS_OF });
  fake.server.faults.length = 0;
  assert.equal(run.status, 1);
  const warnings = warningsOf(run.stdout).filter((w) => /pull request comment/.test(w));
  assert.equal(warnings.length, 1, run.stdout);
  assert.match(warnings[0]!, /could not be reached/);
});

test('our comment deleted between listing and editing (404): a new one is posted', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  fake.server.comments.push({
    id: 777,
    issue: 43,
    body: '<!-- citrix-license-lint:pull-request-comment id=inventory.yaml -->\nold',
    user: 'github-actions[bot]',
  });
  fake.server.faults.push({ method: 'PATCH', path: /\/issues\/comments\/777$/, status: 404, body: { message: 'Not Found' } });
  const run = await action({ workspace, apiUrl: fake.server.url, event: 'pull_request', pullNumber: 43, inputs: AS_OF });
  fake.server.faults.length = 0;
  assert.equal(run.status, 1);
  assert.deepEqual(warningsOf(run.stdout), []);
  assert.equal(fake.server.comments.filter((c) => c.issue === 43).length, 2);
  assert.match(fake.server.comments.filter((c) => c.issue === 43).at(-1)!.body, /not compliant/);
});

test('429 on every attempt: bounded retries after retry-after, then one warning', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  fake.server.faults.push({ method: 'POST', path: /\/issues\/44\/comments$/, status: 429, headers: { 'retry-after': '1' } });
  const run = await action({ workspace, apiUrl: fake.server.url, event: 'pull_request', pullNumber: 44, inputs: AS_OF });
  fake.server.faults.length = 0;
  assert.equal(run.status, 1);
  assert.equal(fake.server.count('POST', /\/issues\/44\/comments$/), 3);
  assert.equal(warningsOf(run.stdout).length, 1);
  assert.match(warningsOf(run.stdout)[0]!, /HTTP 429/);
});
