import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PERSONAL_LOGIN, PERSONAL_TOKEN, READ_ONLY_TOKEN, useFakeGitHub } from './helpers/fake-github.js';
import { action } from './helpers/action-in-process.js';
import { tempRepo } from './helpers/temp-repo.js';

const VIOLATING = `version: 1
entitlements:
  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 100, end: 2027-12-31 }
licenseServers:
  - { hostname: ls1, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: disabled } }
allocations:
  - { entitlement: uhmc, hostname: ls-gone, quantity: 100 }
`;
const COMPLIANT = `version: 1
entitlements:
  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 100, end: 2027-12-31 }
licenseServers:
  - { hostname: ls1, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: automatic, lastReported: 2026-11-27 } }
allocations:
  - { entitlement: uhmc, hostname: ls1, quantity: 100 }
`;
const AS_OF = { 'as-of': '2026-11-28' };

const fake = useFakeGitHub();

test('pull request: the first run creates the comment, the second edits it, a fix turns it all-clear', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  fake.server.comments.push({ id: 1, issue: 7, body: 'a human comment' });
  const first = await action({ workspace, apiUrl: fake.server.url, event: 'pull_request', inputs: AS_OF });
  assert.equal(first.status, 1, first.stdout);
  let ours = fake.server.comments.filter((c) => c.issue === 7 && c.body.includes('citrix-license-lint:pull-request-comment'));
  assert.equal(ours.length, 1);
  assert.match(ours[0]!.body, /❌ citrix-license-lint: not compliant/);
  assert.match(ours[0]!.body, /\[`inventory\.yaml:7`\]\(https:\/\/github\.com\/acme\/inventory\/blob\/a{40}\/inventory\.yaml#L7\)/);
  // A comment notifies; the edits below do not.
  assert.deepEqual(
    fake.server.notifications.filter((n) => n.issue === 7),
    [{ kind: 'comment', issue: 7 }],
  );

  const second = await action({ workspace, apiUrl: fake.server.url, event: 'pull_request', inputs: AS_OF });
  assert.equal(second.status, 1);
  ours = fake.server.comments.filter((c) => c.body.includes('citrix-license-lint:pull-request-comment'));
  assert.equal(ours.length, 1, 'edited in place, never a second comment');
  assert.equal(fake.server.notifications.filter((n) => n.issue === 7).length, 1);

  const fixed = tempRepo(t, { 'inventory.yaml': COMPLIANT });
  const third = await action({ workspace: fixed, apiUrl: fake.server.url, event: 'pull_request', inputs: AS_OF });
  assert.equal(third.status, 0, third.stdout);
  ours = fake.server.comments.filter((c) => c.body.includes('citrix-license-lint:pull-request-comment'));
  assert.equal(ours.length, 1);
  assert.match(ours[0]!.body, /✅ citrix-license-lint: compliant/);
  assert.equal(fake.server.comments.find((c) => c.id === 1)!.body, 'a human comment');
  assert.equal(third.outputs.compliant, 'true');
});

test('the comment is found across pages of a long conversation (Link pagination)', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  for (let i = 0; i < 150; i++) fake.server.comments.push({ id: 5000 + i, issue: 8, body: `chatter ${i}` });
  const marker = '<!-- citrix-license-lint:pull-request-comment id=inventory.yaml -->';
  fake.server.comments.push({ id: 9999, issue: 8, body: `${marker}\nold report`, user: 'github-actions[bot]' });
  await action({ workspace, apiUrl: fake.server.url, event: 'pull_request', inputs: AS_OF, pullNumber: 8 });
  const ours = fake.server.comments.filter((c) => c.issue === 8 && c.body.includes('pull-request-comment'));
  assert.equal(ours.length, 1);
  assert.equal(ours[0]!.id, 9999);
  assert.notEqual(ours[0]!.body, `${marker}\nold report`);
});

test("ownership: a person's comment quoting the marker is never adopted; the bot's own is", async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  const marker = '<!-- citrix-license-lint:pull-request-comment id=inventory.yaml -->';
  fake.server.comments.push({ id: 7001, issue: 41, body: `${marker}\nI quote the marker`, user: 'mallory' });
  const run = await action({ workspace, apiUrl: fake.server.url, event: 'pull_request', inputs: AS_OF, pullNumber: 41 });
  assert.equal(run.status, 1);
  assert.equal(fake.server.comments.find((c) => c.id === 7001)!.body, `${marker}\nI quote the marker`);
  const bot = fake.server.comments.filter((c) => c.issue === 41 && c.user === 'github-actions[bot]');
  assert.equal(bot.length, 1);
  assert.equal(fake.server.count('PATCH', /\/issues\/comments\/7001$/), 0, 'never even tried to edit it');
});

