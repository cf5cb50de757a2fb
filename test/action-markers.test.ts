import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli } from './helpers/cli-in-process.js';
import { LIMITS, useFakeGitHub } from './helpers/fake-github.js';
import { GitRepo } from './helpers/git-repo.js';
import { action } from './helpers/action-in-process.js';
import { tempRepo } from './helpers/temp-repo.js';

// Issue 22, points 4 and 5: the hidden markers and the tracking issue's state are read only
// where the action writes them, nothing from the inventory writes `<!--` into a body, and
// the marker and the weakening warning always fit.

const AS_OF = '2026-11-28';
const fake = useFakeGitHub();
const server = (name: string) =>
  `  - { hostname: ${name}, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: disabled } }`;
const inventory = (...names: string[]) => `version: 1\nlicenseServers:\n${names.map(server).join('\n')}\n`;
const COMPLIANT = `version: 1\nlicenseServers:\n${server('ls1').replace('telemetry: { mode: disabled }', 'telemetry: { mode: automatic, lastReported: 2026-11-27 }')}\n`;
const schedule = { 'as-of': AS_OF, 'tracking-issue': 'true', comment: 'false' };

/** Every `<!--` of a body, by line: only the marker's first line and the state's last line may hold one. */
const commentLines = (body: string) =>
  body
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.includes('<!--'));

test("a file named like another id's issue marker: the compliant run of that id does not adopt and close this issue", async (t) => {
  fake.server.issues.length = 0;
  const forged = 'inventory/<!-- citrix-license-lint:tracking-issue id=dev -->.yaml';
  const prod = tempRepo(t, { [forged]: inventory('ls1') });
  const dev = tempRepo(t, { 'inventory/a.yaml': COMPLIANT });
  const opened = await action({ workspace: prod, apiUrl: fake.server.url, event: 'schedule', inputs: { ...schedule, id: 'prod' } });
  assert.equal(opened.status, 1);
  const issue = fake.server.issues.find((i) => i.title.endsWith('(prod)'))!;
  assert.equal(issue.state, 'open');
  // The file is listed, and still no `<!--` but the marker and the state line.
  assert.match(issue.body, /tracking-issue id=dev -->\.yaml:3/);
  assert.deepEqual(
    commentLines(issue.body).map(({ i }) => i),
    [0, issue.body.trimEnd().split('\n').length - 1],
  );

  const compliant = await action({
    workspace: dev,
    apiUrl: fake.server.url,
    event: 'schedule',
    inputs: { ...schedule, id: 'dev' },
  });
  assert.equal(compliant.status, 0);
  assert.equal(issue.state, 'open', "the dev run left the prod issue alone (it was closed as the dev run's own)");
  assert.deepEqual(
    fake.server.notifications.filter((n) => n.kind === 'issue closed'),
    [],
  );
  assert.match(compliant.stdout, /tracking issue: none/);
});

test('a file named like the state line: a new violation still comments on the issue (notifies)', async (t) => {
  // Issue numbers start again at 1: so must what was said about them.
  fake.server.issues.length = 0;
  fake.server.notifications.length = 0;
  // The fingerprints of both violations, as the JSON report gives them (they do not depend on the file).
  const probe = tempRepo(t, { 'inventory.yaml': inventory('ls1', 'ls2') });
  const keys = (
    JSON.parse((await cli(['inventory.yaml', '--format', 'json', '--as-of', AS_OF], { cwd: probe })).stdout) as {
      findings: { fingerprint: string }[];
    }
  ).findings.map((f) => f.fingerprint);
  assert.equal(keys.length, 2);
  const forged = `inventory/<!-- citrix-license-lint:violations ${keys.join(' ')} -->.yaml`;
  const before = tempRepo(t, { [forged]: inventory('ls1') });
  const after = tempRepo(t, { [forged]: inventory('ls1'), 'inventory/new.yaml': inventory('ls2') });

  await action({ workspace: before, apiUrl: fake.server.url, event: 'schedule', inputs: schedule });
  const issue = fake.server.issues.at(-1)!;
  assert.equal(issue.body.trimEnd().split('\n').at(-1), `<!-- citrix-license-lint:violations ${keys[0]} -->`);
  const notified = () => fake.server.notifications.filter((n) => n.issue === issue.number).length;
  assert.equal(notified(), 1, 'opening notifies');

  await action({ workspace: after, apiUrl: fake.server.url, event: 'schedule', inputs: schedule });
  assert.equal(notified(), 2, 'the new violation is a comment, which notifies the subscribers');
  const comment = fake.server.comments.filter((c) => c.issue === issue.number).at(-1)!.body;
  assert.match(comment, /\*\*1 new violation\*\*/);
  assert.match(comment, /license server `ls2`/);
});

