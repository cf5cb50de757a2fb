// Issue 24, at import: exports are anyone's files, and `import --into` writes into a
// repository. Real links, real git repositories, the CLI in-process.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import { parse } from 'yaml';
import { cli } from './helpers/cli-in-process.js';
import { HostileRepo, listing, OUTSIDE_SECRET } from './helpers/hostile-repo.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';

const fx = (name: string) => path.join(PROJECT_ROOT, 'test/fixtures/import', name);

function tempDir(t: TestContext): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cll-import-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const SERVER = 'version: 1\nlicenseServers:\n  - hostname: ctxls01\n    environment: production\n    state: active\n';

test('import --into keeps to the repository: a linked --into folder, linked YAML files out or into .git, a linked export', async (t) => {
  const repo = new HostileRepo(t);
  repo.commit('inventory', { 'inventory/servers.yaml': SERVER });
  // Before: the folder behind the link was merged into and its file rewritten.
  mkdirSync(path.join(repo.outside, 'inv'));
  writeFileSync(path.join(repo.outside, 'inv', 'servers.yaml'), SERVER);
  repo.link('elsewhere', path.join(repo.outside, 'inv'));
  let run = await cli(['import', '--into', 'elsewhere', fx('lic')], { cwd: repo.root });
  assert.equal(run.status, 2, run.stdout);
  assert.equal(
    run.stderr,
    'citrix-license-lint: --into elsewhere: this path is a symbolic link (or lies under one) that leads outside the repository, so import does not use it; nothing was read or written\n',
  );
  assert.equal(readFileSync(path.join(repo.outside, 'inv', 'servers.yaml'), 'utf8'), SERVER);

  // Before: read (and quoted) as part of the inventory.
  for (const [link, target, why] of [
    [
      'inventory/outside.yaml',
      path.join(repo.outside, 'secret.yaml'),
      'is a symbolic link \\(or lies under one\\) that leads outside the repository',
    ],
    ['inventory/creds.yaml', '../.git/config', "leads into the repository's \\.git folder, which holds git's own files and credentials"],
  ] as const) {
    repo.link(link, target);
    run = await cli(['import', '--into', 'inventory', fx('lic')], { cwd: repo.root });
    assert.equal(run.status, 2, run.stdout);
    assert.match(
      run.stderr,
      new RegExp(`^citrix-license-lint: ${link.replace('.', '\\.')}: this path ${why}, so import does not use it; nothing was written\\n$`),
    );
    assert.equal(readFileSync(path.join(repo.root, 'inventory/servers.yaml'), 'utf8'), SERVER, 'nothing written');
    rmSync(path.join(repo.root, link));
  }

  // An export named on the command line that is a committed link into .git is not read.
  repo.link('collected/ctxls01/info.json', '../../.git/config');
  run = await cli(['import', 'collected/ctxls01/info.json'], { cwd: repo.root });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /collected\/ctxls01\/info\.json: this path leads into the repository's \.git folder/);
  // Before: `Unexpected token 'c', "[core]\n\trep"... is not valid JSON`.
  assert.doesNotMatch(run.stderr, /\[core\]/);
  run = await cli(['import', 'collected/ctxls01'], { cwd: repo.root });
  assert.equal(run.status, 2);
  assert.doesNotMatch(run.stderr, /\[core\]/);
});

test('import --into: a dangling imported.yaml link and a folder named imported.yaml are refused before anything is written', async (t) => {
  const repo = new HostileRepo(t);
  repo.commit('inventory', { 'inventory/base.yaml': 'version: 1\n' });
  const before = listing(repo.outside);
  // Before: the file was created outside, through the link.
  repo.link('inventory/imported.yaml', path.join(repo.outside, 'created.yaml'));
  let run = await cli(['import', '--into', 'inventory', fx('lic')], { cwd: repo.root });
  assert.equal(run.status, 2, run.stderr);
  assert.match(
    run.stderr,
    /inventory\/imported\.yaml is a symbolic link: import writes only regular files inside inventory; nothing was written/,
  );
  assert.deepEqual(listing(repo.outside), before);
  // Before: exit 3 (ENOENT).
  rmSync(path.join(repo.root, 'inventory/imported.yaml'));
  repo.link('inventory/imported.yaml', path.join(repo.outside, 'no-such-folder', 'created.yaml'));
  run = await cli(['import', '--into', 'inventory', fx('lic')], { cwd: repo.root });
  assert.equal(run.status, 2, run.stderr);
  // Before: exit 3 (EISDIR).
  rmSync(path.join(repo.root, 'inventory/imported.yaml'));
  mkdirSync(path.join(repo.root, 'inventory/imported.yaml'));
  run = await cli(['import', '--into', 'inventory', fx('lic')], { cwd: repo.root });
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /inventory\/imported\.yaml is a folder, not a file/);
  assert.equal(readFileSync(path.join(repo.root, 'inventory/base.yaml'), 'utf8'), 'version: 1\n');
});

