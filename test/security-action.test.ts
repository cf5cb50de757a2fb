import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { useFakeGitHub } from './helpers/fake-github.js';
import { assertNothingLeaks, everyActionOutput, HostileRepo, listing } from './helpers/hostile-repo.js';
import { action } from './helpers/action-in-process.js';
import { tempRepo } from './helpers/temp-repo.js';

// Issue 16 through the action on a pull request whose head is hostile:
// real base and head commits, real links, a real .git/config holding a credential, and the
// fake GitHub API on loopback. Every output is searched for the credential and outside text.

const fake = useFakeGitHub();
const SERVER = (host: string, telemetry = '{ mode: disabled }') =>
  `  - { hostname: ${host}, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: ${telemetry} }\n`;
const INVENTORY = `version: 1\nlicenseServers:\n${SERVER('ls1')}`;
const INPUTS = { 'as-of': '2026-11-28', comment: 'true', 'check-run': 'true', 'sarif-file': 'reports/cll.sarif' };

test('a pull request of links to .git/config, outside files, /usr and a SARIF folder outside: nothing leaks, nothing is written out', async (t) => {
  const repo = new HostileRepo(t);
  const base = repo.commit('base', { 'inventory/a.yaml': INVENTORY });
  repo.link('inventory/creds.yaml', '../.git/config');
  repo.link('inventory/outside.yaml', path.join(repo.outside, 'secret.yaml'));
  repo.link('inventory/usr', '/usr');
  repo.link('licenses/creds.lic', '../.git/config');
  repo.link('reports', repo.outside);
  const head = repo.commit('hostile', {
    'inventory/b.yaml': `version: 1\nlicenseServers:\n  - hostname: ls2\n    environment: test\n    state: active\n    telemetry: { mode: disabled }\n    licenseFiles:\n      - path: ../licenses/creds.lic\n`,
  });
  const before = listing(repo.outside);
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 161,
    baseSha: base,
    sha: head,
    inputs: INPUTS,
  });
  assert.equal(run.status, 1);
  assert.deepEqual(listing(repo.outside), before, 'no SARIF written through the committed link');
  assert.match(run.stdout, /cannot write sarif-file reports\/cll\.sarif \(the path is a symbolic link that leads outside the workspace/);
  const comment = fake.server.comments.find((c) => c.issue === 161)!.body;
  assert.match(
    comment,
    /not read: this path leads into the repository&#39;s \.git folder|not read: this path leads into the repository's \.git folder/,
  );
  assert.match(comment, /licenses\/creds\.lic" is not read/);
  assertNothingLeaks(everyActionOutput(run, fake.server, [path.join(repo.outside, 'cll.sarif')]));
});

test('a pull request that weakens its own checks: named first in the comment, summary and check run; only-new fails', async (t) => {
  const repo = new HostileRepo(t);
  const base = repo.commit('base', {
    '.citrix-license-lint.yml': 'rules:\n  license-server/telemetry-disabled: error\n',
    'inventory/a.yaml': INVENTORY,
  });
  const head = repo.commit('relax', {
    '.citrix-license-lint.yml': [
      'rules:',
      '  license-server/telemetry-disabled: off',
      'thresholds:',
      '  deadlineHorizonDays: 3',
      'licenseServerBuilds:',
      '  - { build: 99999, released: 2026-11-01, source: trust me }',
      '',
    ].join('\n'),
    'inventory/a.yaml': `version: 1\nlicenseServers:\n${SERVER('ls1')}  # citrix-license-lint-disable-next-line license-server/version-unknown -- the vendor said so\n  - { hostname: ls9, environment: test, state: active, activation: las-online, telemetry: { mode: automatic, lastReported: 2026-11-27 } }\n`,
  });
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 162,
    baseSha: base,
    sha: head,
    inputs: { 'as-of': '2026-11-28', comment: 'true', 'check-run': 'true', 'only-new': 'true' },
  });
  // Before: "✅ compliant – introduces 0, fixes 0" and a passing step.
  assert.equal(run.status, 1, run.stdout);
  assert.match(
    run.stdout,
    /::error::citrix-license-lint: this change modifies its own checks \(1 finding hidden by it\): rule license-server\/telemetry-disabled turned off/,
  );
  const comment = fake.server.comments.find((c) => c.issue === 162)!.body;
  for (const text of [comment, run.summary]) {
    const warning = text.indexOf('**This change modifies its own checks**');
    assert.ok(warning !== -1 && warning < text.indexOf('citrix-license-lint: '), 'said before the verdict');
    assert.match(text, /- rule license-server\/telemetry-disabled turned off \(was error\)/);
    assert.match(text, /- threshold deadlineHorizonDays changed from 30 to 3/);
    assert.match(text, /- License Server build 99999 added to the catalog, released 2026-11-01/);
    assert.match(text, /- suppression of license-server\/version-unknown added: .* — reason given: the vendor said so/);
    assert.match(text, /1 finding of this change would be reported under the base's configuration and is hidden by it/);
    assert.match(
      text,
      /suppressed inline, with the reasons given<\/summary>\n\n- `license-server\/version-unknown`: .* — reason given: the vendor said so/,
    );
  }
  const check = fake.server.checkRuns.at(-1)!;
  assert.match(check.title, /\(this change modifies its own checks\)/);
  assert.equal(check.conclusion, 'failure');
  assertNothingLeaks(everyActionOutput(run, fake.server));
});

