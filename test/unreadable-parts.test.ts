// Issue 22.6: what a syntax or schema error makes unreadable is reported at its cause, with
// the independent mistakes yaml found before it, and never turns into findings about what it lost.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli } from './helpers/cli-in-process.js';
import { tempRepo } from './helpers/temp-repo.js';

const AS_OF = ['--as-of', '2026-11-28'];
const lines = (...text: string[]) => `${text.join('\n')}\n`;
/** The first lines of a license server entry, as each case below starts it. */
const LS1 = ['licenseServers:', '  - hostname: ls1', '    environment: production', '    state: active'];

interface Report {
  summary: { telemetryUnverified: number };
  findings: { ruleId: string; messageId: string; line: number; message: string }[];
  withheld: { ruleId: string; messageId: string; message: string }[];
}

async function report(t: Parameters<typeof tempRepo>[0] & object, inventory: string): Promise<Report> {
  const root = tempRepo(t, { 'inventory.yaml': inventory });
  const run = await cli(['inventory.yaml', '--format', 'json', ...AS_OF], { cwd: root });
  assert.equal(run.stderr, '');
  return JSON.parse(run.stdout) as Report;
}

test('a repeated key above an unclosed [ is reported with it', async (t) => {
  const { findings } = await report(
    t,
    lines(
      'version: 1',
      'entitlements:',
      '  - id: uhmc',
      '    product: XDT_PLT_UD',
      '    product: XDT_ENT_UD',
      '    type: subscription',
      'licenseServers:',
      '  - { hostname: ls1, environment: production, state: active, tags: [a, b }',
    ),
  );
  assert.deepEqual(
    findings.filter((f) => f.ruleId === 'inventory/yaml-syntax').map((f) => `${f.messageId}@${f.line}`),
    ['duplicateKey@5', 'unclosed@8'],
  );
});

test('a syntax error that loses a block yields no finding that the block is missing', async (t) => {
  const { findings, withheld } = await report(
    t,
    lines(
      'version: 1',
      'entitlements:',
      '  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 10, end: 2027-12-31 }',
      'allocations:',
      '  - { entitlement: uhmc, hostname: ls1, quantity: 10 }',
      ...LS1,
      '   activation: las-online',
      '    version: 11.17.2.0 build 56200',
      '    telemetry:',
      '      mode: manual',
      '      lastReported: 2026-11-20',
    ),
  );
  assert.deepEqual(
    findings.map((f) => f.ruleId),
    ['inventory/yaml-syntax'],
  );
  // Not "has no telemetry record: add telemetry", nor "has no version", listed or not.
  assert.deepEqual(
    [...findings, ...withheld].filter((f) => /has no (telemetry record|`version`)/.test(f.message)),
    [],
  );
});

test('a block the error did not lose still says what it lacks, withheld until the error is fixed', async (t) => {
  const { withheld } = await report(t, lines('version: 1', ...LS1, '    version: 11.17.2.0 build 56200', '      activation: las-online'));
  assert.deepEqual(
    withheld.map((f) => `${f.ruleId}:${f.messageId}`),
    ['license-server/telemetry-overdue:noRecord'],
  );
});

test('a telemetry mode written wrong is not counted as an unverified automatic host', async (t) => {
  const { summary, findings } = await report(
    t,
    lines('version: 1', ...LS1, '    version: 11.17.2.0 build 56200', '    telemetry: { mode: Manual, lastReported: 2026-11-20 }'),
  );
  assert.equal(summary.telemetryUnverified, 0);
  assert.deepEqual(
    findings.map((f) => `${f.ruleId}:${f.messageId}`),
    ['inventory/schema:notAllowed'],
  );
  const text = await cli(['inventory.yaml', ...AS_OF], {
    cwd: tempRepo(t, {
      'inventory.yaml': lines(
        'version: 1',
        'licenseServers:',
        '  - { hostname: ls1, environment: production, state: active, version: 11.17.2.0 build 56200, telemetry: { mode: Manual } }',
      ),
    }),
  });
  assert.doesNotMatch(text.stdout, /Telemetry unverified/);
});
