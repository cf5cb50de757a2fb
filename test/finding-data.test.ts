// Issue 22.3 / 23.3: a finding is data. Every finding carries its message id and typed data,
// its message is its rule's template filled with that data, and the JSON output says both.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { lint } from '../src/engine/lint.js';
import { diskFileSystem } from '../src/io/file-system.js';
import { ADVICE_KINDS } from '../src/model/finding-data.js';
import { RULES, ruleById } from '../src/rules/index.js';
import { messageTemplate, SHARED_MESSAGES } from '../src/rules/rule.js';
import { fillTemplate, placeholdersOf } from '../src/util/template.js';
import { cli } from './helpers/cli-in-process.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';
import { tempRepo } from './helpers/temp-repo.js';

interface JsonFinding {
  ruleId: string;
  messageId: string;
  message: string;
  file: string;
  data: { subjects: string[]; advice: string[]; amount?: number; due?: string; values: Record<string, string | number> };
}

async function jsonRun(args: string[], cwd = PROJECT_ROOT): Promise<{ findings: JsonFinding[]; withheld?: JsonFinding[] }> {
  const run = await cli([...args, '--format', 'json', '--as-of', '2026-11-28'], { cwd });
  assert.equal(run.stderr, '');
  return JSON.parse(run.stdout);
}

for (const example of ['contoso', 'fabrikam']) {
  test(`${example}: every finding in the JSON output is its rule's template filled with its data`, async () => {
    const { findings } = await jsonRun([`examples/${example}`]);
    assert.ok(example === 'contoso' || findings.length > 0);
    for (const f of findings) {
      const meta = ruleById(f.ruleId)?.meta;
      assert.ok(meta, f.ruleId);
      const template = messageTemplate(meta, f.messageId);
      assert.ok(template, `${f.ruleId} has no message ${f.messageId}`);
      assert.equal(fillTemplate(template, f.data.values), f.message, `${f.ruleId}:${f.messageId}`);
      // Exactly the template's placeholders: data is what the message says, no more.
      assert.deepEqual(Object.keys(f.data.values).sort(), [...placeholdersOf(template)].sort());
      assert.deepEqual(
        f.data.advice.filter((a) => !(ADVICE_KINDS as readonly string[]).includes(a)),
        [],
      );
      assert.ok(Array.isArray(f.data.subjects));
    }
  });
}