test('the base is linted with the base configuration: a rule the base turned off is not counted as fixed or introduced', async (t) => {
  const repo = new HostileRepo(t);
  const base = repo.commit('base', {
    '.citrix-license-lint.yml': 'rules:\n  license-server/telemetry-disabled: off\n',
    'inventory/a.yaml': INVENTORY,
  });
  const head = repo.commit('tighten', {
    '.citrix-license-lint.yml': 'rules:\n  license-server/telemetry-disabled: error\n',
    'inventory/a.yaml': INVENTORY,
  });
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 163,
    baseSha: base,
    sha: head,
    inputs: { 'as-of': '2026-11-28', comment: 'true' },
  });
  // The base, judged by its own configuration, did not report telemetry: the head now does.
  assert.match(run.stdout, /compared with [0-9a-f]{10} \(read through git\): introduces 1 finding/);
  const comment = fake.server.comments.find((c) => c.issue === 163)!.body;
  assert.match(comment, /- rule license-server\/telemetry-disabled changed from off to error/);
});

test('a second configuration hidden in the inventory folder stops the run: outputs and summary say so', async (t) => {
  const repo = new HostileRepo(t);
  const base = repo.commit('base', { '.citrix-license-lint.yml': 'rules: {}\n', 'inventory/a.yaml': INVENTORY });
  const head = repo.commit('shadow', { 'inventory/.citrix-license-lint.yml': 'rules:\n  license-server/telemetry-disabled: off\n' });
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 164,
    baseSha: base,
    sha: head,
    inputs: { 'as-of': '2026-11-28' },
  });
  assert.equal(run.status, 1);
  assert.match(
    run.stdout,
    /::error::citrix-license-lint: two configuration files: inventory\/\.citrix-license-lint\.yml and \.citrix-license-lint\.yml/,
  );
  assert.equal(run.outputs.compliant, 'false');
  assert.match(run.outputs['report-json']!, /"stage":"linting the inventory"/);
  assert.match(run.summary, /## ❗ citrix-license-lint: could not lint\n\nNo verdict: the run stopped while linting the inventory\./);
});

test('a configuration linked to .git/config stops the run without quoting it', async (t) => {
  const repo = new HostileRepo(t);
  const base = repo.commit('base', { 'inventory/a.yaml': INVENTORY });
  repo.link('.citrix-license-lint.yml', '.git/config');
  const head = repo.commit('link the configuration', {});
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 165,
    baseSha: base,
    sha: head,
    inputs: { 'as-of': '2026-11-28', comment: 'true' },
  });
  assert.equal(run.status, 1);
  assert.match(run.summary, /the configuration is not read: it leads into the repository's \.git folder/);
  assertNothingLeaks(everyActionOutput(run, fake.server));
});