test('ownership: with a personal token the identity comes from GET /user', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  const marker = '<!-- citrix-license-lint:pull-request-comment id=inventory.yaml -->';
  fake.server.comments.push({ id: 7101, issue: 42, body: `${marker}\nold`, user: 'github-actions[bot]' });
  fake.server.comments.push({ id: 7102, issue: 42, body: `${marker}\nold`, user: PERSONAL_LOGIN });
  await action({ workspace, apiUrl: fake.server.url, event: 'pull_request', inputs: AS_OF, pullNumber: 42, token: PERSONAL_TOKEN });
  assert.equal(fake.server.comments.find((c) => c.id === 7101)!.body, `${marker}\nold`);
  assert.match(fake.server.comments.find((c) => c.id === 7102)!.body, /not compliant/);
  assert.equal(fake.server.comments.filter((c) => c.issue === 42).length, 2);
});

test('two uses of the action in one repository keep their own comment and check run', async (t) => {
  const workspace = tempRepo(t, { 'a/inventory.yaml': VIOLATING, 'b/inventory.yaml': COMPLIANT });
  const common = { workspace, apiUrl: fake.server.url, event: 'pull_request' as const, pullNumber: 43 };
  await action({ ...common, inputs: { ...AS_OF, inventory: 'a/inventory.yaml', 'check-run': 'true' } });
  await action({ ...common, inputs: { ...AS_OF, inventory: 'b/inventory.yaml', 'check-run': 'true' } });
  await action({ ...common, inputs: { ...AS_OF, inventory: 'a/inventory.yaml', 'check-run': 'true' } });
  const ours = fake.server.comments.filter((c) => c.issue === 43);
  assert.equal(ours.length, 2);
  assert.match(ours.find((c) => c.body.includes('id=a/inventory.yaml'))!.body, /not compliant/);
  assert.match(ours.find((c) => c.body.includes('id=b/inventory.yaml'))!.body, /✅ citrix-license-lint: compliant/);
  const names = new Set(fake.server.checkRuns.filter((r) => r.name.includes('/inventory.yaml')).map((r) => r.name));
  assert.deepEqual([...names].sort(), ['citrix-license-lint (a/inventory.yaml)', 'citrix-license-lint (b/inventory.yaml)']);
});

