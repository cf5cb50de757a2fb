import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { RULES } from '../src/rules/index.js';
import { cli } from './helpers/cli-in-process.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';

const golden = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'test', 'golden', name), 'utf8');

test('fabrikam text output matches test/golden/fabrikam.txt (regenerate: npm run golden)', async () => {
  const run = await cli(['examples/fabrikam']);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, golden('fabrikam.txt'));
});

test('fabrikam JSON output matches test/golden/fabrikam.json', async () => {
  const run = await cli(['examples/fabrikam', '--format', 'json']);
  assert.equal(run.stdout, golden('fabrikam.json'));
});

test('fabrikam triggers every registered rule at least once', async () => {
  const fired = new Set((JSON.parse(golden('fabrikam.json')) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId));
  const missing = RULES.map((r) => r.meta.id).filter((id) => !fired.has(id));
  assert.deepEqual(missing, []);
});
