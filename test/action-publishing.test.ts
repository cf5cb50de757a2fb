import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import MarkdownIt from 'markdown-it';
import { READ_ONLY_TOKEN, useFakeGitHub } from './helpers/fake-github.js';
import { GitRepo } from './helpers/git-repo.js';
import { action } from './helpers/action-in-process.js';
import { tempRepo } from './helpers/temp-repo.js';

// Issue 15, points 4, 5, 7, 8 and 9: what the action publishes, in what order, under which
// name, and with one verdict everywhere.

const AS_OF = '2026-11-28';
const fake = useFakeGitHub();
const server = (name: string, telemetry = 'telemetry: { mode: automatic, lastReported: 2026-11-27 }') =>
  `  - { hostname: ${name}, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, ${telemetry} }`;
const DISABLED = 'telemetry: { mode: disabled }';
const warningsOf = (stdout: string) => stdout.match(/^::warning(?: [^:]*)?::.*$/gm) ?? [];
const errorsOf = (stdout: string) => stdout.match(/^::error(?: [^:]*)?::.*$/gm) ?? [];

test('annotations: the closing error and the step’s own warnings keep their slots under the 10-per-level cap', async (t) => {
  // 12 errors (telemetry disabled) and 12 warnings (upcoming term ends).
  const servers = Array.from({ length: 12 }, (_, i) => server(`ls${i}`, DISABLED));
  const entitlements = Array.from(
    { length: 12 },
    (_, i) => `  - { id: e${i}, product: XDT_PLT_UD, type: subscription, quantity: 1, end: 2026-12-${String(10 + i).padStart(2, '0')} }`,
  );
  const workspace = tempRepo(t, {
    'inventory.yaml': `version: 1\nentitlements:\n${entitlements.join('\n')}\nlicenseServers:\n${servers.join('\n')}\n`,
  });
  // A read-only token on a push: the check run is refused, which is the step's own warning.
  const run = await action({
    workspace,
    apiUrl: fake.server.url,
    event: 'push',
    token: READ_ONLY_TOKEN,
    inputs: { 'as-of': AS_OF, 'check-run': 'true' },
  });
  assert.equal(run.status, 1);
  const errors = errorsOf(run.stdout);
  const warnings = warningsOf(run.stdout);
  assert.ok(errors.length <= 10 && warnings.length <= 10, `${errors.length} errors, ${warnings.length} warnings`);
  assert.match(errors.at(-1)!, /^::error::citrix-license-lint: not compliant: 12 errors/);
  assert.equal(errors.filter((e) => e.startsWith('::error title=')).length, 9);
  assert.ok(warnings.some((w) => /could not publish the check run: the token may not do this \(HTTP 403\)/.test(w)));
  assert.equal(warnings.filter((w) => w.startsWith('::warning title=')).length, 9);
  // The nearest deadline (2026-12-10) is annotated first among the warnings.
  assert.match(warnings.find((w) => w.startsWith('::warning title='))!, /entitlement `e0`/);
});

test('one verdict: only-new with old errors passes everywhere, and says the inventory is not compliant', async (t) => {
  const inventory = `version: 1\nlicenseServers:\n${server('ls1', DISABLED)}\n`;
  const repo = new GitRepo(t);
  const base = repo.commit('base', { 'inventory.yaml': inventory });
  const head = repo.commit('a comment', { 'inventory.yaml': `${inventory}# reviewed\n` });
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 81,
    baseSha: base,
    sha: head,
    inputs: { 'as-of': AS_OF, 'only-new': 'true', 'check-run': 'true' },
  });
  assert.equal(run.status, 0, run.stdout);
  const check = fake.server.checkRuns.find((r) => r.head_sha === head)!;
  assert.equal(check.conclusion, 'success');
  assert.match(check.title, /^⚠️ passes \(this change introduces none\), but not compliant: 1 error/);
  const comment = fake.server.comments.find((c) => c.issue === 81)!.body;
  assert.match(comment, /^## ⚠️ citrix-license-lint: passes \(this change introduces none\), but not compliant: 1 error$/m);
  assert.doesNotMatch(comment, /❌ citrix-license-lint/);
  assert.equal(run.outputs.passed, 'true');
  assert.equal(run.outputs.compliant, 'false');
  assert.equal(run.outputs.verdict, 'passes (this change introduces none), but not compliant: 1 error');
});