test('a push with 120 findings: the check run annotates 50 in its one request and says where the other 70 are', async (t) => {
  const allocations = Array.from({ length: 120 }, (_, i) => `  - { entitlement: uhmc, hostname: ghost-${i}, quantity: 1 }`).join('\n');
  const workspace = tempRepo(t, {
    'inventory.yaml': `version: 1\nentitlements:\n  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 1000, end: 2027-12-31 }\nallocations:\n${allocations}\n`,
  });
  const writes = fake.server.writes().length;
  const run = await action({
    workspace,
    apiUrl: fake.server.url,
    event: 'push',
    inputs: { ...AS_OF, 'check-run': 'true', comment: 'false' },
  });
  assert.equal(run.status, 1);
  const check = fake.server.checkRuns.at(-1)!;
  assert.equal(check.annotations.length, 50);
  assert.equal(check.conclusion, 'failure');
  // Each request is a write, and GitHub asks for a second between writes: one, the create.
  assert.deepEqual(
    fake.server
      .writes()
      .slice(writes)
      .map((w) => `${w.method} ${w.path}`),
    ['POST /repos/acme/inventory/check-runs'],
  );
  assert.match(
    check.summary,
    /_70 findings are not annotated here \(this check run annotates the first 50, errors first; each 50 annotations are one more API write/,
  );
  assert.match(check.summary, /see the \[job summary\]\(https:\/\/github\.com\/acme\/inventory\/actions\/runs\/4242\)/);
  // The step shows 9 finding errors and its own closing error (GitHub shows 10 per level),
  // and a notice that counts the rest.
  assert.equal(run.stdout.match(/^::error /gm)?.length, 9);
  assert.match(run.stdout, /^::error::citrix-license-lint: not compliant: 120 errors/m);
  assert.match(run.stdout, /^::notice title=citrix-license-lint%3A more findings::111 more findings are not annotated here/m);
});

test('1,100 findings on a push: the one request of annotations holds errors only, and the summary counts the rest', async (t) => {
  const ghosts = Array.from({ length: 1_050 }, (_, i) => `  - { entitlement: uhmc, hostname: ghost-${i}, quantity: 1 }`).join('\n');
  // Fifty servers with an unreadable version: warnings, before the allocations in the file.
  const servers = Array.from(
    { length: 50 },
    (_, i) =>
      `  - { hostname: ls-${i}, environment: test, state: active, version: 99.0 build 1, activation: las-online, telemetry: { mode: automatic, lastReported: 2026-11-27 } }`,
  ).join('\n');
  const workspace = tempRepo(t, {
    'inventory.yaml': `version: 1\nentitlements:\n  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 100000, end: 2027-12-31 }\nlicenseServers:\n${servers}\nallocations:\n${ghosts}\n`,
  });
  const writes = fake.server.writes().length;
  await action({ workspace, apiUrl: fake.server.url, event: 'push', inputs: { ...AS_OF, 'check-run': 'true', comment: 'false' } });
  const check = fake.server.checkRuns.at(-1)!;
  const levels = (check.annotations as { annotation_level: string }[]).map((a) => a.annotation_level);
  assert.equal(levels.length, 50);
  assert.equal(fake.server.writes().length - writes, 1);
  // The 1,050 errors come first, though the warnings are earlier in the file.
  assert.ok(levels.every((level) => level === 'failure'));
  assert.match(check.summary, /1,050 findings are not annotated here/);
});

test('a fork pull request: one notice, no write attempted, annotations and verdict unchanged', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  const writes = fake.server.requests.filter((r) => r.method !== 'GET').length;
  const run = await action({
    workspace,
    apiUrl: fake.server.url,
    event: 'pull_request',
    inputs: { ...AS_OF, 'check-run': 'true' },
    token: READ_ONLY_TOKEN,
    pullNumber: 22,
    headRepository: 'someone/inventory',
  });
  assert.equal(run.status, 1);
  assert.deepEqual(run.stdout.match(/^::warning::.*$/gm) ?? [], []);
  const notices = run.stdout.match(/^::notice::.*$/gm) ?? [];
  assert.equal(notices.length, 1, run.stdout);
  assert.match(notices[0]!, /pull request from a fork: its token can only read/);
  assert.doesNotMatch(notices[0]!, /permissions:/);
  assert.equal(fake.server.requests.filter((r) => r.method !== 'GET').length, writes);
  assert.match(run.summary, /❌ citrix-license-lint: not compliant/);
});

test('a read-only token on a branch pull request: one warning naming the permission, annotations and verdict unchanged', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  const run = await action({
    workspace,
    apiUrl: fake.server.url,
    event: 'pull_request',
    inputs: AS_OF,
    token: READ_ONLY_TOKEN,
    pullNumber: 21,
  });
  assert.equal(run.status, 1);
  const warnings = run.stdout.match(/^::warning::.*$/gm) ?? [];
  assert.equal(warnings.length, 1, run.stdout);
  assert.match(warnings[0]!, /could not create or update the pull request comment: .*HTTP 403.*`permissions: pull-requests: write`/);
  assert.doesNotMatch(warnings[0]!, /fork/);
  assert.match(run.stdout, /^::error title=license-server\/telemetry-disabled,file=inventory\.yaml,line=5/m);
  assert.match(run.summary, /❌ citrix-license-lint: not compliant/);
  assert.equal(run.outputs.errors, '2');
  assert.equal(fake.server.comments.filter((c) => c.issue === 21).length, 0);
});

test('429 with retry-after is honoured and the comment still lands', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  fake.server.faults.push({ method: 'POST', path: /\/issues\/31\/comments$/, status: 429, headers: { 'retry-after': '1' }, times: 1 });
  const run = await action({ workspace, apiUrl: fake.server.url, event: 'pull_request', inputs: AS_OF, pullNumber: 31 });
  assert.equal(run.status, 1);
  assert.equal(fake.server.comments.filter((c) => c.issue === 31).length, 1);
  assert.equal(fake.server.count('POST', /\/issues\/31\/comments$/), 2);
  assert.ok(run.slept.includes(1000), `waited for retry-after: ${run.slept.join(', ')} ms`);
});

