import assert from 'node:assert/strict';
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { assertNothingLeaks, HostileRepo, listing, OUTSIDE_SECRET } from './helpers/hostile-repo.js';
import { cli } from './helpers/cli-in-process.js';

// Issue 16 through the CLI, on hostile repositories made here: real symbolic links, a
// real .git/config holding a credential, real commits. Nothing of the credential or of a
// file outside the repository may reach any output.

const SERVER = (host: string) =>
  `  - { hostname: ${host}, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: disabled } }\n`;
const FORMATS = ['text', 'json', 'sarif', 'markdown', 'github'];

test('an inventory that is a link to .git/config is a finding, never read, in every format', async (t) => {
  const repo = new HostileRepo(t);
  repo.link('inventory.yaml', '.git/config');
  for (const format of FORMATS) {
    const run = await cli(['inventory.yaml', '--format', format, '--as-of', '2026-11-28'], { cwd: repo.root });
    assert.equal(run.status, 1, `${format}: ${run.stderr}`);
    assert.match(run.stdout, /not read: this path leads into the repository's \.git folder/);
    assertNothingLeaks({ [`${format} stdout`]: run.stdout, [`${format} stderr`]: run.stderr });
  }
});

test('links in a walked folder: to .git, to an outside file, to /usr and to / are findings; the walk never leaves', async (t) => {
  const repo = new HostileRepo(t);
  repo.write({ 'inventory/a.yaml': `version: 1\nlicenseServers:\n${SERVER('ls1')}` });
  repo.link('inventory/creds.yaml', '../.git/config');
  repo.link('inventory/outside.yaml', path.join(repo.outside, 'secret.yaml'));
  repo.link('inventory/usr', '/usr');
  repo.link('inventory/root', '/');
  const run = await cli(['inventory', '--format', 'json', '--as-of', '2026-11-28'], { cwd: repo.root });
  assert.equal(run.status, 1, run.stderr);
  const output = JSON.parse(run.stdout) as { summary: { files: number }; findings: { ruleId: string; file: string; message: string }[] };
  assert.equal(output.summary.files, 1, 'only a.yaml is read');
  const refused = output.findings.filter((f) => /^not read: this path/.test(f.message)).map((f) => f.file);
  assert.deepEqual(refused.sort(), ['inventory/creds.yaml', 'inventory/outside.yaml', 'inventory/root', 'inventory/usr']);
  assertNothingLeaks({ stdout: run.stdout, stderr: run.stderr });
  // The input itself a link to / (before: Node ran out of memory; to /usr: 4,224 files read).
  repo.link('everything', '/');
  const whole = await cli(['everything', '--format', 'json'], { cwd: repo.root });
  assert.equal(whole.status, 1, whole.stderr);
  assert.equal((JSON.parse(whole.stdout) as { summary: { files: number } }).summary.files, 0);
});

test('license files linked to .git/config or outside are refused; a name starting with .. inside is not "outside"', async (t) => {
  const repo = new HostileRepo(t);
  repo.write({
    'licenses/..renewal.lic': 'SERVER this_host HOSTNAME=ls1\nVENDOR CITRIX\nUSE_SERVER\n',
    'inventory.yaml': `version: 1\nlicenseServers:\n  - hostname: ls1\n    environment: test\n    state: active\n    telemetry: { mode: disabled }\n    licenseFiles:\n      - path: licenses/creds.lic\n      - path: licenses/outside.lic\n      - path: licenses/..renewal.lic\n`,
  });
  repo.link('licenses/creds.lic', '../.git/config');
  repo.link('licenses/outside.lic', path.join(repo.outside, 'secret.lic'));
  const run = await cli(['inventory.yaml', '--format', 'json', '--as-of', '2026-11-28'], { cwd: repo.root });
  const findings = (JSON.parse(run.stdout) as { findings: { ruleId: string; message: string }[] }).findings;
  const references = findings.filter((f) => f.ruleId === 'inventory/reference').map((f) => f.message);
  assert.equal(references.length, 2, references.join('\n'));
  assert.ok(references.some((m) => /licenses\/creds\.lic" is not read: it leads into the repository's \.git folder/.test(m)));
  assert.ok(references.some((m) => /licenses\/outside\.lic" is not read: it is a symbolic link/.test(m)));
  assert.ok(!references.some((m) => m.includes('..renewal')), 'a file named ..renewal.lic is inside the repository');
  assertNothingLeaks({ stdout: run.stdout, stderr: run.stderr });
});

test('configuration and baseline linked to .git/config are refused without quoting them; --output never follows a link out', async (t) => {
  const repo = new HostileRepo(t);
  repo.write({ 'inventory.yaml': `version: 1\nlicenseServers:\n${SERVER('ls1')}` });
  repo.link('.citrix-license-lint.yml', '.git/config');
  const config = await cli(['inventory.yaml'], { cwd: repo.root });
  assert.equal(config.status, 2);
  assert.match(config.stderr, /\.citrix-license-lint\.yml: the configuration is not read: it leads into the repository's \.git folder/);
  assertNothingLeaks({ stdout: config.stdout, stderr: config.stderr });
  unlinkSync(path.join(repo.root, '.citrix-license-lint.yml'));

  repo.link('baseline.json', '.git/config');
  const baseline = await cli(['inventory.yaml', '--baseline', 'baseline.json'], { cwd: repo.root });
  assert.equal(baseline.status, 2);
  assert.match(baseline.stderr, /baseline\.json: the baseline is not read/);
  assertNothingLeaks({ stdout: baseline.stdout, stderr: baseline.stderr });

  const before = listing(repo.outside);
  repo.link('report.txt', path.join(repo.outside, 'report.txt'));
  repo.link('reports', repo.outside);
  for (const target of ['report.txt', 'reports/report.txt']) {
    const output = await cli(['inventory.yaml', '--output', target], { cwd: repo.root });
    assert.equal(output.status, 2, output.stderr);
    assert.match(output.stderr, /the path is a symbolic link that leads outside the workspace/);
  }
  const written = await cli(['inventory.yaml', '--write-baseline', 'reports/b.json'], { cwd: repo.root });
  assert.equal(written.status, 2);
  assert.deepEqual(listing(repo.outside), before, 'nothing written outside the repository');
});

test('a second configuration shadowing the root one is refused; __proto__, huge thresholds and limits are refused with a message', async (t) => {
  const repo = new HostileRepo(t);
  repo.write({
    '.citrix-license-lint.yml': 'rules:\n  license-server/telemetry-disabled: error\n',
    'inventory/.citrix-license-lint.yml': 'rules:\n  license-server/telemetry-disabled: off\n',
    'inventory/a.yaml': `version: 1\nlicenseServers:\n${SERVER('ls1')}`,
  });
  const two = await cli(['inventory'], { cwd: repo.root });
  assert.equal(two.status, 2);
  assert.match(two.stderr, /two configuration files: inventory\/\.citrix-license-lint\.yml and \.citrix-license-lint\.yml; keep only one/);
  repo.write({ 'inventory/.citrix-license-lint.yml': null });
  for (const [text, expected] of [
    ['rules:\n  __proto__: off\n', /the key `__proto__` is not allowed/],
    ['thresholds:\n  deadlineHorizonDays: 1e300\n', /`thresholds\.deadlineHorizonDays` must be at most 36500 days/],
    ['thresholds:\n  versionGraceMonths: 99999999999\n', /must be at most 1200 months/],
    ['limits:\n  inventoryFileMB: 100000\n', /`limits\.inventoryFileMB` must be at most 1024 MB/],
  ] as const) {
    repo.write({ '.citrix-license-lint.yml': text });
    const run = await cli(['inventory', '--as-of', '2026-11-28'], { cwd: repo.root });
    assert.equal(run.status, 2, `${text}: ${run.stderr}`);
    assert.match(run.stderr, expected);
    assert.ok(!/\n\s+at /.test(run.stderr), 'no stack trace');
  }
});

test('control characters are shown escaped; inventory text cannot pass workflow commands through --format text', async (t) => {
  const repo = new HostileRepo(t);
  repo.write({
    'inventory/a.yaml': `version: 1\nlicenseServers:\n${SERVER('"\\e[2J\\e[HNo-problems\\e]0;owned\\a"')}${SERVER('"##[add-mask]ls2"')}`,
    '::error::pwned.yaml': `version: 1\nlicenseServers:\n${SERVER('ls3')}`,
  });
  for (const format of ['text', 'github', 'markdown']) {
    const run = await cli(['.', '--format', format, '--as-of', '2026-11-28'], { cwd: repo.root, env: { GITHUB_ACTIONS: 'true' } });
    assert.equal(run.status, 1, run.stderr);
    assert.ok(!run.stdout.includes('\u001b'), `${format}: no raw ESC`);
    assert.ok(!run.stdout.includes('\u0007'), `${format}: no raw BEL`);
    // Markdown goes through the one Markdown escaper (issue 15), which writes code points as \u{…}.
    assert.match(run.stdout, format === 'markdown' ? /\\u\{1B\}\[2J/ : /\\x1b\[2J/, `${format}: the escape is shown`);
    assert.ok(!run.stdout.includes('##[add-mask]'), `${format}: ##[ is broken up`);
    if (format === 'text') {
      for (const line of run.stdout.split('\n')) assert.ok(!line.trimStart().startsWith('::'), `a line the runner would obey: ${line}`);
      assert.match(run.stdout, /\.\/::error::pwned\.yaml:/);
    }
  }
});

test('history escapes commit subjects in markdown and never judges a commit before the one ahead of it', async (t) => {
  const repo = new HostileRepo(t);
  const inventory = (lastReported: string) =>
    `version: 1\nlicenseServers:\n  - { hostname: ls1, environment: test, state: active, telemetry: { mode: manual, lastReported: ${lastReported} } }\n`;
  repo.commit('first', { 'inventory/a.yaml': inventory('2026-01-01') }, '2026-01-10T10:00:00Z');
  // Backdated: judged on 2001-01-01, the overdue upload would not be due yet.
  repo.commit(
    '[x](https://evil.example) <img src=x> @admins | ::error::',
    { 'inventory/a.yaml': `${inventory('2026-01-01')}# x\n` },
    '2001-01-01T00:00:00Z',
  );
  repo.commit('future', { 'inventory/a.yaml': `${inventory('2026-01-01')}# y\n` }, '2030-01-01T00:00:00Z');
  const json = await cli(['history', '--format', 'json', '--as-of', '2026-11-28'], { cwd: repo.root });
  assert.equal(json.status, 0, json.stderr);
  const parsed = JSON.parse(json.stdout) as { datesJudged: string; points: { date: string; errors: number; warnings: number }[] };
  assert.deepEqual(
    parsed.points.map((p) => p.date),
    ['2026-01-10', '2026-01-10', '2026-11-28'],
  );
  assert.match(parsed.datesJudged, /committer date \(chosen by whoever committed\)/);
  const markdown = (await cli(['history', '--format', 'markdown', '--as-of', '2026-11-28'], { cwd: repo.root })).stdout;
  const row = markdown.split('\n').find((l) => l.includes('evil'))!;
  assert.ok(!row.includes('[x](https'), row);
  assert.ok(!/(?<!\\)<img/.test(row), row);
  assert.ok(!row.includes('@admins'), 'no mention');
  assert.equal(row.split(/(?<!\\)\|/).length, 8, 'the pipe does not add a column');
});

test('--base reads only the license files the inventory names: an unreadable unrelated .lic does not matter', async (t) => {
  const repo = new HostileRepo(t);
  const base = repo.commit('base', {
    'inventory.yaml': `version: 1\nlicenseServers:\n${SERVER('ls1')}`,
    'archive/old.lic': `SERVER this_host HOSTNAME=${OUTSIDE_SECRET}\n`,
  });
  // The blob of the unrelated license file is gone: reading it would fail.
  const oid = repo.git('rev-parse', `${base}:archive/old.lic`);
  unlinkSync(path.join(repo.root, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
  repo.commit('head', { 'inventory.yaml': `version: 1\nlicenseServers:\n${SERVER('ls1')}${SERVER('ls2')}` });
  const run = await cli(['inventory.yaml', '--base', base, '--format', 'json', '--as-of', '2026-11-28'], { cwd: repo.root });
  assert.equal(run.status, 1, run.stderr);
  const { comparison } = JSON.parse(run.stdout) as { comparison: { introduced: number; unchanged: number } };
  assert.deepEqual([comparison.introduced, comparison.unchanged], [1, 1]);
});

test('one license file referenced from many servers: parsed once, findings capped with a count of the rest', async (t) => {
  const repo = new HostileRepo(t);
  const increments = Array.from(
    { length: 2_000 },
    (_, i) => `INCREMENT XDT_PLT_UD CITRIX 2020.0101 01-jan-2021 1 VENDOR_STRING=;LT=RetailS SN=LA-${String(i).padStart(6, '0')} SIGN="00"`,
  );
  const servers = Array.from(
    { length: 60 },
    (_, i) =>
      `  - { hostname: ls${i}, environment: test, state: active, telemetry: { mode: disabled }, licenseFiles: [{ path: big.lic }] }\n`,
  );
  repo.write({
    'big.lic': `SERVER this_host HOSTNAME=ls0\nVENDOR CITRIX\nUSE_SERVER\nINCREMENT broken\n${increments.join('\n')}\n`,
    'inventory.yaml': `version: 1\nlicenseServers:\n${servers.join('')}`,
  });
  const run = await cli(['inventory.yaml', '--format', 'json', '--as-of', '2026-11-28', '--output', 'report.json'], { cwd: repo.root });
  assert.equal(run.status, 1, run.stderr);
  const report = readFileSync(path.join(repo.root, 'report.json'), 'utf8');
  const findings = (JSON.parse(report) as { findings: { ruleId: string; message: string }[] }).findings;
  const expired = findings.filter((f) => f.ruleId === 'license-file/expired');
  // 60 servers × 2,000 expired lines = 120,000 findings before; now at most 10,000 and one that counts the rest.
  assert.equal(expired.length, 10_001);
  assert.ok(expired.some((f) => /^and 110,000 more findings of this rule, not listed/.test(f.message)));
  assert.equal(findings.filter((f) => f.ruleId === 'license-file/syntax').length, 1, 'the broken line is reported once');
  assert.ok(findings.length < 60_000, `${findings.length} findings`);
});

test('the output files a report names stay where they were: nothing of the outside folder changes', async (t) => {
  const repo = new HostileRepo(t);
  repo.write({ 'inventory.yaml': 'version: 1\n' });
  const run = await cli(['inventory.yaml', '--output', 'missing/report.json', '--format', 'json'], { cwd: repo.root });
  assert.equal(run.status, 2, 'a missing folder is the user’s to create');
  const ok = await cli(['inventory.yaml', '--output', 'report.json', '--format', 'json'], { cwd: repo.root });
  assert.equal(ok.status, 0, ok.stderr);
  assert.ok(existsSync(path.join(repo.root, 'report.json')));
  assert.equal(JSON.parse(readFileSync(path.join(repo.root, 'report.json'), 'utf8')).findings.length, 0);
});

test('--base lints the base with the base configuration: turning a rule off in the change hides nothing from the comparison', async (t) => {
  const repo = new HostileRepo(t);
  const base = repo.commit('base', {
    '.citrix-license-lint.yml': 'rules:\n  license-server/telemetry-disabled: off\n',
    'inventory.yaml': `version: 1\nlicenseServers:\n${SERVER('ls1')}`,
  });
  repo.commit('tighten', { '.citrix-license-lint.yml': 'rules: {}\n' });
  const run = await cli(['inventory.yaml', '--base', base, '--format', 'json', '--as-of', '2026-11-28'], { cwd: repo.root });
  const { comparison } = JSON.parse(run.stdout) as { comparison: { introduced: number; fixed: number } };
  // Under the head's configuration the base would have had the same finding: 0 introduced.
  assert.equal(comparison.introduced, 1, 'the base, judged by its own configuration, did not report it');
  assert.equal(run.status, 1);
});
