// Issue 17 points 5 to 8 through the CLI: suppressions above block entries, files saved on
// Windows, one file of a folder inventory, and messages that name things by their names.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import { brief, lintJson, mutatedExample } from './helpers/mutated-example.js';
import { tempRepo } from './helpers/temp-repo.js';

const once = (from: string, to: string) => (text: string) => {
  assert.ok(text.includes(from), `the example holds ${from}`);
  return text.replace(from, to);
};

test('a suppression above a block entry covers a finding on a later line of that entry', async (t) => {
  const root = mutatedExample(t, 'contoso', 'license-servers.yaml', (text) =>
    once(
      'lastReported: 2026-11-02',
      'lastReported: 2026-01-02',
    )(
      once(
        '  - hostname: ctxls-dr01\n',
        '  # citrix-license-lint-disable-next-line license-server/telemetry-overdue -- air-gapped until CHG-1234\n  - hostname: ctxls-dr01\n',
      )(text),
    ),
  );
  const run = await lintJson(root, ['.']);
  assert.deepEqual(brief(run.findings), ['license-server/telemetry-overdue@license-servers.yaml:29']);
  assert.deepEqual((run.findings[0] as unknown as { suppressed?: { justification: string; line: number } }).suppressed, {
    justification: 'air-gapped until CHG-1234',
    file: 'license-servers.yaml',
    line: 20,
  });
  assert.equal(run.status, 0);
});

test('a suppression above a one-line key still covers that line only', async (t) => {
  const root = mutatedExample(t, 'contoso', 'license-servers.yaml', (text) =>
    once(
      'lastReported: 2026-11-02',
      'lastReported: 2026-01-02',
    )(
      once(
        '    environment: disaster-recovery',
        '    # citrix-license-lint-disable-next-line license-server/telemetry-overdue -- wrong place\n    environment: disaster-recovery',
      )(text),
    ),
  );
  const run = await lintJson(root, ['.']);
  assert.deepEqual(brief(run.findings), [
    'inventory/unused-suppression@license-servers.yaml:22',
    'license-server/telemetry-overdue@license-servers.yaml:29',
  ]);
  assert.match(run.findings[0]!.message, /suppresses nothing on the next line/);
  assert.equal(run.status, 1);
});

