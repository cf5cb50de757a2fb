import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import ajvModule from 'ajv';
import { validateXML } from 'xmllint-wasm';
import { GitRepo } from './helpers/git-repo.js';
import { cli } from './helpers/cli-in-process.js';
import { CLI, PROJECT_ROOT } from './helpers/run-cli.js';
import { tempRepo } from './helpers/temp-repo.js';
import { replaceStarterPlaceholders } from './helpers/starter.js';

const ANSI = /\u001b\[\d+m/;
const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
const ruleIds = readdirSync(path.join(PROJECT_ROOT, 'docs', 'rules'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .flatMap((d) => readdirSync(path.join(PROJECT_ROOT, 'docs', 'rules', d.name)).map((f) => `${d.name}/${f.replace(/\.md$/, '')}`))
  .sort();

function withStdin(args: string[], input: string, cwd = PROJECT_ROOT) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
}

test('--quiet reports errors only; the exit status still follows --fail-on', async () => {
  const all = JSON.parse((await cli(['examples/fabrikam', '-f', 'json'])).stdout) as { findings: { severity: string }[] };
  const quiet = await cli(['examples/fabrikam', '-f', 'json', '--quiet']);
  assert.equal(quiet.status, 1);
  const findings = (JSON.parse(quiet.stdout) as { findings: { severity: string }[] }).findings;
  assert.ok(
    all.findings.some((f) => f.severity === 'warning'),
    'the example has warnings to hide',
  );
  assert.deepEqual(
    findings,
    all.findings.filter((f) => f.severity === 'error'),
  );
  const text = await cli(['examples/fabrikam', '-q']);
  assert.doesNotMatch(text.stdout, / warning /);
  const errors = findings.length;
  assert.ok(text.stdout.includes(`${errors} problems (${errors} errors, 0 warnings)`), text.stdout.slice(-300));
  // A warnings-only inventory: quiet prints no problem, but --fail-on warning still fails.
  const warningsOnly = await cli([
    'examples/fabrikam',
    '-q',
    '--fail-on',
    'warning',
    '--config',
    'examples/fabrikam/.citrix-license-lint.yml',
  ]);
  assert.equal(warningsOnly.status, 1);
});

test('colour: --color and --no-color win, then NO_COLOR, then FORCE_COLOR; never in a file', async () => {
  const lint = async (args: string[], env: Record<string, string> = {}) => (await cli(['examples/contoso', ...args], { env })).stdout;
  assert.doesNotMatch(await lint([]), ANSI, 'not a terminal: no colour');
  assert.match(await lint(['--color']), ANSI);
  assert.match(await lint([], { FORCE_COLOR: '1' }), ANSI);
  assert.doesNotMatch(await lint([], { FORCE_COLOR: '0' }), ANSI);
  assert.doesNotMatch(await lint([], { NO_COLOR: '1', FORCE_COLOR: '1' }), ANSI, 'NO_COLOR wins over FORCE_COLOR');
  assert.match(await lint([], { NO_COLOR: '' }), /No problems/, 'an empty NO_COLOR is unset');
  assert.doesNotMatch(await lint(['--no-color'], { FORCE_COLOR: '1' }), ANSI);
  assert.match(await lint(['--color'], { NO_COLOR: '1' }), ANSI, 'the flag wins over the environment');
  const both = await cli(['examples/contoso', '--color', '--no-color']);
  assert.equal(both.status, 2);
  assert.match(both.stderr, /--color and --no-color contradict each other/);
});

test('`-` reads the inventory from standard input, named by --stdin-filename; its license paths resolve from there', async () => {
  // The text on standard input declares 1000 licenses where the license file says 1200: a
  // finding only the piped text (not the file on disk) and the license file it names can give.
  // (examples/contoso is in no declared or default inventory, so the file is linted on its
  // own, as named: issue 22.)
  const declared = '      - path: licenses/ctxls01/FID_contoso_uhmc.lic\n';
  const onDisk = readFileSync(path.join(PROJECT_ROOT, 'examples/contoso/license-servers.yaml'), 'utf8');
  assert.ok(onDisk.includes(declared));
  const servers = onDisk.replace(
    declared,
    `${declared}        features:\n          - { product: XDT_PLT_UD, count: 1000, expires: 2027-12-31 }\n`,
  );
  const inPlace = withStdin(
    ['-', '--stdin-filename', 'examples/contoso/license-servers.yaml', '-f', 'json', '--as-of', '2026-11-28'],
    servers,
  );
  const report = JSON.parse(inPlace.stdout) as { findings: { file: string; ruleId: string; message: string }[] };
  assert.ok(
    report.findings.some(
      (f) =>
        f.file === 'examples/contoso/license-servers.yaml' &&
        f.ruleId === 'license-file/declared-mismatch' &&
        /says XDT_PLT_UD count is 1200, but the inventory declares 1000/.test(f.message),
    ),
    inPlace.stdout,
  );
  assert.ok(
    report.findings.every((f) => f.file === 'examples/contoso/license-servers.yaml' || f.file.startsWith('examples/contoso/licenses/')),
    inPlace.stdout,
  );
  assert.ok(!report.findings.some((f) => /does not exist/.test(f.message)), 'the license files beside it are read');
  const elsewhere = withStdin(['-', '--stdin-filename', 'examples/elsewhere.yaml', '-f', 'json', '--as-of', '2026-11-28'], servers);
  const moved = JSON.parse(elsewhere.stdout) as { findings: { file: string; ruleId: string; message: string }[] };
  assert.ok(
    moved.findings.some(
      (f) => f.file === 'examples/elsewhere.yaml' && /"licenses\/ctxls01\/FID_contoso_uhmc\.lic" does not exist/.test(f.message),
    ),
    'named elsewhere, the relative license path no longer resolves',
  );
  const typo = withStdin(
    ['-', '--stdin-filename', 'inventory/servers.yaml'],
    'version: 1\nlicenseServers:\n  - hostname: ctxls01\n    enviroment: production\n    state: active\n',
    tempRepo(undefined, {}),
  );
  assert.equal(typo.status, 1);
  assert.match(typo.stdout, /^ {2}inventory\/servers\.yaml:4:5 {2}error .*enviroment/m);
  const unnamed = await cli(['--stdin-filename', 'x.yaml', 'examples/contoso']);
  assert.equal(unnamed.status, 2);
  assert.match(unnamed.stderr, /--stdin-filename names the inventory read from standard input: add `-` to the paths/);
});

test('--list-rules: every rule, one line each with its default severity; --format json', async () => {
  const text = await cli(['--list-rules']);
  assert.equal(text.status, 0);
  const lines = text.stdout.trimEnd().split('\n');
  assert.deepEqual(
    lines.map((l) => l.split(/\s+/)[0]),
    ruleIds,
  );
  for (const line of lines) assert.match(line, /^[a-z-]+\/[a-z-]+ +(error|warning) +\S.+$/);
  const json = JSON.parse((await cli(['--list-rules', '--format', 'json'])).stdout) as {
    rules: { id: string; severity: string; description: string; docs: string }[];
  };
  assert.deepEqual(
    json.rules.map((r) => r.id),
    ruleIds,
  );
  assert.equal(json.rules.find((r) => r.id === 'deadlines/upcoming')?.severity, 'warning');
  assert.ok(
    json.rules.every(
      (r) => r.docs === `https://github.com/citrix-license-lint/citrix-license-lint/blob/v${pkg.version}/docs/rules/${r.id}.md`,
    ),
  );
  assert.equal((await cli(['--list-rules', '--format', 'sarif'])).status, 2);
});

test('--print-config: each effective value and where it comes from', async (t) => {
  const repo = tempRepo(t, {
    'inventory/a.yaml': 'version: 1\n',
    '.citrix-license-lint.yml':
      'asOf: 2026-01-31\nrules:\n  deadlines/upcoming: error\nthresholds:\n  manualUploadIntervalDays: 120\nlicenseServerBuilds:\n  - { build: 99000, released: 2026-12-01, source: test }\n',
  });
  const run = await cli(['--print-config', '--format', 'json', '--fail-on', 'warning'], { cwd: repo });
  assert.equal(run.status, 0, run.stderr);
  const settings = new Map(
    (JSON.parse(run.stdout) as { settings: { key: string; value: unknown; source: string }[] }).settings.map((s) => [s.key, s]),
  );
  assert.deepEqual(settings.get('inventory'), {
    key: 'inventory',
    value: ['inventory'],
    source: 'default (inventory/ or inventory.yaml, here or above)',
  });
  assert.deepEqual(settings.get('asOf'), { key: 'asOf', value: '2026-01-31', source: '.citrix-license-lint.yml' });
  assert.deepEqual(settings.get('failOn'), { key: 'failOn', value: 'warning', source: '--fail-on' });
  assert.deepEqual(settings.get('rules.deadlines/upcoming'), {
    key: 'rules.deadlines/upcoming',
    value: 'error',
    source: '.citrix-license-lint.yml',
  });
  assert.deepEqual(settings.get('rules.license-file/expired'), { key: 'rules.license-file/expired', value: 'error', source: 'default' });
  assert.deepEqual(settings.get('thresholds.manualUploadIntervalDays'), {
    key: 'thresholds.manualUploadIntervalDays',
    value: 120,
    source: '.citrix-license-lint.yml',
  });
  assert.deepEqual(settings.get('thresholds.automaticTelemetryMaxAgeDays'), {
    key: 'thresholds.automaticTelemetryMaxAgeDays',
    value: 7,
    source: 'default',
  });
  assert.match(String(settings.get('licenseServerBuilds')!.value), /newest 99000 \(2026-12-01\)/);
  assert.equal(settings.get('limits.inventoryFileMB')!.value, 64);
  for (const id of ruleIds) assert.ok(settings.has(`rules.${id}`), id);
  const asOfFlag = JSON.parse((await cli(['--print-config', '--format', 'json', '--as-of', '2026-05-05'], { cwd: repo })).stdout) as {
    settings: { key: string; source: string }[];
  };
  assert.equal(asOfFlag.settings.find((s) => s.key === 'asOf')!.source, '--as-of');
  const text = await cli(['--print-config'], { cwd: repo });
  assert.match(text.stdout, /^asOf: 2026-01-31 +# \.citrix-license-lint\.yml$/m);
});

test('--format junit is valid JUnit XML (Jenkins xUnit junit-10.xsd): a failing case per finding, escaped', async (t) => {
  const xsd = readFileSync(path.join(PROJECT_ROOT, 'test/schemas/junit-10.xsd'), 'utf8');
  const validate = async (xml: string) =>
    validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: 'junit-10.xsd', contents: xsd }] });
  const fabrikam = await cli(['examples/fabrikam', '-f', 'junit']);
  assert.equal(fabrikam.status, 1);
  const result = await validate(fabrikam.stdout);
  assert.ok(result.valid, JSON.stringify(result.errors));
  const json = JSON.parse((await cli(['examples/fabrikam', '-f', 'json'])).stdout) as {
    summary: { errors: number; warnings: number; suppressed: number; withheld: number };
  };
  // A withheld finding is a failing case too: it waits for an error, it is not gone.
  const failing = json.summary.errors + json.summary.warnings + json.summary.withheld;
  assert.equal((fabrikam.stdout.match(/<failure /g) ?? []).length, failing);
  assert.equal((fabrikam.stdout.match(/<skipped /g) ?? []).length, json.summary.suppressed);
  assert.match(fabrikam.stdout, new RegExp(`<testsuites name="citrix-license-lint [^"]+" tests="\\d+" failures="${failing}" errors="0">`));
  const contoso = await cli(['examples/contoso', '-f', 'junit']);
  assert.ok((await validate(contoso.stdout)).valid);
  assert.doesNotMatch(contoso.stdout, /<failure/);
  assert.equal((contoso.stdout.match(/<testcase /g) ?? []).length, 4, 'one passing case per file');
  // Markup in the inventory stays text.
  const hostile = tempRepo(t, {
    'inventory.yaml': 'version: 1\nallocations:\n  - { entitlement: "e<&>\\"\'", hostname: "a&b<c>\\u0001", quantity: 1 }\n',
  });
  const escaped = await cli(['-f', 'junit'], { cwd: hostile });
  assert.equal(escaped.status, 1);
  assert.ok((await validate(escaped.stdout)).valid, escaped.stdout);
  assert.match(escaped.stdout, /a&amp;b&lt;c&gt;/);
  // The validator can fail: a suite without its required counts is rejected.
  assert.equal((await validate('<testsuites><testsuite name="x"/></testsuites>')).valid, false);
});

