import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { main } from '../src/cli/entry.js';
import { runCli } from '../src/cli/run.js';
import type { CliIo } from '../src/cli/io.js';
import { tempRepo } from './helpers/temp-repo.js';
import { cli } from './helpers/cli-in-process.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';

const noStackTrace = (text: string) => assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/);

test('fabrikam: exit 1 with file:line:col findings', async () => {
  const run = await cli(['examples/fabrikam']);
  assert.equal(run.status, 1);
  assert.match(
    run.stdout,
    /examples\/fabrikam\/allocations\.yaml:7:15 {2}error {4}the allocation of 1,000 XDT_PLT_UD licenses from `uhmc-2024` is bound to `MyLicenseServer1`, which is decommissioned/,
  );
  assert.match(
    run.stdout,
    /\d+ problems \(\d+ errors, \d+ warnings\) in \d+ files as of 2026-11-28, 1 suppressed, 1 finding withheld until the error it waits for is fixed\. Telemetry unverified on \d+ automatic hosts: [^\n]*\n$/,
  );
  assert.doesNotMatch(run.stdout, /\u001b\[/, 'no colour when stdout is not a terminal');
  assert.equal(run.stderr, '');
});

test('contoso: exit 0 as of its pinned date', async () => {
  const run = await cli(['examples/contoso']);
  assert.equal(run.status, 0, run.stdout);
  // adm01 reports automatically, and no export states a console's last upload: counted, not failed.
  assert.equal(
    run.stdout,
    'No problems in 4 files as of 2026-11-28. Telemetry unverified on 1 automatic host: no collected evidence states its last upload (docs/collect.md).\n',
  );
});

test('--format json has the fields of the spec, files relative, lines 1-based', async () => {
  const run = await cli(['examples/fabrikam', '--format', 'json']);
  assert.equal(run.status, 1);
  const output = JSON.parse(run.stdout) as {
    asOf: string;
    summary: { errors: number; warnings: number };
    findings: Record<string, unknown>[];
  };
  assert.equal(output.asOf, '2026-11-28');
  assert.ok(output.findings.length > 20);
  for (const finding of output.findings) {
    for (const key of ['ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn'] as const)
      assert.ok(key in finding, `missing ${key}`);
    assert.ok(!path.isAbsolute(String(finding.file)) && String(finding.file).startsWith('examples/fabrikam/'));
    assert.ok(Number(finding.line) >= 1 && Number(finding.column) >= 1);
    assert.ok(Number(finding.endLine) >= Number(finding.line));
  }
  assert.equal(output.summary.errors, output.findings.filter((f) => f.severity === 'error').length);
});

test('--fail-on decides the exit status', async (t) => {
  const repo = tempRepo(t, {
    'inventory.yaml':
      'version: 1\nlicenseServers:\n  - { hostname: a, environment: test, state: active, version: latest, telemetry: { mode: automatic, lastReported: 2026-11-27 } }\n',
  });
  const asOf = ['--as-of', '2026-11-28'];
  assert.equal((await cli([...asOf], { cwd: repo })).status, 0, 'a warning alone passes by default');
  assert.equal((await cli([...asOf, '--fail-on', 'warning'], { cwd: repo })).status, 1);
  assert.equal((await cli(['examples/fabrikam', '--fail-on', 'never'])).status, 0);
});

test('exit 2: a missing path, an unknown format, a bad date, a bad option, a missing config', async () => {
  const cases: [string[], RegExp][] = [
    [['no/such/inventory'], /no\/such\/inventory: no such file or folder/],
    [['examples/contoso', '--format', 'xml'], /unknown format "xml": use one of github, gitlab, json, junit, markdown, sarif, text/],
    [['examples/contoso', '--as-of', '2026-13-01'], /--as-of must be a date written YYYY-MM-DD/],
    [['examples/contoso', '--frobnicate'], /Unknown option '--frobnicate'.*--help/],
    [['examples/contoso', '--config', 'nope.yml'], /nope\.yml: no such configuration file/],
    [['examples/contoso', '--fail-on', 'sometimes'], /--fail-on must be error, warning or never/],
  ];
  for (const [args, message] of cases) {
    const run = await cli(args);
    assert.equal(run.status, 2, args.join(' '));
    assert.match(run.stderr, message);
    assert.equal(run.stdout, '');
    noStackTrace(run.stderr);
  }
});

test('exit 2 when no path is given and there is no default inventory', async (t) => {
  const repo = tempRepo(t, {});
  const run = await cli([], { cwd: repo });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /no inventory given and none found here/);
});

test('the default inventory/ folder is found', async (t) => {
  const repo = tempRepo(t, { 'inventory/a.yaml': 'version: 1\n' });
  const run = await cli(['--as-of', '2026-11-28'], { cwd: repo });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /No problems in 1 file as of 2026-11-28/);
});

test('exit 3: an internal error is one sentence, no stack trace', async () => {
  const stderr: string[] = [];
  const io: CliIo = {
    cwd: PROJECT_ROOT,
    env: {},
    stdout: { write: () => true },
    stderr: { write: (t: string) => stderr.push(t) },
    now: () => new Date(),
  };
  const status = await main(['examples/contoso'], io, async () => {
    throw new TypeError('boom');
  });
  assert.equal(status, 3);
  assert.equal(stderr.join(''), 'citrix-license-lint: internal error: boom; please report it with the command you ran\n');
});

