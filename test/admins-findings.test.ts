// Issue 17 through the CLI: the mistakes admins really make give one finding, at the cause,
// with the exact rule and line; nothing leaks on stderr.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from './helpers/run-cli.js';
import { advisesHarm, brief, lintJson, mutatedExample } from './helpers/mutated-example.js';

const contoso = async (t: Parameters<typeof mutatedExample>[0], file: string, edit: (text: string) => string) =>
  await lintJson(mutatedExample(t, 'contoso', file, edit), ['.']);
const once = (from: string | RegExp, to: string) => (text: string) => text.replace(from, to);

test('the clean example has no finding (the baseline of every case below)', async (t) => {
  const run = await contoso(t, 'README.md', (text) => `${text}\n`);
  assert.deepEqual(brief(run.findings), []);
  assert.equal(run.status, 0);
});

test('a misspelt hostname of a license server is one finding, and no allocation is called orphaned', async (t) => {
  const run = await contoso(t, 'license-servers.yaml', once('  - hostname: ctxls01\n', '  - hostnme: ctxls01\n'));
  assert.deepEqual(brief(run.findings), ['inventory/schema@license-servers.yaml:7']);
  assert.match(
    run.findings[0]!.message,
    /unknown key `hostnme` in license server #1: did you mean `hostname`\? \(`hostname` is required\)/,
  );
  assert.equal(run.stderr, '');
});

test('a misspelt quantity of an entitlement is one finding, and no "remove installed licenses"', async (t) => {
  const run = await contoso(t, 'entitlements.yaml', once('    quantity: 1500', '    quantitiy: 1500'));
  assert.deepEqual(brief(run.findings), ['inventory/schema@entitlements.yaml:10']);
  assert.match(run.findings[0]!.message, /unknown key `quantitiy` in entitlement `uhmc-2025`: did you mean `quantity`\?/);
});

test('a misspelt allocation quantity names the allocation by quantity-less entitlement and host', async (t) => {
  const run = await contoso(t, 'allocations.yaml', once('    quantity: 1200', '    quantitiy: 1200'));
  assert.deepEqual(brief(run.findings), ['inventory/schema@allocations.yaml:7']);
  assert.match(run.findings[0]!.message, /in allocation from `uhmc-2025` to `ctxls01`/);
});

test('a misspelt state value is one finding with a did-you-mean', async (t) => {
  const run = await contoso(t, 'license-servers.yaml', once('state: decommissioned', 'state: decomissioned'));
  assert.deepEqual(brief(run.findings), ['inventory/schema@license-servers.yaml:33']);
  assert.match(run.findings[0]!.message, /did you mean `decommissioned`\?/);
});

test('an impossible lastReported date is one finding: no "check the firewall"', async (t) => {
  const run = await contoso(t, 'license-servers.yaml', once('lastReported: 2026-11-27', 'lastReported: 2026-11-31'));
  assert.deepEqual(brief(run.findings), ['inventory/schema@license-servers.yaml:15']);
});

test('a repeated state key is one finding and no return-allocation advice', async (t) => {
  const run = await contoso(t, 'license-servers.yaml', once('    state: active\n', '    state: active\n    state: decommissioned\n'));
  assert.deepEqual(brief(run.findings), ['inventory/yaml-syntax@license-servers.yaml:11']);
  assert.match(run.findings[0]!.message, /the key `state` is repeated/);
});

test('a misspelt top-level list is one finding', async (t) => {
  const run = await contoso(t, 'netscaler.yaml', once('netscalerConsoles:', 'netScalerConsoles:'));
  assert.deepEqual(brief(run.findings), ['inventory/schema@netscaler.yaml:4']);
  assert.match(run.findings[0]!.message, /did you mean `netscalerConsoles`\?/);
});

test('a tab in the indentation is the one finding of its file, and Node prints nothing', async (t) => {
  const run = await contoso(t, 'license-servers.yaml', once('    environment: disaster-recovery', '\tenvironment: disaster-recovery'));
  assert.deepEqual(brief(run.findings), ['inventory/yaml-syntax@license-servers.yaml:22']);
  assert.match(run.findings[0]!.message, /a tab is used for indentation/);
  assert.equal(run.stderr, '');
});

test('a key that is a collection does not make yaml warn on stderr', async (t) => {
  const run = await contoso(t, 'entitlements.yaml', (text) => `${text}\n? [a, b]\n: 1\n`);
  assert.equal(run.stderr, '');
  assert.ok(run.findings.some((f) => f.ruleId === 'inventory/yaml-syntax' || f.ruleId === 'inventory/schema'));
});

test('an unclosed { is reported where it opens', async (t) => {
  const run = await contoso(t, 'netscaler.yaml', once('lastReported: 2026-11-27 }', 'lastReported: 2026-11-27'));
  assert.deepEqual(brief(run.findings), ['inventory/yaml-syntax@netscaler.yaml:15']);
  assert.equal(run.findings[0]!.column, 16);
  assert.match(run.findings[0]!.message, /this `\{` is never closed: end it with `\}`/);
});