test('one verdict: fail-on warning with only warnings fails everywhere', async (t) => {
  const workspace = tempRepo(t, {
    'inventory.yaml': `version: 1\nentitlements:\n  - { id: e1, product: XDT_PLT_UD, type: subscription, quantity: 1, end: 2026-12-10 }\n`,
  });
  const sha = 'd'.repeat(40);
  const run = await action({
    workspace,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 82,
    sha,
    inputs: { 'as-of': AS_OF, 'fail-on': 'warning', 'check-run': 'true' },
  });
  assert.equal(run.status, 1);
  const check = fake.server.checkRuns.find((r) => r.head_sha === sha)!;
  assert.equal(check.conclusion, 'failure');
  assert.match(check.title, /^❌ fails: 1 warning \(fail-on: warning\)/);
  assert.match(
    fake.server.comments.find((c) => c.issue === 82)!.body,
    /^## ❌ citrix-license-lint: fails: 1 warning \(fail-on: warning\)$/m,
  );
  assert.match(run.summary, /^## ❌ citrix-license-lint: fails: 1 warning/m);
  assert.match(run.stdout, /^::error::citrix-license-lint: fails: 1 warning \(fail-on: warning\): 0 errors and 1 warning/m);
  assert.equal(run.outputs.passed, 'false');
});

test('tracking issue: found by label among its own, a comment lists new violations, edits notify nobody, the run is linked', async (t) => {
  const marker = '<!-- citrix-license-lint:tracking-issue id=inventory.yaml -->';
  fake.server.issues.length = 0;
  // Someone opens an issue with the marker and the label to hijack it.
  fake.server.issues.push({
    number: 1,
    title: 'hijack',
    body: `${marker}\nmine`,
    state: 'open',
    user: 'mallory',
    labels: ['citrix-license-lint'],
  });
  const one = tempRepo(t, { 'inventory.yaml': `version: 1\nlicenseServers:\n${server('ls1', DISABLED)}\n` });
  const two = tempRepo(t, { 'inventory.yaml': `version: 1\nlicenseServers:\n${server('ls1', DISABLED)}\n${server('ls2', DISABLED)}\n` });
  const inputs = { 'as-of': AS_OF, 'tracking-issue': 'true', comment: 'false' };
  await action({ workspace: one, apiUrl: fake.server.url, event: 'schedule', inputs });
  assert.equal(fake.server.issues[0]!.body, `${marker}\nmine`, "a person's issue is never adopted");
  const ours = fake.server.issues.find((i) => i.user === 'github-actions[bot]')!;
  assert.equal(ours.title, 'citrix-license-lint: licensing compliance findings (inventory.yaml)');
  assert.deepEqual(ours.labels, ['citrix-license-lint']);
  assert.match(ours.body, /\[Workflow run\]\(https:\/\/github\.com\/acme\/inventory\/actions\/runs\/4242\)/);
  const notified = () => fake.server.notifications.filter((n) => n.issue === ours.number).length;
  assert.equal(notified(), 1, 'opening notifies');

  await action({ workspace: one, apiUrl: fake.server.url, event: 'schedule', inputs });
  assert.equal(notified(), 1, 'the same violations: an edit, which notifies nobody');

  await action({ workspace: two, apiUrl: fake.server.url, event: 'schedule', inputs });
  assert.equal(notified(), 2, 'a new violation: a comment');
  const comment = fake.server.comments.filter((c) => c.issue === ours.number).at(-1)!.body;
  assert.match(comment, /\*\*1 new violation\*\* as of 2026-11-28/);
  assert.match(comment, /`inventory\.yaml:4`: license server `ls2`/);
  assert.doesNotMatch(comment, /`ls1`/);

  // Every listing asked for the label: the repository's other issues and pull requests were never listed.
  const listings = fake.server.requests.filter((r) => r.method === 'GET' && r.path === '/repos/acme/inventory/issues');
  assert.ok(listings.length >= 3);
  assert.ok(listings.every((r) => /[?&]labels=citrix-license-lint(&|$)/.test(r.query)));
});

test('tracking issue: only the default branch touches it; tracking-issue-on: warning opens it for an upcoming deadline', async (t) => {
  fake.server.issues.length = 0;
  const deadline = tempRepo(t, {
    'inventory.yaml': `version: 1\nentitlements:\n  - { id: e1, product: XDT_PLT_UD, type: subscription, quantity: 1, end: 2026-12-10 }\n`,
  });
  const inputs = { 'as-of': AS_OF, 'tracking-issue': 'true', comment: 'false' };
  await action({ workspace: deadline, apiUrl: fake.server.url, event: 'schedule', inputs });
  assert.equal(fake.server.issues.length, 0, 'a warning does not open it at the default level');

  const onFeature = await action({
    workspace: deadline,
    apiUrl: fake.server.url,
    event: 'workflow_dispatch',
    ref: 'refs/heads/feature',
    inputs: { ...inputs, 'tracking-issue-on': 'warning' },
  });
  assert.equal(fake.server.issues.length, 0);
  assert.match(onFeature.stdout, /tracking issue left alone: this run is on refs\/heads\/feature, not the default branch/);

  await action({
    workspace: deadline,
    apiUrl: fake.server.url,
    event: 'schedule',
    inputs: { ...inputs, 'tracking-issue-on': 'warning' },
  });
  assert.equal(fake.server.issues.length, 1);
  assert.match(fake.server.issues[0]!.body, /entitlement `e1`/);
});

test('order: errors first, then the nearest deadline, in the comment and the deadline list', async (t) => {
  const workspace = tempRepo(t, {
    'inventory.yaml': `version: 1
entitlements:
  - { id: far, product: XDT_PLT_UD, type: subscription, quantity: 10, end: 2026-12-20 }
  - { id: near, product: XDT_ENT_UD, type: subscription, quantity: 10, end: 2026-12-01 }
licenseServers:
${server('zz-last', DISABLED)}
`,
  });
  await action({ workspace, apiUrl: fake.server.url, event: 'pull_request', pullNumber: 83, inputs: { 'as-of': AS_OF } });
  const body = fake.server.comments.find((c) => c.issue === 83)!.body;
  const at = (text: string) => body.indexOf(text);
  assert.ok(at('### `license-server/telemetry-disabled`') < at('### `deadlines/upcoming`'), 'errors lead');
  assert.ok(at('in 3 days): entitlement `near`') < at('in 22 days): entitlement `far`'), 'nearest deadline first');
  const rows = body.split('\n').filter((l) => l.startsWith('| [`inventory.yaml:'));
  assert.match(rows[1]!, /`near`/);
  assert.match(rows[2]!, /`far`/);
  // The fix text once per rule, above its rows.
  assert.equal(body.match(/\*\*How to fix\.\*\* Do what the message says/g)?.length, 1);
});

test('a checkout into a sub-folder: annotations, SARIF and links are relative to the repository root', async (t) => {
  const workspace = tempRepo(t, {
    'checkout/.git/HEAD': 'ref: refs/heads/main\n',
    'checkout/inv/a (1)]#?.yaml': `version: 1\nlicenseServers:\n${server('ls1', DISABLED)}\n`,
  });
  const run = await action({
    workspace,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 84,
    inputs: { 'as-of': AS_OF, inventory: 'checkout/inv', 'sarif-file': 'out/cll.sarif', category: 'licensing/prod', 'check-run': 'true' },
  });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /^::error title=license-server\/telemetry-disabled,file=inv\/a \(1\)\]#\?\.yaml,line=3/m);
  const sarif = JSON.parse(readFileSync(path.join(workspace, 'out', 'cll.sarif'), 'utf8'));
  assert.equal(sarif.runs[0].automationDetails.id, 'licensing/prod/');
  assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'inv/a%20%281%29%5D%23%3F.yaml');
  const check = fake.server.checkRuns.at(-1)!;
  assert.equal((check.annotations[0] as { path: string }).path, 'inv/a (1)]#?.yaml');
  assert.equal(check.name, 'citrix-license-lint (inv)');
  // The link, rendered, points at the file itself.
  const body = fake.server.comments.find((c) => c.issue === 84)!.body;
  const html = new MarkdownIt().render(body);
  assert.match(html, /href="https:\/\/github\.com\/acme\/inventory\/blob\/a{40}\/inv\/a%20%281%29%5D%23%3F\.yaml#L3"/);
  assert.match(html, /<code>inv\/a \(1\)\]#\?\.yaml:3<\/code>/);
});

test('SARIF: the category names the run by default after the id, and findings about one entity get distinct fingerprints', async (t) => {
  const workspace = tempRepo(t, {
    'inventory.yaml': `version: 1
entitlements:
  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 100, end: 2027-12-31 }
allocations:
  - { entitlement: uhmc, hostname: ghost, quantity: 1 }
  - { entitlement: uhmc, hostname: ghost, quantity: 2 }
`,
  });
  await action({ workspace, apiUrl: fake.server.url, event: 'push', inputs: { 'as-of': AS_OF, 'sarif-file': 'cll.sarif' } });
  const sarif = JSON.parse(readFileSync(path.join(workspace, 'cll.sarif'), 'utf8'));
  assert.equal(sarif.runs[0].automationDetails.id, 'citrix-license-lint/inventory.yaml/');
  const prints = (sarif.runs[0].results as { ruleId: string; partialFingerprints: Record<string, string> }[])
    .filter((r) => r.ruleId === 'allocation/orphaned-hostname')
    .map((r) => r.partialFingerprints['citrixLicenseLint/v1']);
  assert.equal(prints.length, 2);
  assert.equal(new Set(prints).size, 2);
});
