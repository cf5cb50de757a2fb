import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useFakeGitHub } from './helpers/fake-github.js';
import { bundleName, collectorJson, forgedBuildRepo, serverInventory } from './helpers/evidence-repo.js';
import { GitRepo } from './helpers/git-repo.js';
import { action } from './helpers/action-in-process.js';

// Issue 24 point 1 through the action (in-process, from the sources): a pull request that changes only
// collected evidence, with real base and head commits and the fake GitHub API on loopback.

const fake = useFakeGitHub();

const INPUTS = { 'as-of': '2026-11-28', comment: 'true', 'check-run': 'true' };

test('a pull request that dates evidence in 2099: not "compliant, fixes 1" but a finding, and the change to evidence listed first', async (t) => {
  const repo = new GitRepo(t);
  const base = repo.commit(
    'base',
    {
      'inventory.yaml': serverInventory(),
      'collected/ctxls01/collected.json': collectorJson({ lastUploadBundle: bundleName('2026-11-01T02:00:00Z') }),
    },
    '2026-11-27T04:00:00Z',
  );
  const head = repo.commit(
    'forged',
    {
      'collected/ctxls01/collected.json': collectorJson({
        collectedAt: '2099-12-31T03:00:00Z',
        lastUploadBundle: bundleName('2099-12-31T02:00:00Z'),
      }),
    },
    '2026-11-27T05:00:00Z',
  );
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 241,
    baseSha: base,
    sha: head,
    inputs: INPUTS,
  });
  // Before: exit 0, "✅ compliant", "fixes 1".
  assert.equal(run.status, 1, run.stdout);
  const comment = fake.server.comments.find((c) => c.issue === 241)!.body;
  const check = fake.server.checkRuns.at(-1)!;
  for (const text of [comment, run.summary, check.summary]) {
    const warning = text.indexOf('**This change modifies collected evidence**');
    assert.ok(warning !== -1 && warning < text.indexOf('citrix-license-lint: '), `said before the verdict:\n${text}`);
    assert.match(
      text,
      /- evidence for `ctxls01` has no file dated on or before the as-of day now, was dated 2026-11-27; now shows no version, was `11\.17\.2\.0 build 56200`; now shows no telemetry upload, was 2026-11-01: this silences `license-server\/telemetry-overdue`/,
    );
    assert.match(text, /1 finding of this change would be reported with the base's evidence and is silenced by it/);
    assert.match(text, /collected\/ctxls01\/collected\.json is dated 2099-12-31 \(as the export states\), after 2026-11-28/);
  }
  assert.match(check.title, /\(this change modifies collected evidence\)/);
  assert.equal(check.conclusion, 'failure');
  assert.match(run.stdout, /::warning::citrix-license-lint: this change modifies collected evidence \(1 finding silenced by it\)/);
});

test('with only-new, a current-dated forged build that silences version-outdated counts as introduced', async (t) => {
  const { repo, base, head } = forgedBuildRepo(t);
  const run = await action({
    workspace: repo.root,
    apiUrl: fake.server.url,
    event: 'pull_request',
    pullNumber: 242,
    baseSha: base,
    sha: head,
    inputs: { ...INPUTS, 'only-new': 'true' },
  });
  // Before: exit 0 ("introduces 1 (a warning), fixes 2").
  assert.equal(run.status, 1, run.stdout);
  const comment = fake.server.comments.find((c) => c.issue === 242)!.body;
  assert.match(
    comment,
    /- evidence for `ctxls01` now shows `11\.17\.2\.0 build 56200`, was `11\.16\.6\.0 build 34000`: this silences `license-server\/las-version`, `license-server\/version-outdated`/,
  );
  assert.match(
    run.stdout,
    /::error::citrix-license-lint: this change modifies collected evidence \(2 findings silenced by it\): evidence for `ctxls01` now shows/,
  );
});