test('every rule declares the advice of each of its messages, and each template quotes in pairs of backticks', () => {
  for (const { meta } of RULES) {
    assert.deepEqual(Object.keys(meta.advice).sort(), Object.keys(meta.messages).sort(), meta.id);
    for (const [id, template] of Object.entries({ ...meta.messages, ...SHARED_MESSAGES })) {
      // Markdown makes code spans of the template's quoted parts (reporters/markdown-message.ts).
      assert.equal((template.match(/`/g) ?? []).length % 2, 0, `${meta.id}:${id}`);
    }
  }
});

test('a rule that measures says in what, and its findings carry the amount', async () => {
  const measuring = RULES.filter((rule) => rule.meta.measures !== undefined).map((rule) => rule.meta.id);
  assert.deepEqual(measuring.sort(), [
    'allocation/over-entitlement',
    'licenses/in-use-exceeds-purchased',
    'licenses/installed-exceeds-purchased',
    'licenses/overdraft-in-use',
  ]);
  const { findings } = await jsonRun(['examples/fabrikam']);
  const measured = findings.filter((f) => measuring.includes(f.ruleId));
  assert.deepEqual([...new Set(measured.map((f) => f.ruleId))].sort(), measuring, 'fabrikam fires every rule that measures');
  const count = (value: unknown) => Number(String(value).replace(/,/g, ''));
  // The amount is what the message measures: licenses beyond what was bought.
  const beyond = (f: (typeof measured)[number]) => {
    const v = f.data.values;
    if (f.ruleId === 'allocation/over-entitlement') return count(v.allocated) - count(v.quantity);
    if (f.ruleId === 'licenses/in-use-exceeds-purchased') return count(v.inUse) - count(v.bought);
    if (f.ruleId === 'licenses/overdraft-in-use') return count(v.inUse) - count(v.installed);
    return count(v.installed) - count(v.purchased);
  };
  for (const f of measured) assert.equal(f.data.amount, beyond(f), f.message);
  for (const f of findings.filter((f) => !measuring.includes(f.ruleId))) assert.equal(f.data.amount, undefined, f.ruleId);
});

/** The disk, where reading `file` fails as it does without permission. */
function refusing(file: string): typeof diskFileSystem {
  return {
    ...diskFileSystem,
    readFile: (name: string, limit?: number) => {
      if (name === file) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      return diskFileSystem.readFile(name, limit);
    },
  };
}

test('an inventory file that cannot be read is one finding that says why', (t) => {
  const root = tempRepo(t, { 'inventory.yaml': 'version: 1\n' });
  const file = path.join(root, 'inventory.yaml');
  const result = lint({ inputs: ['inventory.yaml'], cwd: root, asOf: '2026-11-28', fs: refusing(file) });
  assert.deepEqual(
    result.findings.map((f) => [f.ruleId, f.messageId, f.data.values, f.message]),
    [['inventory/yaml-syntax', 'cannotRead', { code: 'EACCES' }, 'cannot read the file (EACCES): check that it exists and is readable']],
  );
});

test('a collected export that cannot be read is a finding with the error code as data, not a crash', (t) => {
  const root = tempRepo(t, {
    'inventory.yaml': 'version: 1\n',
    'collected/ls1/collected.json': '{ "collectedAt": "2026-11-27T03:00:00Z", "server": "ls1", "pools": [] }\n',
  });
  const file = path.join(root, 'collected', 'ls1', 'collected.json');
  const result = lint({ inputs: ['inventory.yaml'], cwd: root, asOf: '2026-11-28', fs: refusing(file) });
  assert.deepEqual(
    result.findings.map((f) => [f.ruleId, f.messageId, f.data.values, f.data.subjects, f.message]),
    [
      [
        'collected/unreadable',
        'cannotRead',
        { code: 'EACCES' },
        ['ls1', 'collected.json'],
        'collected file could not be read (EACCES): check its permissions',
      ],
    ],
  );
});

test('a collected export and a license file over their size limits are findings with the sizes as data', async (t) => {
  const root = tempRepo(t, {
    '.citrix-license-lint.yml': 'limits:\n  inventoryFileMB: 1\n  licenseFileMB: 1\n',
    'inventory.yaml': [
      'version: 1',
      'licenseServers:',
      '  - hostname: ls1',
      '    environment: production',
      '    state: active',
      '    version: 11.17.2.0 build 56200',
      '    telemetry: { mode: manual, lastReported: 2026-11-27 }',
      '    licenseFiles:',
      '      - path: big.lic',
      '',
    ].join('\n'),
    'big.lic': `SERVER this_host HOSTNAME=ls1\n${'#'.repeat(1.2 * 1024 * 1024)}\n`,
    'collected/ls1/lmstat.txt': 'x'.repeat(2.5 * 1024 * 1024),
  });
  const { findings } = await jsonRun(['inventory.yaml'], root);
  const shown = findings.map((f) => [f.ruleId, f.messageId, f.data.values]);
  assert.deepEqual(
    shown.filter(([id]) => id === 'collected/unreadable' || id === 'license-file/syntax'),
    [
      ['license-file/syntax', 'tooLarge', { size: 1229, limit: 1 }],
      ['collected/unreadable', 'tooLarge', { size: 3, limit: 1 }],
    ],
  );
});

test('the hosts counted as unverified are those of the telemetry rules that are on (meta.verifiesAutomaticTelemetry)', async (t) => {
  const inventory = [
    'version: 1',
    'licenseServers:',
    '  - { hostname: ls1, environment: production, state: active, version: 11.17.2.0 build 56200, telemetry: { mode: automatic } }',
    'netscalerConsoles:',
    '  - { hostname: adm1, deployment: on-premises, environment: production, state: active, version: 14.1-51.83, activation: las, telemetry: { mode: automatic } }',
    '',
  ].join('\n');
  const unverified = async (config: string) => {
    const root = tempRepo(t, { 'inventory.yaml': inventory, '.citrix-license-lint.yml': config });
    const run = await cli(['inventory.yaml', '--format', 'json', '--as-of', '2026-11-28'], { cwd: root });
    return (JSON.parse(run.stdout) as { summary: { telemetryUnverified: number } }).summary.telemetryUnverified;
  };
  assert.equal(await unverified('asOf: 2026-11-28\n'), 2);
  assert.equal(await unverified('rules:\n  license-server/telemetry-overdue: off\n'), 1);
  assert.equal(await unverified('rules:\n  license-server/telemetry-overdue: off\n  netscaler-console/telemetry-overdue: off\n'), 0);
});
