import assert from 'node:assert/strict';
import { symlinkSync, writeFileSync, mkdirSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { lint } from '../src/engine/lint.js';
import { tempRepo } from './helpers/temp-repo.js';
import { AS_OF, lintFiles, only } from './helpers/lint-fixture.js';

const server = (licenseFiles: string) =>
  `version: 1\nlicenseServers:\n  - hostname: ls1\n    environment: production\n    state: active\n    licenseFiles:\n${licenseFiles}`;

const LIC = 'SERVER this_host HOSTNAME=ls1\nVENDOR CITRIX\nINCREMENT XDT_PLT_UD CITRIX 2026.0101 31-dec-2025 10 SN=LA-1 SIGN="0A"\n';

test('a parsed license file feeds the rules with positions inside the .lic', (t) => {
  const { findings } = lintFiles(t, { 'inventory.yaml': server('      - path: licenses/ls1.lic\n'), 'licenses/ls1.lic': LIC });
  const [expired] = only(findings, 'license-file/expired');
  assert.equal(`${expired!.file}:${expired!.line}:${expired!.column}`, 'licenses/ls1.lic:3:1');
  assert.match(expired!.message, /XDT_PLT_UD in ls1.lic on license server `ls1` expired on 2025-12-31/);
});

test('paths that leave the repository, absolute paths and NUL bytes are refused without reading', (t) => {
  const outside = mkdtempSync(path.join(tmpdir(), 'cll-outside-'));
  t.after(() => rmSync(outside, { recursive: true, force: true }));
  writeFileSync(path.join(outside, 'secret.lic'), 'TOP-SECRET-CONTENT\n');
  const root = tempRepo(t, {});
  const relativeOutside = path.relative(root, path.join(outside, 'secret.lic'));
  writeFileSync(
    path.join(root, 'inventory.yaml'),
    server(
      [
        `      - path: ${JSON.stringify(relativeOutside)}`,
        `      - path: ${JSON.stringify(path.join(outside, 'secret.lic'))}`,
        '      - path: "licenses/a\\0b.lic"',
        '      - path: licenses/link.lic',
        '      - path: licenses/none.lic',
        '      - path: licenses',
        '',
      ].join('\n'),
    ),
  );
  mkdirSync(path.join(root, 'licenses'));
  symlinkSync(path.join(outside, 'secret.lic'), path.join(root, 'licenses', 'link.lic'));
  const result = lint({ inputs: ['inventory.yaml'], cwd: root, asOf: AS_OF });
  const references = only(result.findings, 'inventory/reference');
  assert.deepEqual(
    references.map((f) => f.line),
    [7, 8, 9, 10, 11, 12],
  );
  assert.match(references[0]!.message, /outside the repository/);
  assert.match(references[1]!.message, /is absolute: write it relative to this YAML file/);
  assert.match(references[2]!.message, /contains a NUL byte/);
  assert.match(references[3]!.message, /outside the repository/);
  assert.match(references[4]!.message, /does not exist/);
  assert.match(references[5]!.message, /is not a regular file/);
  assert.ok(result.findings.every((f) => !f.message.includes('TOP-SECRET')));
  assert.ok(result.findings.every((f) => !f.file.startsWith(outside)));
});

test('a license file over the size limit is a syntax finding, not read', (t) => {
  const { findings } = lintFiles(t, {
    'inventory.yaml': server('      - path: big.lic\n'),
    'big.lic': Buffer.alloc(5 * 1024 * 1024, 0x41),
  });
  const [finding] = only(findings, 'license-file/syntax');
  assert.match(finding!.message, /over the 4 MB limit/);
});

test('a file referenced twice is parsed once and its problems reported once', (t) => {
  const inventory = `version: 1\nlicenseServers:\n${['ls1', 'ls2'].map((h) => `  - hostname: ${h}\n    environment: production\n    state: active\n    licenseFiles:\n      - path: bad.lic\n`).join('')}`;
  const { findings } = lintFiles(t, { 'inventory.yaml': inventory, 'bad.lic': '%PDF-1.4\n' });
  assert.equal(only(findings, 'license-file/syntax').length, 1);
});

test('inline features next to a path are checked against the file', (t) => {
  const { findings } = lintFiles(t, {
    'inventory.yaml': server(
      '      - path: ls1.lic\n        features:\n          - { product: XDT_PLT_UD, count: 12, expires: 2025-12-31 }\n          - { product: PVS_STD_CCS, count: 1, expires: permanent }\n',
    ),
    'ls1.lic': LIC,
  });
  const mismatches = only(findings, 'license-file/declared-mismatch');
  assert.deepEqual(
    mismatches.map((f) => `${f.line}:${f.column}`),
    ['9:43', '10:13'],
  );
  assert.match(mismatches[0]!.message, /says XDT_PLT_UD count is 10, but the inventory declares 12/);
  assert.match(mismatches[1]!.message, /has no PVS_STD_CCS line/);
});
