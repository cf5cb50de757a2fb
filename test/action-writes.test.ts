import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writePacing } from '../src/action/write-pacing.js';
import { useFakeGitHub } from './helpers/fake-github.js';
import { GitRepo } from './helpers/git-repo.js';
import { insertionPatch, ORPHAN_AS_OF, orphanInventory, orphanPullRequest } from './helpers/orphan-pull-request.js';
import { action } from './helpers/action-in-process.js';

// Issue 27, point 2: a pull request costs a few writes. It annotates what it introduces and
// what sits on the lines it changed; everything else stays in the reports, which say so.

const fake = useFakeGitHub();
const errorsOf = (stdout: string) => stdout.match(/^::error title=.*$/gm) ?? [];
const routes = (from: number) =>
  fake.server
    .writes()
    .slice(from)
    .map((w) => `${w.method} ${w.path}`);

test('5 orphaned allocations added to 1,000: two writes, and only the 5 are annotated', async (t) => {
  const pr = orphanPullRequest(t);
  fake.server.pullFiles.set(271, pr.files);
  const from = fake.server.writes().length;
  const run = await action({
    workspace: pr.repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 271,
    baseSha: pr.base,
    sha: pr.head,
    inputs: { 'as-of': ORPHAN_AS_OF, 'check-run': 'true' },
  });
  assert.equal(run.status, 1);
  // Before: 1 create and 19 updates of the check run (1,000 annotations), then the comment.
  assert.deepEqual(routes(from), ['POST /repos/acme/inventory/check-runs', 'POST /repos/acme/inventory/issues/271/comments']);
  const comment = fake.server.comments.find((c) => c.issue === 271)!.body;
  assert.match(comment, /introduces 5 findings, fixes 0, 1000 unchanged/);

  const check = fake.server.checkRuns.at(-1)!;
  const annotated = check.annotations as { path: string; start_line: number; message: string }[];
  const added = orphanInventory(1_005)
    .split('\n')
    .flatMap((line, i) => (/^ {2}- \{ entitlement: sub-1, hostname: old-25[01],/.test(line) ? [i + 1] : []));
  assert.equal(added.length, 5);
  assert.deepEqual(
    annotated.map((a) => a.start_line),
    added,
  );
  for (const a of annotated) assert.match(a.message, /bound to `old-25[01]`, which is decommissioned/);
  assert.match(
    check.summary,
    /_1,000 findings are not annotated here \(annotations mark what this change introduces and the lines it changes; each 50 annotations are one more API write, and GitHub asks for a second between writes\)\. The tables below list them as far as GitHub's size limit allows; see the \[job summary\]/,
  );
  // The workflow's own annotations: the same 5, and a notice for the rest.
  assert.equal(errorsOf(run.stdout).length, 5);
  for (const line of errorsOf(run.stdout)) assert.match(line, /old-25[01]/);
  assert.match(
    run.stdout,
    /^::notice title=citrix-license-lint%3A more findings::1,000 more findings are not annotated here \(annotations mark what this change introduces and the lines it changes/m,
  );
  // The job summary still lists the old findings.
  assert.match(run.summary, /`allocation\/orphaned-hostname` \(1005\)/);
});

test('a pull request that edits the line of an old finding: that finding is annotated, as a line it changed', async (t) => {
  const repo = new GitRepo(t);
  const before = orphanInventory(8);
  // The third allocation's quantity changes: the same finding (same fingerprint), on a changed line.
  const lines = before.split('\n');
  const edited = lines.findIndex((l) => l.includes('hostname: old-0, quantity: 3'));
  lines[edited] = lines[edited]!.replace('quantity: 3', 'quantity: 30');
  const after = lines.join('\n');
  const base = repo.commit('inventory', { 'inventory.yaml': before });
  const head = repo.commit('more of one', { 'inventory.yaml': after });
  fake.server.pullFiles.set(272, [
    { filename: 'inventory.yaml', patch: `@@ -${edited + 1},1 +${edited + 1},1 @@\n-${before.split('\n')[edited]}\n+${lines[edited]}` },
  ]);
  const from = fake.server.writes().length;
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 272,
    baseSha: base,
    sha: head,
    inputs: { 'as-of': ORPHAN_AS_OF, 'check-run': 'true' },
  });
  assert.equal(routes(from).length, 2);
  assert.match(fake.server.comments.find((c) => c.issue === 272)!.body, /introduces 0 findings, fixes 0, 8 unchanged/);
  const annotated = fake.server.checkRuns.at(-1)!.annotations as { start_line: number }[];
  assert.deepEqual(
    annotated.map((a) => a.start_line),
    [edited + 1],
  );
  assert.deepEqual(
    errorsOf(run.stdout).map((l) => /line=(\d+)/.exec(l)![1]),
    [String(edited + 1)],
  );
  assert.match(run.stdout, /::7 more findings are not annotated here \(annotations mark what this change introduces/);
});

test('insertionPatch: what GitHub lists for inserted lines, at the new file’s line numbers', () => {
  assert.equal(insertionPatch('a\nb\nc\n', 'a\nx\nb\nc\ny\nz\n'), '@@ -1,0 +2,1 @@\n+x\n@@ -3,0 +5,2 @@\n+y\n+z');
});

test('write pacing: the first 3 writes start at once, later ones a second after the one before, one at a time', async () => {
  let now = 0;
  const waits: number[] = [];
  const pace = writePacing(
    {
      now: () => new Date(now),
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    },
    3,
    1_000,
  );
  const started: number[] = [];
  let running = 0;
  let overlapped = false;
  const write = () =>
    pace('PATCH', '/repos/acme/inventory/check-runs/1', async () => {
      started.push(now);
      overlapped ||= ++running > 1;
      await new Promise((resolve) => setImmediate(resolve));
      running--;
    });
  // Asked for all at once: granted in order, each after the one before it finished.
  await Promise.all([write(), write(), write(), write(), write()]);
  assert.deepEqual(started, [0, 0, 0, 1_000, 2_000]);
  assert.deepEqual(waits, [1_000, 1_000]);
  assert.equal(overlapped, false, 'never two writes at once');
  // A write asked for long after the last one does not wait.
  now += 5_000;
  await write();
  assert.deepEqual(started.at(-1), 7_000);
  assert.equal(waits.length, 2);
});