test('--output writes the report to the file named and nothing to stdout', async (t) => {
  const repo = tempRepo(t, { 'inventory.yaml': 'version: 1\n' });
  const run = await cli(['inventory.yaml', '--format', 'json', '--output', 'report.json', '--as-of', '2026-11-28'], { cwd: repo });
  assert.equal(run.status, 0);
  assert.equal(run.stdout, '');
  assert.equal(JSON.parse(readFileSync(path.join(repo, 'report.json'), 'utf8')).findings.length, 0);
  const bad = await cli(['inventory.yaml', '--output', 'missing-folder/report.txt'], { cwd: repo });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /cannot write missing-folder\/report.txt: ENOENT/);
  assert.ok(!existsSync(path.join(repo, 'missing-folder')));
});

test('--help and --version', async () => {
  const help = await cli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: citrix-license-lint \[options\] \[paths\.\.\.\]/);
  const version = await cli(['--version']);
  const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(version.stdout, `${pkg.version}\n`);
});

test('colour only on a terminal, and NO_COLOR turns it off', async () => {
  const run = async (env: Record<string, string | undefined>) => {
    let out = '';
    await runCli(['examples/fabrikam'], {
      cwd: PROJECT_ROOT,
      env,
      stdout: { write: (t: string) => (out += t), isTTY: true },
      stderr: { write: () => true },
      now: () => new Date(),
    });
    return out;
  };
  assert.match(await run({}), /\u001b\[31merror/);
  assert.doesNotMatch(await run({ NO_COLOR: '1' }), /\u001b\[/);
});

test('inspect prints a table, or stable JSON, and exit 1 for a broken file', async () => {
  const table = await cli(['inspect', 'examples/contoso/licenses/ctxls01/FID_contoso_uhmc.lic']);
  assert.equal(table.status, 0);
  assert.match(table.stdout, /PRODUCT +COUNT +TYPE +EXPIRES +CSS DATE +SERIAL +LINE/);
  assert.match(table.stdout, /XDT_PLT_UD +1200 +RetailS +2027-12-31 +2027-12-31 +LA-0002250117-40112:31337 +5/);
  assert.doesNotMatch(table.stdout, /0F3A|SIGN/);
  const json = await cli(['inspect', '--format', 'json', 'examples/fabrikam/licenses/ctxls-new01/FID_truncated.lic']);
  assert.equal(json.status, 1);
  assert.deepEqual(JSON.parse(json.stdout), {
    files: [
      {
        file: 'examples/fabrikam/licenses/ctxls-new01/FID_truncated.lic',
        hostname: 'ctxls-new01',
        hostId: null,
        features: [],
        problems: [
          {
            line: 4,
            column: 1,
            message: 'the INCREMENT entry starting here opens a quote that is never closed: the file is truncated; download it again',
          },
        ],
      },
    ],
  });
  const missing = await cli(['inspect', 'nope.lic']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nope\.lic: does not exist/);
});

test('inspect shows the host ID a NetScaler Console file is bound to', async (t) => {
  const repo = tempRepo(t, {
    'cpl.lic':
      'SERVER this_host 005056A1B2C4\nVENDOR CITRIX\nUSE_SERVER\nINCREMENT CNS_V1000_SERVER CITRIX 2027.1231 31-dec-2027 10 SN=LA-1 SIGN="00"\n',
  });
  const table = await cli(['inspect', 'cpl.lic'], { cwd: repo });
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /^cpl\.lic {2}\(bound to host ID 005056A1B2C4\)\n/);
  const json = await cli(['inspect', '--format', 'json', 'cpl.lic'], { cwd: repo });
  const [file] = (JSON.parse(json.stdout) as { files: { hostname: unknown; hostId: unknown }[] }).files;
  assert.deepEqual([file?.hostname, file?.hostId], [null, '005056A1B2C4']);
});

test('every command reports an unwritable --output as exit 2, not an internal error', async (t) => {
  const repo = tempRepo(t, {
    'inventory.yaml': 'version: 1\n',
    'a.lic': 'SERVER h HOSTNAME=a\nINCREMENT X CITRIX 2026.0101 permanent 1\n',
  });
  for (const args of [['inventory.yaml'], ['inspect', 'a.lic']]) {
    const run = await cli([...args, '--output', 'no/such/folder/out.txt'], { cwd: repo });
    assert.equal(run.status, 2, args.join(' '));
    assert.match(run.stderr, /cannot write no\/such\/folder\/out\.txt: ENOENT/);
  }
});

test('--format github is a reporter like the others: --output takes its workflow commands', async (t) => {
  const out = path.join(tempRepo(t, {}), 'annotations.txt');
  const args = ['examples/fabrikam', '--format', 'github', '--as-of', '2026-11-28'];
  const printed = await cli(args);
  const written = await cli([...args, '--output', out]);
  assert.equal(written.status, printed.status);
  assert.equal(written.stdout, '');
  assert.match(printed.stdout, /^::error title=allocation\/orphaned-hostname,file=examples\/fabrikam\/allocations\.yaml,line=7,/);
  assert.equal(readFileSync(out, 'utf8'), printed.stdout);
});