test("--format gitlab is a GitLab Code Quality report (GitLab's own codeclimate.json schema)", async () => {
  const schema = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'test/schemas/gitlab-codeclimate.json'), 'utf8')) as object;
  // ajv is CommonJS: its class is the default export's `default` under Node's ES module loader.
  const Ajv = ((ajvModule as { default?: unknown }).default ?? ajvModule) as new (
    options: object,
  ) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
  const validate = new Ajv({ strict: false }).compile(schema);
  const run = await cli(['examples/fabrikam', '-f', 'gitlab']);
  assert.equal(run.status, 1);
  const issues = JSON.parse(run.stdout) as {
    check_name: string;
    severity: string;
    fingerprint: string;
    location: { path: string; lines: { begin: number } };
  }[];
  const summary = (
    JSON.parse((await cli(['examples/fabrikam', '-f', 'json'])).stdout) as {
      summary: { errors: number; warnings: number; withheld: number };
    }
  ).summary;
  assert.ok(Array.isArray(issues) && issues.length === summary.errors + summary.warnings + summary.withheld, `${issues.length} issues`);
  for (const issue of issues) {
    assert.ok(validate(issue), JSON.stringify(validate.errors));
    // GitLab's documentation asks for these too: a check name, and one of its five severities.
    assert.match(issue.check_name, /^[a-z-]+\/[a-z-]+$/);
    assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(issue.severity));
    assert.ok(issue.location.path.startsWith('examples/fabrikam/') && issue.location.lines.begin >= 1);
  }
  assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'fingerprints are unique');
  assert.equal(
    validate({ description: 'x', fingerprint: 'y', severity: 'minor', location: { lines: { begin: 'one' } } }),
    false,
    'the schema can fail',
  );
  assert.equal((await cli(['examples/contoso', '-f', 'gitlab'])).stdout, '[]\n');
});

