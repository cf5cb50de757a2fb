import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { configJsonSchema } from '../scripts/config-json-schema.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { UsageError } from '../src/util/errors.js';
import { tempRepo } from './helpers/temp-repo.js';
import { cli } from './helpers/cli-in-process.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';

const INVENTORY = `version: 1
licenseServers:
  - hostname: ls1
    environment: test
    state: active
    version: 11.17.2.0 build 57100
    activation: las-online
    telemetry: { mode: manual, lastReported: 2026-08-01 }
`;

async function lintWith(t: import('node:test').TestContext, config: string, args: string[] = []) {
  const repo = tempRepo(t, { 'inventory/servers.yaml': INVENTORY, 'inventory/.citrix-license-lint.yml': config });
  const run = await cli(['inventory', '--format', 'json', ...args], { cwd: repo });
  const findings =
    run.status === 2 ? [] : (JSON.parse(run.stdout) as { asOf: string; findings: { ruleId: string; severity: string }[] }).findings;
  return { run, findings, ids: findings.map((f) => f.ruleId) };
}

test('without configuration: the manual upload is overdue and build 57100 is unknown', async (t) => {
  const { ids } = await lintWith(t, '', ['--as-of', '2026-11-28']);
  assert.deepEqual(ids.sort(), ['license-server/telemetry-overdue', 'license-server/version-unknown']);
});

test('asOf, thresholds and a catalog override change the verdict', async (t) => {
  const { run, ids } = await lintWith(
    t,
    [
      'asOf: 2026-11-28',
      'thresholds: { manualUploadIntervalDays: 120 }',
      'licenseServerBuilds:',
      '  - { build: 57100, released: 2026-11-20, source: "Citrix licensing RSS, 2026-11-20" }',
    ].join('\n'),
  );
  const output = JSON.parse(run.stdout) as { asOf: string; findings: { message: string }[] };
  assert.equal(output.asOf, '2026-11-28');
  // The 120-day window moves the upload's due date to 2026-11-29: no longer overdue, but due tomorrow.
  assert.deepEqual(ids, ['deadlines/upcoming']);
  assert.match(output.findings[0]!.message, /Manual upload of license server `ls1` on 2026-11-29/);
});

test('rules: off removes a rule, warning re-levels it', async (t) => {
  const { findings } = await lintWith(
    t,
    'asOf: 2026-11-28\nrules:\n  license-server/version-unknown: off\n  license-server/telemetry-overdue: warning\n',
  );
  assert.deepEqual(
    findings.map((f) => `${f.ruleId}:${f.severity}`),
    ['license-server/telemetry-overdue:warning'],
  );
});

test('the --as-of option wins over the configured asOf', async (t) => {
  const { run } = await lintWith(t, 'asOf: 2026-11-28\n', ['--as-of', '2026-01-01']);
  assert.equal(JSON.parse(run.stdout).asOf, '2026-01-01');
});

test('netscaler thresholds can be extended', async (t) => {
  const repo = tempRepo(t, {
    'inventory.yaml':
      'version: 1\nnetscalerConsoles:\n  - { hostname: adm, deployment: on-premises, environment: production, state: active, version: "14.1-51.83", activation: las, telemetry: { mode: automatic, lastReported: 2026-11-27 } }\n',
    '.citrix-license-lint.yml': 'netscaler:\n  autoTelemetryMinimum: { "14.1": "14.1-60.1" }\n  lasMinimum: "14.1-60.1"\n',
  });
  const run = await cli(['inventory.yaml', '--format', 'json', '--as-of', '2026-11-28'], { cwd: repo });
  const ids = (JSON.parse(run.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId).sort();
  assert.deepEqual(ids, ['netscaler-console/auto-telemetry-unsupported', 'netscaler-console/las-version']);
});

test('an invalid configuration is exit 2 with every problem at its line and column', async (t) => {
  const { run } = await lintWith(
    t,
    [
      'asOf: 2026-02-30',
      'thresholds:',
      '  manualUploadIntervalDays: ninety',
      '  deadlineHorizon: 30',
      'rules:',
      '  license-server/telemetry-overdu: off',
      '  license-file/expired: loud',
      'licenseServerBuilds:',
      '  - { build: 57100, released: 2026-11-20 }',
    ].join('\n'),
  );
  assert.equal(run.status, 2);
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines[0], 'citrix-license-lint: invalid configuration:');
  const file = 'inventory/.citrix-license-lint.yml';
  assert.deepEqual(
    lines.slice(1).sort(),
    [
      `${file}:1:7: \`asOf\` must be a real date written YYYY-MM-DD`,
      `${file}:3:29: \`thresholds.manualUploadIntervalDays\` must be a whole number`,
      `${file}:4:3: unknown key \`deadlineHorizon\`: did you mean \`deadlineHorizonDays\`?`,
      `${file}:7:25: \`rules.license-file/expired\` must be off, warning or error`,
      `${file}:9:5: \`licenseServerBuilds.0.source\` must say where the date comes from`,
    ].sort(),
  );
});

test('an unknown rule id in the configuration is named with a suggestion', async (t) => {
  const { run } = await lintWith(t, 'rules:\n  license-server/telemetry-overdu: off\n');
  assert.equal(run.status, 2);
  assert.match(
    run.stderr,
    /\.citrix-license-lint\.yml:2:3: unknown rule `license-server\/telemetry-overdu`: did you mean `license-server\/telemetry-overdue`\?/,
  );
});

test('YAML errors in the configuration are exit 2 with a position', async (t) => {
  const { run } = await lintWith(t, 'rules: [\n');
  assert.equal(run.status, 2);
  assert.match(run.stderr, /\.citrix-license-lint\.yml:\d+:\d+: /);
});

test('the configuration is found next to the inventory, else at the repository root; --config overrides', async (t) => {
  const repo = tempRepo(t, {
    'inv/a.yaml': 'version: 1\n',
    '.citrix-license-lint.yml': 'asOf: 2020-01-01\n',
    'other.yml': 'asOf: 2021-01-01\n',
  });
  assert.equal(resolveConfig({ inputs: ['inv'], cwd: repo }).asOf, '2020-01-01');
  assert.equal(resolveConfig({ inputs: ['inv'], cwd: repo, explicit: 'other.yml' }).asOf, '2021-01-01');
  assert.throws(
    () => resolveConfig({ inputs: ['inv'], cwd: repo, explicit: 'missing.yml' }),
    (e) => e instanceof UsageError && /missing\.yml: no such configuration file/.test(e.message),
  );
});

test('inventory-schema/config.schema.json is current and lists every rule for completion', async () => {
  const committed = readFileSync(path.join(PROJECT_ROOT, 'inventory-schema', 'config.schema.json'), 'utf8');
  assert.equal(committed, configJsonSchema(), 'run npm run docs');
  const schema = JSON.parse(committed) as { properties: { rules: { properties: Record<string, { description: string }> } } };
  assert.ok(schema.properties.rules.properties['allocation/orphaned-hostname']!.description.length > 10);
});
