import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { lintFiles, only } from './helpers/lint-fixture.js';
import { cli } from './helpers/cli-in-process.js';
import { runBuiltCli } from './helpers/run-cli.js';
import { tempRepo } from './helpers/temp-repo.js';

// Each case: the message and the exit status a user sees, through the CLI where
// the exit status is part of the contract.

test('an inventory file over the configured size limit is a finding (exit 1), not read', async (t) => {
  const big = `version: 1\norganization: { name: "${'x'.repeat(2 * 1024 * 1024)}" }\n`;
  const repo = tempRepo(t, { 'inventory.yaml': big, '.citrix-license-lint.yml': 'limits: { inventoryFileMB: 1 }\n' });
  const run = await cli(['inventory.yaml', '--as-of', '2026-11-28'], { cwd: repo });
  assert.equal(run.status, 1);
  assert.match(
    run.stdout,
    /inventory\.yaml:1:1 {2}error {4}the file is 2\.0 MB, over the 1\.0 MB limit for one inventory file: split it into several files in a folder \(or raise limits\.inventoryFileMB\)/,
  );
});

test('a license file over the configured limit is a syntax finding', async (t) => {
  const { findings } = lintFiles(
    t,
    {
      'inventory.yaml':
        'version: 1\nlicenseServers:\n  - hostname: a\n    environment: test\n    state: active\n    licenseFiles:\n      - path: big.lic\n',
      'big.lic': `SERVER h HOSTNAME=a\n${'# padding\n'.repeat(120_000)}`,
    },
    { limits: { maxFileBytes: 64 * 1024 * 1024, maxLicenseFileBytes: 1024 * 1024, maxAliasCount: 100 } },
  );
  assert.match(only(findings, 'license-file/syntax')[0]!.message, /over the 1 MB limit/);
});

test('moderately deep nesting gets a schema finding; extreme nesting a clear syntax finding', async (t) => {
  const moderate = tempRepo(t, { 'inventory.yaml': `version: 1\norganization: ${'['.repeat(500)}${']'.repeat(500)}\n` });
  const shallow = await cli(['inventory.yaml', '--as-of', '2026-11-28'], { cwd: moderate });
  assert.equal(shallow.status, 1);
  assert.match(shallow.stdout, /inventory\.yaml:2:15 {2}error {4}`organization` in the top level must be a mapping/);
});