/** Every character YAML readers or the linter may take as the end of a line. */
const BREAKS = ['\n', '\r', '\u0085', '\u2028', '\u2029', '\u000b', '\u000c'];
const DIRECTIVE_LINE = /^\s*#\s*citrix-license-lint-disable/;

test('export values and file names become no line and no suppression in what import writes, whatever the line break', async (t) => {
  const dir = tempDir(t);
  const exports = path.join(dir, 'exports');
  mkdirSync(exports);
  // WMI pools (no expiry: written as comments) whose license type carries a line break and a
  // directive (a PLD that is no feature code is refused: test/evidence-counts.test.ts).
  const pools = BREAKS.map((br, i) => ({
    PLD: `XDT_PLT_UD${i}`,
    LicenseType: `Retail${i}${br}citrix-license-lint-disable license-server/version-outdated -- accepted`,
    Count: 10,
  }));
  writeFileSync(path.join(exports, 'pools.json'), JSON.stringify(pools));
  // A license file whose name is a directive: names start comment lines.
  cpSync(fx('lic/FID_2f0a9e70.lic'), path.join(exports, 'citrix-license-lint-disable license-server -- accepted.lic'));
  const inventory = path.join(dir, 'inventory');
  mkdirSync(inventory);
  // Another server: ctxls01 is added whole, comments and all (before: as a directive).
  writeFileSync(path.join(inventory, 'servers.yaml'), SERVER.replace('ctxls01', 'ctxls99'));
  for (const args of [
    ['--into', inventory],
    ['-o', path.join(dir, 'new.yaml')],
  ]) {
    const run = await cli(['import', ...args, exports, '--host', 'ctxls01.fabrikam.example'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /[\r\u0085\u2028\u2029\u000b\u000c]/, 'the report is escaped too');
  }
  for (const file of [path.join(inventory, 'servers.yaml'), path.join(dir, 'new.yaml')]) {
    const text = readFileSync(file, 'utf8');
    // Before: `# citrix-license-lint-disable license-server/version-outdated -- accepted` lines.
    const lines = text.split(/\r\n|[\n\r\u0085\u2028\u2029\u000b\u000c]/);
    assert.deepEqual(
      lines.filter((line) => DIRECTIVE_LINE.test(line)),
      [],
      text,
    );
    for (const br of BREAKS.slice(1)) assert.ok(!text.includes(br), `${JSON.stringify(br)} in ${file}`);
    assert.match(text, /Retail1\\rcitrix-license-lint\\-disable/, 'shown, escaped');
    const lint = await cli([file, '--as-of', '2026-11-28', '--format', 'json'], { cwd: dir });
    assert.equal((JSON.parse(lint.stdout) as { summary: { suppressed: number } }).summary.suppressed, 0);
  }
});

test('two exports of one kind from one server are one observation: the newest counts, the other is named (1,200 installed, not 2,400)', async (t) => {
  const dir = tempDir(t);
  const exports = path.join(dir, 'ctxls01');
  mkdirSync(exports);
  cpSync(fx('csv/get-licserverinfo.csv'), path.join(exports, 'info.csv'));
  cpSync(fx('csv/get-licinventory-notype.csv'), path.join(exports, 'inventory-monday.csv'));
  cpSync(fx('csv/get-licinventory-notype.csv'), path.join(exports, 'inventory-tuesday.csv'));
  cpSync(fx('ps7/get-licinventory.json'), path.join(exports, 'inventory-tuesday.json'));
  cpSync(fx('ps7/get-licinventory.json'), path.join(exports, 'inventory-tuesday-copy.json'));
  const at = (file: string, day: string) => utimesSync(path.join(exports, file), new Date(day), new Date(day));
  at('inventory-tuesday.json', '2026-11-20T03:00:00Z');
  at('inventory-tuesday-copy.json', '2026-11-20T03:00:00Z');
  utimesSync(path.join(exports, 'inventory-monday.csv'), new Date('2026-11-23T03:00:00Z'), new Date('2026-11-23T03:00:00Z'));
  utimesSync(path.join(exports, 'inventory-tuesday.csv'), new Date('2026-11-24T03:00:00Z'), new Date('2026-11-24T03:00:00Z'));
  const run = await cli(['import', exports], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  const data = parse(run.stdout) as {
    licenseServers: { licenseFiles: { name: string; features: { product: string; count: number }[] }[] }[];
  };
  const installed = data.licenseServers[0]!.licenseFiles.flatMap((f) => f.features).filter((f) => f.product === 'XDT_PLT_UD');
  // Before: two "installed (Get-LicInventory)" entries, 2,400 XDT_PLT_UD.
  assert.deepEqual(
    installed.map((f) => f.count),
    [1200],
  );
  assert.match(
    run.stdout,
    /# not used: inventory-monday\.csv \(Get-LicInventory\), older than inventory-tuesday\.csv: one export of a kind per server counts/,
  );
  assert.match(run.stdout, /# not used: inventory-tuesday\.json \(Get-LicInventory\), older than inventory-tuesday\.csv/);
  assert.match(run.stdout, /# not used: inventory-tuesday-copy\.json \(Get-LicInventory\), older than inventory-tuesday\.csv/);
});

test('import writes the short name as hostname and the full one as fqdn, and telemetry from the upload manifest', async (t) => {
  const dir = tempDir(t);
  const run = await cli(['import', fx('ps7'), fx('telemetry/upload-manifest.json'), '-o', 'inventory.yaml'], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  const text = readFileSync(path.join(dir, 'inventory.yaml'), 'utf8');
  const server = (parse(text) as { licenseServers: Record<string, unknown>[] }).licenseServers[0]!;
  // Before: hostname: ctxls01.fabrikam.example, and "telemetry (mode, lastReported): not in these exports".
  assert.equal(server.hostname, 'ctxls01');
  assert.equal(server.fqdn, 'ctxls01.fabrikam.example');
  assert.deepEqual(server.telemetry, { mode: 'automatic', lastReported: '2026-11-27' });
  assert.match(
    text,
    /telemetry: \{ mode: automatic, lastReported: 2026-11-27 \} # from upload-manifest\.json \(UTCDate 2026-11-27T02:05:11Z\)/,
  );
  assert.doesNotMatch(text, /telemetry \(mode, lastReported\): not in these exports/);
  const lint = await cli(['inventory.yaml', '--as-of', '2026-11-28', '--format', 'json'], { cwd: dir });
  const findings = (JSON.parse(lint.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
  assert.deepEqual(
    findings.filter((id) => id.startsWith('inventory/')),
    [],
  );

  // Into an inventory that lists the server without either: both are added, nothing else changes.
  mkdirSync(path.join(dir, 'inv'));
  writeFileSync(path.join(dir, 'inv', 'servers.yaml'), SERVER);
  const into = await cli(['import', '--into', 'inv', fx('ps7/get-licserverinfo.json'), fx('telemetry/licenseservers.json')], { cwd: dir });
  assert.equal(into.status, 0, into.stderr);
  const merged = readFileSync(path.join(dir, 'inv', 'servers.yaml'), 'utf8');
  assert.ok(merged.startsWith(SERVER.trimEnd().split('\n').slice(0, 5).join('\n')));
  assert.match(merged, /^ {4}fqdn: ctxls01\.fabrikam\.example # citrix-license-lint import: added$/m);
  assert.match(
    merged,
    /^ {4}telemetry: \{ mode: automatic, lastReported: 2026-11-27 \} # citrix-license-lint import: added from licenseservers\.json \(lastPhoningHomeTime/m,
  );
  assert.ok(!existsSync(path.join(dir, 'inv', 'imported.yaml')));
  assert.ok(!run.stdout.includes(OUTSIDE_SECRET));
});