test('--help links to the docs of this version', async () => {
  const help = (await cli(['--help'])).stdout;
  assert.ok(help.includes(`https://github.com/citrix-license-lint/citrix-license-lint/blob/v${pkg.version}/docs/rules/README.md`));
  for (const option of [
    '--quiet',
    '--color',
    '--no-color',
    '--stdin-filename',
    '--list-rules',
    '--print-config',
    'junit',
    'gitlab',
    'init [DIR]',
  ])
    assert.ok(help.includes(option), option);
});

test('from a sub-folder of the repository, the inventory at its root is found', async (t) => {
  const repo = new GitRepo(t);
  assert.equal((await cli(['init'], { cwd: repo.root })).status, 0);
  replaceStarterPlaceholders(repo.root);
  const deep = path.join(repo.root, 'docs', 'notes');
  mkdirSync(deep, { recursive: true });
  const run = await cli([], { cwd: deep });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^No problems in 1 file/);
  repo.write({
    'inventory/licensing.yaml': readFileSync(path.join(repo.root, 'inventory/licensing.yaml'), 'utf8').replace(
      '    state: active',
      '    stat: active',
    ),
  });
  const broken = await cli([], { cwd: deep });
  assert.equal(broken.status, 1);
  assert.match(broken.stdout, /^ {2}\.\.\/\.\.\/inventory\/licensing\.yaml:\d+:\d+ {2}error/m);
  // Not above the repository root: a folder outside any inventory still says so.
  const outside = await cli([], { cwd: tempRepo(t, {}) });
  assert.equal(outside.status, 2);
  assert.match(outside.stderr, /none found here or above up to the repository root/);
});