test('scheduled runs open, update, close and reopen the tracking issue', async (t) => {
  const bad = tempRepo(t, { 'inventory.yaml': VIOLATING });
  const good = tempRepo(t, { 'inventory.yaml': COMPLIANT });
  const inputs = { ...AS_OF, 'tracking-issue': 'true', comment: 'false' };
  fake.server.issues.length = 0;
  await action({ workspace: bad, apiUrl: fake.server.url, event: 'schedule', inputs });
  assert.equal(fake.server.issues.length, 1);
  assert.equal(fake.server.issues[0]!.state, 'open');
  assert.match(fake.server.issues[0]!.title, /citrix-license-lint/);
  assert.match(fake.server.issues[0]!.body, /not compliant/);

  await action({ workspace: bad, apiUrl: fake.server.url, event: 'workflow_dispatch', inputs });
  assert.equal(fake.server.issues.length, 1, 'updated in place');

  const fixed = await action({ workspace: good, apiUrl: fake.server.url, event: 'schedule', inputs });
  assert.equal(fixed.status, 0);
  assert.equal(fake.server.issues[0]!.state, 'closed');
  assert.ok(fake.server.comments.some((c) => c.issue === 1 && /No violations as of 2026-11-28/.test(c.body)));

  await action({ workspace: bad, apiUrl: fake.server.url, event: 'schedule', inputs });
  assert.equal(fake.server.issues.length, 1);
  assert.equal(fake.server.issues[0]!.state, 'open', 'reopened on regression');
});

test('push: no comment, no issue; SARIF and outputs written; the token never leaks', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': VIOLATING });
  const token = 'ghs_secret_token_that_must_never_leak_42';
  const requestsBefore = fake.server.requests.length;
  const run = await action({
    workspace,
    apiUrl: fake.server.url,
    event: 'push',
    inputs: { ...AS_OF, 'sarif-file': 'reports/cll.sarif' },
    token,
  });
  assert.equal(run.status, 1);
  assert.equal(fake.server.requests.length, requestsBefore, 'push with default inputs calls no API');
  const sarifPath = path.join(workspace, 'reports', 'cll.sarif');
  assert.equal(run.outputs['sarif-file'], sarifPath);
  const sarif = readFileSync(sarifPath, 'utf8');
  assert.equal(JSON.parse(sarif).version, '2.1.0');
  assert.equal(JSON.parse(run.outputs['report-json']!).summary.errors, 2);
  // The one place the token may appear is the command that registers it as a secret: the
  // runner consumes that line and masks the value everywhere after it.
  assert.equal(run.stdout.split('\n')[0], `::add-mask::${token}`);
  const afterMask = run.stdout.split('\n').slice(1).join('\n');
  for (const text of [afterMask, run.stderr, run.summary, sarif, JSON.stringify(run.outputs)]) assert.ok(!text.includes(token));
});

test('a bad input fails the step with one clear message', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': COMPLIANT });
  const run = await action({
    workspace,
    apiUrl: fake.server.url,
    event: 'push',
    inputs: { 'fail-on': 'sometimes', comment: 'maybe' },
  });
  assert.equal(run.status, 1);
  const errors = run.stdout.match(/^::error::.*$/gm) ?? [];
  assert.equal(errors.length, 1);
  assert.match(errors[0]!, /input `fail-on` must be error, warning or never; input `comment` must be true or false/);
});

test('a missing inventory fails the step with the path named', async (t) => {
  const workspace = tempRepo(t, {});
  const run = await action({ workspace, apiUrl: fake.server.url, event: 'push', inputs: { inventory: 'inv/' } });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /^::error::citrix-license-lint: inv\/: no such file or folder$/m);
});

test('an unwritable sarif-file fails the step with the path named, and the rest still happens', async (t) => {
  const workspace = tempRepo(t, { 'inventory.yaml': COMPLIANT, 'reports/.keep': '' });
  const run = await action({ workspace, apiUrl: fake.server.url, event: 'push', inputs: { ...AS_OF, 'sarif-file': 'reports' } });
  assert.equal(run.status, 1);
  assert.match(
    run.stdout,
    /^::error::citrix-license-lint: cannot write sarif-file reports \(EISDIR\): give a file path in the workspace$/m,
  );
  assert.match(run.summary, /✅ citrix-license-lint: compliant/);
  assert.equal(run.outputs.compliant, 'true');
});