test('only-new: an existing finding that grows (1,001 → 900,000 allocated) fails', async (t) => {
  const repo = new HostileRepo(t);
  const inventory = (quantity: number) =>
    `version: 1\nentitlements:\n  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 1000, end: 2027-12-31 }\nlicenseServers:\n${SERVER('ls1', '{ mode: automatic, lastReported: 2026-11-27 }')}allocations:\n  - { entitlement: uhmc, hostname: ls1, quantity: ${quantity} }\n`;
  const base = repo.commit('base', { 'inventory/a.yaml': inventory(1_001) });
  const head = repo.commit('grow', { 'inventory/a.yaml': inventory(900_000) });
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 166,
    baseSha: base,
    sha: head,
    inputs: { 'as-of': '2026-11-28', 'only-new': 'true' },
  });
  assert.equal(run.status, 1, run.stdout);
  assert.match(run.stdout, /this change introduces 1 error/);
  // The same finding unchanged passes, as before.
  const same = repo.commit('touch', { 'inventory/a.yaml': `# owner: licensing\n${inventory(900_000)}` });
  const unchanged = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 167,
    baseSha: head,
    sha: same,
    inputs: { 'as-of': '2026-11-28', 'only-new': 'true' },
  });
  assert.equal(unchanged.status, 0, unchanged.stdout);
});

test('a non-JSON 200 from the API: the warning does not quote the token', async (t) => {
  const repo = new HostileRepo(t);
  repo.commit('base', { 'inventory/a.yaml': INVENTORY });
  const token = 'ghs_secrettoken_2222222222222222222222222222';
  // A proxy's page that echoes the request, token included.
  fake.server.faults.push({
    method: 'GET',
    path: /\/issues\/168\/comments$/,
    status: 200,
    raw: `<html>proxy login; you sent: authorization: token ${token}</html>`,
  });
  t.after(() => {
    fake.server.faults = fake.server.faults.filter((f) => !f.path.test('/repos/acme/inventory/issues/168/comments'));
  });
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 168,
    inputs: { 'as-of': '2026-11-28', comment: 'true' },
    token,
  });
  assert.match(
    run.stdout,
    /::warning::could not create or update the pull request comment: the answer was not the JSON GitHub sends \(a proxy or a captive portal in the way\?\)/,
  );
  // The runner masks what ::add-mask:: names; everything else must not hold the token at all.
  const outputs = everyActionOutput(run, fake.server);
  outputs.stdout = outputs.stdout!.replace(`::add-mask::${token}\n`, '');
  for (const [where, text] of Object.entries(outputs)) assert.ok(!text.includes('secrettoken'), `${where} quotes the token`);
});

test('a shallow clone: the base configuration is read through the API too, and a rule turned off is named', async (t) => {
  const workspace = tempRepo(t, {
    '.citrix-license-lint.yml': 'rules:\n  license-server/telemetry-disabled: off\n',
    'inventory/a.yaml': INVENTORY,
  });
  const baseSha = 'd'.repeat(40);
  fake.server.commits.set(baseSha, { '.citrix-license-lint.yml': 'rules: {}\n', 'inventory/a.yaml': INVENTORY });
  const run = await action({
    workspace,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 169,
    baseSha,
    inputs: { 'as-of': '2026-11-28', comment: 'true', 'only-new': 'true' },
  });
  assert.match(run.stdout, /read through contents API/);
  assert.equal(run.status, 1, 'the finding the change hides counts as introduced');
  assert.match(
    fake.server.comments.find((c) => c.issue === 169)!.body,
    /- rule license-server\/telemetry-disabled turned off \(was error\)/,
  );
});

test('an internal error while linting still writes the outputs and a summary that says what failed', async (t) => {
  const repo = new HostileRepo(t);
  const head = repo.commit('base', { 'inventory/a.yaml': `version: 1\nlicenseServers:\n${SERVER('BOOM-INTERNAL')}` });
  // A bug in the engine, simulated: lower-casing the hostname `BOOM-INTERNAL` throws, which no
  // input can cause on purpose.
  const lower = String.prototype.toLowerCase;
  String.prototype.toLowerCase = function toLowerCase() {
    if (String(this) === 'BOOM-INTERNAL') throw new TypeError('simulated engine bug');
    return lower.call(this);
  };
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'push',
    sha: head,
    inputs: { 'as-of': '2026-11-28' },
  }).finally(() => {
    String.prototype.toLowerCase = lower;
  });
  assert.equal(run.status, 1, run.stderr);
  assert.match(
    run.stdout,
    /::error::citrix-license-lint: internal error while linting the inventory: simulated engine bug; please report it/,
  );
  assert.equal(run.outputs.compliant, 'false');
  assert.match(run.outputs['report-json']!, /"stage":"linting the inventory"/);
  assert.match(run.summary, /## ❗ citrix-license-lint: internal error\n\nNo verdict: the run stopped while linting the inventory\./);
  assert.ok(!/\n\s+at /.test(run.stdout + run.stderr), 'no stack trace');
});