for (const [name, encode] of [
  ['UTF-16 LE', (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
  ['UTF-16 BE', (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
] as const) {
  test(`an inventory file saved as ${name} with a BOM (PowerShell 5.1's Out-File) is read, not called binary`, async (t) => {
    const root = mutatedExample(t, 'contoso', 'entitlements.yaml', (text) => `${text}\n`);
    const file = path.join(root, 'entitlements.yaml');
    writeFileSync(file, encode(readFileSync(file, 'utf8').replace(/\n/g, '\r\n')));
    const run = await lintJson(root, ['.']);
    assert.deepEqual(brief(run.findings), []);
    assert.equal(run.status, 0);
  });
}

test('UTF-16 without a byte order mark says to save as UTF-8, not that the file is binary', async (t) => {
  const root = mutatedExample(t, 'contoso', 'entitlements.yaml', (text) => `${text}\n`);
  const file = path.join(root, 'entitlements.yaml');
  writeFileSync(file, Buffer.from(readFileSync(file, 'utf8'), 'utf16le'));
  const run = await lintJson(root, ['.']);
  assert.deepEqual(brief(run.findings), ['inventory/yaml-syntax@entitlements.yaml:1']);
  assert.match(run.findings[0]!.message, /^UTF-16: save as UTF-8/);
});

test('a license file path with backslashes says to use forward slashes', async (t) => {
  const root = mutatedExample(
    t,
    'contoso',
    'license-servers.yaml',
    once('path: licenses/ctxls01/FID_contoso_uhmc.lic', 'path: licenses\\ctxls01\\FID_contoso_uhmc.lic'),
  );
  const run = await lintJson(root, ['.']);
  assert.deepEqual(brief(run.findings), ['inventory/reference@license-servers.yaml:18']);
  assert.match(run.findings[0]!.message, /uses backslashes: use forward slashes, `licenses\/ctxls01\/FID_contoso_uhmc\.lic`/);
});

test('a license file path differing only in case names the file as it is', async (t) => {
  const root = mutatedExample(
    t,
    'contoso',
    'license-servers.yaml',
    once('path: licenses/ctxls01/FID_contoso_uhmc.lic', 'path: Licenses/ctxls01/fid_contoso_uhmc.lic'),
  );
  const run = await lintJson(root, ['.']);
  assert.deepEqual(brief(run.findings), ['inventory/reference@license-servers.yaml:18']);
  assert.match(
    run.findings[0]!.message,
    /^the file is `FID_contoso_uhmc\.lic` \(case differs\): write the path as `licenses\/ctxls01\/FID_contoso_uhmc\.lic`/,
  );
});

/** The example, declared as the inventory (issue 22: which files make it is declared, never guessed). */
function declaredExample(t: TestContext, name: string): string {
  const root = mutatedExample(t, name, 'README.md', (text) => `${text}\n`);
  writeFileSync(path.join(root, '.citrix-license-lint.yml'), 'inventory: .\n');
  return root;
}

test('one file of a declared folder inventory is linted with its siblings: no false references', async (t) => {
  const root = declaredExample(t, 'contoso');
  const run = await lintJson(root, ['allocations.yaml']);
  assert.deepEqual(brief(run.findings), []);
  assert.equal(run.status, 0);
});

test('one file of a declared folder inventory reports only on that file (and the license files it names)', async (t) => {
  const root = declaredExample(t, 'fabrikam');
  const emea = await lintJson(root, ['emea/license-servers.yaml']);
  // With the schema error of a sibling file, which can hold its findings back (issue 22), and the
  // duplicate of its CTXLS-TEST01 found at the sibling's ctxls-test01 (named-file-verdict.test.ts).
  assert.deepEqual(brief(emea.findings), [
    'inventory/yaml-syntax@emea/license-servers.yaml:8',
    'inventory/duplicate@license-servers.yaml:24',
    'inventory/schema@license-servers.yaml:82',
  ]);
  const servers = await lintJson(root, ['license-servers.yaml']);
  const files = new Set(servers.findings.map((f) => f.file));
  assert.deepEqual([...files].sort(), [
    'allocations.yaml',
    'emea/license-servers.yaml',
    // licenses/in-use-exceeds-purchased (issue 25) at the entitlement, about MyLicenseServer2's use.
    'entitlements.yaml',
    'license-servers.yaml',
    'licenses/MyLicenseServer2/FID_uhmc.lic',
    'licenses/ctxls-new01/FID_truncated.lic',
  ]);
  // The allocation to ctxls-old99 is orphaned in the inventory, but no server of this file is
  // its host; those to servers this file decommissions or names show (named-file-verdict.test.ts).
  assert.deepEqual(
    servers.findings.filter((f) => f.ruleId === 'allocation/orphaned-hostname').map((f) => f.data.subjects[0]),
    ['MyLicenseServer1', 'ctxls-legacy01.fabrikam.example'],
  );
  const all = await lintJson(root, ['.']);
  // Of the other files, only the findings its entries take part in show; of its own, all.
  const others = new Set(['allocations.yaml', 'entitlements.yaml']);
  assert.deepEqual(
    servers.findings.filter((f) => !others.has(f.file)),
    all.findings.filter((f) => files.has(f.file) && !others.has(f.file)),
  );
});

test('a file alone in its folder is linted alone, and an unrelated YAML file beside it is not read', async (t) => {
  const root = tempRepo(t, {
    'inventory.yaml': 'version: 1\nallocations:\n  - entitlement: e1\n    hostname: ghost01\n    quantity: 5\n',
    'docker-compose.yml': 'services:\n  web:\n    image: nginx\n',
  });
  const run = await lintJson(root, ['inventory.yaml']);
  assert.deepEqual(brief(run.findings), ['inventory/reference@inventory.yaml:3', 'allocation/orphaned-hostname@inventory.yaml:4']);
});

test('schema messages name license files by file name, not by the host they are bound to', async (t) => {
  // Contoso's console activates through LAS and has no license files (issue 13): Fabrikam's adm01 has one.
  const root = mutatedExample(
    t,
    'fabrikam',
    'netscaler.yaml',
    once('- { product: CNS_V1000_SERVER, count: 10,', '- { product: CNS_V1000_SERVER, count: ten,'),
  );
  const run = await lintJson(root, ['.']);
  // Fabrikam has schema findings of its own in other files (a misspelt `lastReportd`).
  const schema = run.findings.filter((f) => f.ruleId === 'inventory/schema' && f.file === 'netscaler.yaml');
  assert.deepEqual(brief(schema), ['inventory/schema@netscaler.yaml:18']);
  assert.match(schema[0]!.message, /feature `CNS_V1000_SERVER` of license file `fabrikam_cpl_instances\.lic` of NetScaler Console `adm01`/);
});

test('a reference message names the allocation by quantity, host and entitlement', async (t) => {
  const root = mutatedExample(
    t,
    'contoso',
    'allocations.yaml',
    once('  - entitlement: uhmc-2025\n    hostname: ctxls-dr01', '  - entitlement: uhmc-2052\n    hostname: ctxls-dr01'),
  );
  const run = await lintJson(root, ['.']);
  const reference = run.findings.filter((f) => f.ruleId === 'inventory/reference');
  assert.deepEqual(brief(reference), ['inventory/reference@allocations.yaml:10']);
  assert.match(
    reference[0]!.message,
    /^the allocation of 300 licenses to `ctxls-dr01` names entitlement `uhmc-2052`, which is not in the inventory: did you mean `uhmc-2025`\?/,
  );
});