test('deeply nested YAML is answered with findings, without a crash', { timeout: 30_000 }, async (t) => {
  const depth = 5_000;
  const text = `version: 1\norganization: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
  const repo = tempRepo(t, { 'inventory.yaml': text });
  const run = await cli(['inventory.yaml', '--as-of', '2026-11-28'], { cwd: repo });
  assert.equal(run.status, 1, run.stderr);
  assert.match(
    run.stdout,
    /inventory\.yaml:2:\d+ {2}error {4}the YAML nests too deeply to be read \(thousands of levels\): an inventory needs a handful; remove the nesting {2}inventory\/yaml-syntax/,
  );
  assert.doesNotMatch(run.stderr, /\n\s+at /);
});

test('a folder with thousands of files is read whole, in order', async (t) => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 3_000; i++)
    files[`inv/region-${String(i % 30).padStart(2, '0')}/site-${String(i).padStart(4, '0')}.yaml`] =
      `version: 1\nlicenseServers:\n  - { hostname: ls${i}, environment: test, state: active, telemetry: { mode: disabled } }\n`;
  const { findings, files: read } = lintFiles(t, files, { inputs: ['inv'] });
  assert.equal(read.length, 3_000);
  assert.equal(only(findings, 'license-server/telemetry-disabled').length, 3_000);
  const order = only(findings, 'license-server/telemetry-disabled').map((f) => f.file);
  assert.deepEqual(order, [...order].sort());
});

test('a linked YAML file pointing outside the repository is not read; one inside is', async (t) => {
  const outside = mkdtempSync(path.join(tmpdir(), 'cll-outside-'));
  t.after(() => rmSync(outside, { recursive: true, force: true }));
  writeFileSync(
    path.join(outside, 'secret.yaml'),
    'version: 1\norganization: { name: TOP-SECRET }\nlicenseServers:\n  - { hostname: outside, environment: test, state: active, telemetry: { mode: disabled } }\n',
  );
  const repo = tempRepo(t, {
    'inv/a.yaml':
      'version: 1\nlicenseServers:\n  - { hostname: inside, environment: test, state: active, telemetry: { mode: disabled } }\n',
    'shared/b.yaml': 'version: 1\n',
  });
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(repo, 'inv', 'z-outside.yaml'));
  symlinkSync(path.join(repo, 'shared', 'b.yaml'), path.join(repo, 'inv', 'y-inside.yaml'));
  symlinkSync(outside, path.join(repo, 'inv', 'linked-folder'));
  const run = await cli(['inv', '--format', 'json', '--as-of', '2026-11-28'], { cwd: repo });
  const output = JSON.parse(run.stdout) as { summary: { files: number }; findings: { message: string }[] };
  assert.equal(output.summary.files, 2, 'a.yaml and the link to shared/b.yaml');
  // The two links that leave the repository are findings (issue 16), never reads.
  const refused = output.findings.filter((f) => /not read: this path is a symbolic link .* outside the repository/.test(f.message));
  assert.equal(refused.length, 2, 'z-outside.yaml and linked-folder');
  assert.ok(output.findings.every((f) => !/TOP-SECRET|`outside`/.test(f.message)));
});

test('license file paths with .., absolute paths and NUL are refused (see also the resolver tests)', async (t) => {
  const { findings } = lintFiles(t, {
    'repo/inventory.yaml':
      'version: 1\nlicenseServers:\n  - hostname: a\n    environment: test\n    state: active\n    licenseFiles:\n      - path: ../../../../../../etc/passwd\n      - path: /etc/passwd\n',
  });
  const references = only(findings, 'inventory/reference');
  assert.equal(references.length, 2);
  assert.ok(references.every((f) => /outside the repository|is absolute/.test(f.message)));
  assert.ok(findings.every((f) => !f.message.includes('root:')));
});

test('nesting between 500 and 5,000 levels gets the same verdict whichever reader reads the file', { timeout: 120_000 }, async (t) => {
  // The quick reader takes a few levels only and leaves deeper text to yaml, whose verdict
  // (a schema finding, or "nests too deeply" where its stack runs out) is then the only one.
  // A `%YAML` directive sends the same text to yaml for sure, two lines lower.
  const shapes: Record<string, (depth: number) => string> = {
    '[': (depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`,
    '{k: ': (depth) => `${'{k: '.repeat(depth)}1${'}'.repeat(depth)}`,
    '- ': (depth) => `\n  ${'- '.repeat(depth)}x`,
  };
  // One process per run, as a user's runs are: where yaml's stack runs out depends on how warm
  // its code is, so in one process the second reader to read would get a deeper stack than the
  // first (in-process, this test failed on that alone). dist.test.ts holds the bundle to the sources.
  const verdict = async (text: string, shift: number) => {
    const run = runBuiltCli(['inventory.yaml', '--format', 'json', '--as-of', '2026-11-28'], {
      cwd: tempRepo(t, { 'inventory.yaml': text }),
    });
    assert.doesNotMatch(run.stderr, /\n\s+at /);
    const findings = (JSON.parse(run.stdout) as { findings: { ruleId: string; message: string; line: number }[] }).findings;
    return { status: run.status, findings: findings.map((f) => `${f.line - shift} ${f.ruleId} ${f.message}`) };
  };
  for (const [shape, nested] of Object.entries(shapes)) {
    for (const depth of [800, 1_500, 2_800]) {
      const text = `version: 1\norganization: ${nested(depth)}\n`;
      const direct = await verdict(text, 0);
      assert.equal(direct.status, 1, `${shape} × ${depth}`);
      assert.ok(direct.findings.length > 0);
      assert.deepEqual(direct, await verdict(`%YAML 1.2\n---\n${text}`, 2), `${shape} × ${depth}`);
    }
  }
});
