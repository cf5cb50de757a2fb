import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LIMITS, useFakeGitHub } from './helpers/fake-github.js';
import { GitRepo } from './helpers/git-repo.js';
import { action } from './helpers/action-in-process.js';
import { tempRepo } from './helpers/temp-repo.js';

// Issue 15, point 1: every body is built to GitHub's limit by construction, against a fake
// that answers 422 over the limit as GitHub does.

const AS_OF = '2026-11-28';
const fake = useFakeGitHub();
const server = (name: string, extra = '') =>
  `  - { hostname: ${name}, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: automatic, lastReported: 2026-11-27 }${extra} }`;

function renewal(year: number): string {
  const servers = Array.from({ length: 50 }, (_, i) => server(`ls-${String(i).padStart(2, '0')}.licensing.corp.example`));
  const entitlements = Array.from(
    { length: 20 },
    (_, e) =>
      `  - { id: sub-${year}-${e}, product: XDT_PLT_UD, type: subscription, quantity: 5000, start: ${year}-01-01, end: ${year + 1}-12-31 }`,
  );
  const allocations = Array.from(
    { length: 1_000 },
    (_, i) =>
      `  - { entitlement: sub-${year}-${i % 20}, hostname: ls-${String(Math.floor(i / 20)).padStart(2, '0')}.licensing.corp.example, quantity: ${1 + (i % 7)} }`,
  );
  return `version: 1\nentitlements:\n${entitlements.join('\n')}\nlicenseServers:\n${servers.join('\n')}\nallocations:\n${allocations.join('\n')}\n`;
}

test('a renewal pull request on 50 servers and 1,000 allocations: the comment is posted within 65,536 characters', async (t) => {
  const repo = new GitRepo(t);
  const base = repo.commit('2025 subscriptions', { 'inventory/a.yaml': renewal(2025) });
  const head = repo.commit('renew for 2026', { 'inventory/a.yaml': renewal(2026) });
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 71,
    baseSha: base,
    sha: head,
    inputs: { 'as-of': AS_OF, 'check-run': 'true' },
  });
  assert.deepEqual(fake.server.refused, [], 'GitHub refused nothing');
  const comment = fake.server.comments.find((c) => c.issue === 71)!.body;
  assert.ok(comment.length <= LIMITS.body, `${comment.length} characters`);
  assert.match(comment, /more lines of this digest left out to stay within GitHub's size limit: see the \[job summary\]/);
  assert.match(comment, /\[check run\]\(https:\/\/github\.com\/acme\/inventory\/runs\/\d+\)/);
  assert.ok(Buffer.byteLength(run.summary) <= 1024 * 1024);
  assert.match(run.summary, /What this change does to licensing/);
});

test('a 70 KB host name: comment, check run, annotation and summary all stay within their limits', async (t) => {
  const long = `ls-${'x'.repeat(70_000)}`;
  const workspace = tempRepo(t, {
    'inventory.yaml': `version: 1\nlicenseServers:\n  - { hostname: ${long}, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: disabled } }\nallocations:\n  - { entitlement: nothing, hostname: ${long}, quantity: 1 }\n`,
  });
  const run = await action({
    workspace,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 72,
    inputs: { 'as-of': AS_OF, 'check-run': 'true' },
  });
  assert.equal(run.status, 1);
  assert.deepEqual(fake.server.refused, []);
  assert.deepEqual(run.stdout.match(/^::warning::.*$/gm) ?? [], []);
  const comment = fake.server.comments.find((c) => c.issue === 72)!.body;
  assert.ok(comment.length <= LIMITS.body);
  assert.match(comment, /not compliant/);
  const check = fake.server.checkRuns.at(-1)!;
  assert.ok(check.summary.length <= LIMITS.checkOutput);
  assert.ok(check.annotations.length > 0);
  for (const a of check.annotations as { message: string }[]) assert.ok(Buffer.byteLength(a.message) <= LIMITS.annotationMessage);
});

test('a first pull request adding 300 servers: the job summary stays under 1 MiB and says what it left out', async (t) => {
  const name = (i: number) => `ls-${String(i).padStart(3, '0')}-${'n'.repeat(240)}`;
  const servers = Array.from({ length: 300 }, (_, i) =>
    server(name(i)).replace('telemetry: { mode: automatic, lastReported: 2026-11-27 }', 'telemetry: { mode: disabled }'),
  );
  const allocations = Array.from(
    { length: 5_000 },
    (_, i) => `  - { entitlement: e-${i % 40}, hostname: ${name(Math.floor(i / 20))}, quantity: 1 }`,
  );
  const workspace = tempRepo(t, {
    'inventory.yaml': `version: 1\nlicenseServers:\n${servers.join('\n')}\nallocations:\n${allocations.join('\n')}\n`,
  });
  const run = await action({
    workspace,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 73,
    inputs: { 'as-of': AS_OF },
  });
  assert.equal(run.status, 1);
  const bytes = Buffer.byteLength(run.summary);
  assert.ok(bytes <= 1024 * 1024 && bytes > 900 * 1024, `${bytes} bytes`);
  assert.match(run.summary, /more findings are not shown here/);
  assert.ok(fake.server.comments.find((c) => c.issue === 73)!.body.length <= LIMITS.body);
});

test('a refused update never leaves the old verdict: the old comment is replaced by a short note', async (t) => {
  const workspace = tempRepo(t, {
    'inventory.yaml': `version: 1\nlicenseServers:\n${server('ls1').replace('telemetry: { mode: automatic, lastReported: 2026-11-27 }', 'telemetry: { mode: disabled }')}\n`,
  });
  const marker = '<!-- citrix-license-lint:pull-request-comment id=inventory.yaml -->';
  fake.server.comments.push({ id: 8801, issue: 74, body: `${marker}\n## ✅ citrix-license-lint: compliant`, user: 'github-actions[bot]' });
  fake.server.faults.push({
    method: 'PATCH',
    path: /\/issues\/comments\/8801$/,
    status: 422,
    times: 1,
    body: { message: 'Validation Failed' },
  });
  const run = await action({
    workspace,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 74,
    inputs: { 'as-of': AS_OF },
  });
  fake.server.faults.length = 0;
  assert.equal(run.status, 1);
  const body = fake.server.comments.find((c) => c.id === 8801)!.body;
  assert.doesNotMatch(body, /✅/);
  assert.match(body, /^## ❌ citrix-license-lint: not compliant$/m);
  assert.match(
    body,
    /GitHub refused the full report here: see the \[job summary\]\(https:\/\/github\.com\/acme\/inventory\/actions\/runs\/4242\)/,
  );
  assert.match(run.stdout, /pull request comment replaced by a short note/);
});