test('an unclosed [ is reported where it opens', async (t) => {
  const run = await contoso(
    t,
    'netscaler.yaml',
    (text) =>
      `${text.slice(0, text.indexOf('netscalerInstances:'))}netscalerInstances: [ { name: vpx-01, platform: VPX, licensing: standalone },\n  { name: vpx-02, platform: VPX, licensing: standalone }\n`,
  );
  assert.deepEqual(brief(run.findings), ['inventory/yaml-syntax@netscaler.yaml:17']);
  assert.equal(run.findings[0]!.column, 21);
  assert.match(run.findings[0]!.message, /this `\[` is never closed/);
});

test('quantity: 1.000 (a thousands separator) is a finding, not one license and 999 to return', async (t) => {
  const root = mutatedExample(
    t,
    'fabrikam',
    'entitlements.yaml',
    once('    quantity: 1000\n    start: 2024-07-01', '    quantity: 1.000\n    start: 2024-07-01'),
  );
  const run = await lintJson(root, ['.']);
  const schema = run.findings.filter((f) => f.file === 'entitlements.yaml' && f.ruleId === 'inventory/schema');
  assert.deepEqual(brief(schema), ['inventory/schema@entitlements.yaml:16']);
  assert.match(schema[0]!.message, /is written `1\.000`, which YAML reads as 1: write the number with digits only/);
  assert.ok(!run.findings.some((f) => /\b999\b/.test(f.message)), 'no advice built on 1 license');
  // By the data's advice kind and subjects; the unmutated example shows the check can trip.
  const harmOnUhmc = (findings: typeof run.findings) =>
    findings.some((f) => f.ruleId !== 'inventory/schema' && advisesHarm(f) && f.data.subjects.includes('uhmc-2024'));
  assert.ok(
    harmOnUhmc((await lintJson(path.join(PROJECT_ROOT, 'examples', 'fabrikam'), ['.'])).findings),
    'control: the clean example advises a return of uhmc-2024',
  );
  assert.ok(!harmOnUhmc(run.findings));
});

test('a quoted count says to remove the quotes', async (t) => {
  const run = await contoso(t, 'entitlements.yaml', once('    quantity: 1500', '    quantity: "1500"'));
  assert.deepEqual(brief(run.findings), ['inventory/schema@entitlements.yaml:10']);
  assert.match(run.findings[0]!.message, /must be a whole number, not "1500": remove the quotes/);
});

test('a lower-case feature code is one finding with the upper-case spelling, not "0 purchased"', async (t) => {
  const run = await contoso(t, 'entitlements.yaml', once('product: XDT_PLT_UD', 'product: xdt_plt_ud'));
  assert.deepEqual(brief(run.findings), ['inventory/schema@entitlements.yaml:8']);
  assert.match(run.findings[0]!.message, /did you mean `XDT_PLT_UD`\?/);
});

test('a telemetry report dated after as-of is a finding', async (t) => {
  const run = await contoso(t, 'license-servers.yaml', once('lastReported: 2026-11-02', 'lastReported: 2029-11-02'));
  assert.deepEqual(brief(run.findings), ['license-server/telemetry-overdue@license-servers.yaml:28']);
  assert.match(run.findings[0]!.message, /last reported on 2029-11-02, after 2026-11-28/);
});

test('a report dated after as-of on a console is a finding too', async (t) => {
  const run = await contoso(t, 'netscaler.yaml', once('lastReported: 2026-11-27', 'lastReported: 2027-11-27'));
  assert.deepEqual(brief(run.findings), ['netscaler-console/telemetry-overdue@netscaler.yaml:15']);
});

// The host ID is what NetScaler allocations bind to (issue 13): a mistake on it, or on the
// console's state, must not turn the allocations bound to it into "unknown appliance" or
// "return the allocation" advice.
test('a misspelt hostId key of a console is one finding, and the allocations bound to that host ID stay quiet', async (t) => {
  const run = await contoso(t, 'netscaler.yaml', once('    hostId: 005056a1c0de', '    hostd: 005056a1c0de'));
  assert.deepEqual(brief(run.findings), ['inventory/schema@netscaler.yaml:8']);
  assert.match(run.findings[0]!.message, /unknown key `hostd` in NetScaler Console `adm01`: did you mean `hostId`\?/);
});

test('a host ID written wrong on a console is one finding, and no allocation is called an unknown appliance', async (t) => {
  const run = await contoso(t, 'netscaler.yaml', once('    hostId: 005056a1c0de', '    hostId: 005056a1c0d'));
  assert.deepEqual(brief(run.findings), ['inventory/schema@netscaler.yaml:8']);
});

test('a repeated state key on a console is one finding and no return-allocation advice for its host ID', async (t) => {
  const run = await contoso(t, 'netscaler.yaml', once('    state: active\n', '    state: active\n    state: decommissioned\n'));
  assert.deepEqual(brief(run.findings), ['inventory/yaml-syntax@netscaler.yaml:12']);
  assert.match(run.findings[0]!.message, /the key `state` is repeated/);
});
