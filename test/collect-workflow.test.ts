import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { PROJECT_ROOT } from './helpers/run-cli.js';

interface Step {
  uses?: string;
  run?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: unknown;
  jobs: Record<string, { 'runs-on': unknown; permissions?: Record<string, string>; steps: Step[] }>;
}

const workflow = parse(readFileSync(path.join(PROJECT_ROOT, 'examples/workflows/collect.yml'), 'utf8')) as Workflow;

test('collect.yml: scheduled on a self-hosted Windows runner, least privilege, actions pinned by SHA', () => {
  assert.ok(Array.isArray(workflow.on.schedule), 'runs on a schedule');
  assert.deepEqual(workflow.permissions, {}, 'nothing granted at the top level');
  for (const job of Object.values(workflow.jobs)) {
    assert.deepEqual(job['runs-on'], ['self-hosted', 'windows']);
    assert.deepEqual(job.permissions, { contents: 'write', 'pull-requests': 'write' });
    for (const step of job.steps.filter((s) => s.uses))
      assert.match(step.uses!, /^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/, `${step.uses} is not pinned by commit SHA`);
  }
});

test('collect.yml: commits collected/ on a branch and opens a pull request, never pushing to the base branch, never adding user lists', () => {
  const script = Object.values(workflow.jobs)
    .flatMap((job) => job.steps.map((s) => s.run ?? ''))
    .join('\n');
  assert.match(script, /git switch -c \$branch/);
  assert.match(script, /git push origin \$branch/);
  assert.match(script, /\/repos\/\$env:REPOSITORY\/pulls/);
  assert.match(script, /git add -- 'collected\//);
  assert.doesNotMatch(script, /git add (-A|\.|--all)/, 'only the files the workflow writes are added');
  const commands = script
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n');
  assert.doesNotMatch(commands, /udadmin|Get-LicUsageDetails/, 'no step runs a command that lists users');
});
