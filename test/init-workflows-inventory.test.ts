// Issue 26.3: the workflows `init` writes trigger on a root inventory.yaml, and must then lint
// it: their step names no inventory, so the action reads the one the configuration declares,
// else inventory/ or inventory.yaml, as the CLI and the pre-commit hook do.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { cli } from './helpers/cli-in-process.js';
import { GitRepo } from './helpers/git-repo.js';
import { action } from './helpers/action-in-process.js';
import { replaceStarterPlaceholders } from './helpers/starter.js';

const NOW = () => new Date('2026-12-07T10:00:00Z');
interface Workflow {
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
}

/** The inputs init's workflow `name` gives the action's step. */
function stepInputs(root: string, name: string): Record<string, string> {
  const workflow = parse(readFileSync(path.join(root, '.github/workflows', `citrix-license-lint-${name}.yml`), 'utf8')) as Workflow;
  const step = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((s) => s.uses?.startsWith('citrix-license-lint/citrix-license-lint@'))!;
  return Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, String(value)]));
}

for (const layout of ['inventory/', 'inventory.yaml', 'declared licensing/']) {
  test(`init's push and schedule workflows lint the inventory where it is: ${layout}`, async (t) => {
    const repo = new GitRepo(t);
    assert.equal((await cli(['init'], { cwd: repo.root, now: NOW })).status, 0);
    replaceStarterPlaceholders(repo.root);
    if (layout === 'inventory.yaml') renameSync(path.join(repo.root, 'inventory/licensing.yaml'), path.join(repo.root, 'inventory.yaml'));
    if (layout === 'declared licensing/') {
      mkdirSync(path.join(repo.root, 'licensing'));
      renameSync(path.join(repo.root, 'inventory/licensing.yaml'), path.join(repo.root, 'licensing/licensing.yaml'));
      writeFileSync(path.join(repo.root, '.citrix-license-lint.yml'), 'inventory: [licensing/]\n');
    }
    // As a checkout has it: git keeps no empty folder.
    if (layout !== 'inventory/') rmdirSync(path.join(repo.root, 'inventory'));
    const head = repo.commit('inventory', {});
    for (const name of ['push', 'schedule']) {
      const run = await action({
        workspace: repo.root,
        apiUrl: 'http://127.0.0.1:9',
        event: name === 'push' ? 'push' : 'schedule',
        sha: head,
        inputs: { ...stepInputs(repo.root, name), 'tracking-issue': 'false', 'as-of': '2026-12-07' },
      });
      assert.doesNotMatch(run.summary, /could not lint/, `${name}: ${run.stdout}`);
      assert.equal(run.outputs.compliant, 'true', `${name}: ${run.stdout}`);
    }
  });
}