test("a file named like another id's comment marker: each id keeps its own pull request comment", async (t) => {
  const repo = tempRepo(t, {
    'a/<!-- citrix-license-lint:pull-request-comment id=b -->.yaml': inventory('ls1'),
    'b/inventory.yaml': COMPLIANT,
  });
  const common = { workspace: repo, apiUrl: fake.server.url, event: 'pull_request' as const, pullNumber: 221 };
  const a = await action({ ...common, inputs: { 'as-of': AS_OF, inventory: 'a/', id: 'a', 'check-run': 'true' } });
  assert.equal(a.status, 1);
  const first = fake.server.comments.filter((c) => c.issue === 221);
  assert.equal(first.length, 1);
  assert.match(first[0]!.body, /^<!-- citrix-license-lint:pull-request-comment id=a -->\n/);
  await action({ ...common, inputs: { 'as-of': AS_OF, inventory: 'b/', id: 'b' } });
  const both = fake.server.comments.filter((c) => c.issue === 221);
  assert.equal(both.length, 2, "b's run posts its own comment instead of overwriting a's");
  assert.match(both[0]!.body, /not compliant/);
  assert.match(both[1]!.body, /^<!-- citrix-license-lint:pull-request-comment id=b -->\n/);
  // Nothing from the inventory wrote `<!--` into the comment, the check run or the job summary.
  assert.deepEqual(
    commentLines(first[0]!.body).map(({ i }) => i),
    [0],
  );
  const check = fake.server.checkRuns.at(-1)!;
  for (const text of [check.title, check.summary, a.summary]) assert.doesNotMatch(text, /<!--/);
  // It still reads as the file's name: `<` escaped outside the code span, the rest inside it.
  assert.match(a.summary, /\\<`!-- citrix-license-lint:pull-request-comment id=b -->\.yaml:3`/);
});

test('60 suppressions with long invisible reasons: the comment keeps its marker and its warning, and the next run edits it', async (t) => {
  const names = Array.from({ length: 60 }, (_, i) => `ls${i}`);
  const reason = `accepted${'\u200B'.repeat(290)}`;
  const suppressed = `version: 1\nlicenseServers:\n${names
    .map((n) => `  # citrix-license-lint-disable-next-line license-server/telemetry-disabled -- ${reason}\n${server(n)}`)
    .join('\n')}\n`;
  const repo = new GitRepo(t);
  const base = repo.commit('base', { 'inventory.yaml': inventory(...names) });
  const head = repo.commit('suppress everything', { 'inventory.yaml': suppressed });
  const options = {
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request' as const,
    pullNumber: 225,
    baseSha: base,
    sha: head,
    inputs: { 'as-of': AS_OF, 'check-run': 'true' },
  };
  const run = await action(options);
  assert.deepEqual(fake.server.refused, [], 'GitHub refused nothing');
  const comments = () => fake.server.comments.filter((c) => c.issue === 225);
  const body = comments()[0]!.body;
  assert.ok(body.length <= LIMITS.body, `${body.length} characters`);
  assert.match(body, /^<!-- citrix-license-lint:pull-request-comment id=inventory\.yaml -->\n/);
  const check = fake.server.checkRuns.at(-1)!;
  for (const text of [body, check.summary, run.summary]) {
    const warning = text.indexOf('**This change modifies its own checks**');
    assert.ok(warning !== -1 && warning < text.indexOf('## '), 'the warning comes before the verdict');
    assert.match(text, /- suppression of license-server\/telemetry-disabled added: .* — reason given: `accepted\\u\{200B\}/);
  }
  // Cut to fit: what is left out is counted, and said to be elsewhere.
  assert.match(body, /\n- and \d+ more, left out here to stay within GitHub's size limit: see the \[job summary\]/);
  assert.match(run.summary, /\n- and 10 more\n/);

  await action(options);
  assert.equal(comments().length, 1, 'the second run found its comment by the marker and edited it');
});
