import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import { parse } from 'yaml';
import { cli } from './helpers/cli-in-process.js';
import { CLI, PROJECT_ROOT } from './helpers/run-cli.js';
import { replaceStarterPlaceholders } from './helpers/starter.js';

const NOW = new Date('2026-12-07T10:00:00Z');

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cll-init-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const WRITTEN = [
  '.citrix-license-lint.yml',
  '.github/workflows/citrix-license-lint-pull-request.yml',
  '.github/workflows/citrix-license-lint-push.yml',
  '.github/workflows/citrix-license-lint-schedule.yml',
  'inventory/licensing.yaml',
];

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

test('init DIR writes the starter inventory, the configuration and the three workflows', async (t) => {
  const dir = tempDir(t);
  const init = await cli(['init', 'repo'], { cwd: dir });
  assert.equal(init.status, 0, init.stderr);
  const repo = path.join(dir, 'repo');
  assert.deepEqual(filesUnder(repo), WRITTEN);
  for (const name of ['pull-request', 'push', 'schedule']) {
    assert.equal(
      readFileSync(path.join(repo, `.github/workflows/citrix-license-lint-${name}.yml`), 'utf8'),
      readFileSync(path.join(PROJECT_ROOT, `examples/workflows/${name}.yml`), 'utf8'),
    );
  }
  const inventoryText = readFileSync(path.join(repo, 'inventory/licensing.yaml'), 'utf8');
  const schemaId = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'inventory-schema/inventory.schema.json'), 'utf8')) as { $id: string })
    .$id;
  assert.equal(inventoryText.split('\n')[0], `# yaml-language-server: $schema=${schemaId}`);
  const inventory = parse(inventoryText) as {
    entitlements: unknown[];
    licenseServers: { hostname: string }[];
    allocations: { hostname: string }[];
  };
  assert.equal(inventory.entitlements.length, 1);
  assert.equal(inventory.allocations.length, 1);
  assert.equal(inventory.licenseServers.length, 1);
  assert.equal(inventory.allocations[0]!.hostname, inventory.licenseServers[0]!.hostname);
  assert.ok(inventoryText.split('\n').filter((l) => l.includes('# REPLACE')).length >= 8, 'comments say what to replace');
});

test('a starter inventory does not pass until its placeholders are replaced, and then lints clean (issue 26.2)', async (t) => {
  const dir = tempDir(t);
  assert.equal((await cli(['init'], { cwd: dir, now: () => NOW })).status, 0);
  const text = readFileSync(path.join(dir, 'inventory/licensing.yaml'), 'utf8');
  // From inside the new repository, with no argument: inventory/ is found; each placeholder
  // is a finding on the line that holds it, and nothing else is.
  const starter = await cli(['--format', 'json'], { cwd: dir, now: () => NOW });
  assert.equal(starter.status, 1, 'committed as it is, the pull-request check fails');
  const findings = (JSON.parse(starter.stdout) as { findings: { ruleId: string; line: number }[] }).findings;
  const placeholderLines = text
    .split('\n')
    .flatMap((line, index) => (/: (example-subscription|REPLACE-hostname) /.test(line) ? [index + 1] : []));
  assert.equal(placeholderLines.length, 4, 'the entitlement id, the hostname, and both in the allocation');
  assert.deepEqual(
    findings.map((f) => `${f.ruleId}:${f.line}`),
    placeholderLines.map((line) => `inventory/placeholder:${line}`),
  );
  replaceStarterPlaceholders(dir);
  const replaced = await cli([], { cwd: dir, now: () => NOW });
  assert.equal(replaced.status, 0, replaced.stdout + replaced.stderr);
  assert.match(replaced.stdout, /^No problems in 1 file as of 2026-12-07\./);
});

test('the configuration init writes has every option, commented out, and each is valid uncommented', async (t) => {
  const dir = tempDir(t);
  assert.equal((await cli(['init'], { cwd: dir })).status, 0);
  const text = readFileSync(path.join(dir, '.citrix-license-lint.yml'), 'utf8');
  assert.deepEqual(parse(text.split('\n').slice(1).join('\n')), null, 'everything is commented out');
  const uncommented = text
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/^# (?=( *)([\w"./-]+:|- ))/, ''))
    .join('\n');
  const config = parse(uncommented) as Record<string, Record<string, unknown>>;
  const schema = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'inventory-schema/config.schema.json'), 'utf8')) as {
    properties: Record<string, { properties?: Record<string, unknown> }>;
  };
  assert.deepEqual(Object.keys(config).sort(), Object.keys(schema.properties).sort());
  for (const [key, property] of Object.entries(schema.properties)) {
    if (property.properties) assert.deepEqual(Object.keys(config[key]!).sort(), Object.keys(property.properties).sort(), key);
  }
  writeFileSync(path.join(dir, 'all-options.yml'), uncommented);
  const lint = await cli(['--config', 'all-options.yml', 'inventory'], { cwd: dir });
  assert.equal(lint.stderr, '');
  assert.ok(lint.status === 0 || lint.status === 1, `the uncommented configuration is valid (exit ${lint.status})`);
});

test('init refuses to overwrite: it names the file and writes nothing', async (t) => {
  const dir = tempDir(t);
  mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
  writeFileSync(path.join(dir, '.github/workflows/citrix-license-lint-push.yml'), 'mine\n');
  const init = await cli(['init', '.'], { cwd: dir });
  assert.equal(init.status, 2);
  assert.match(
    init.stderr,
    /^citrix-license-lint: \.github\/workflows\/citrix-license-lint-push\.yml already exists: init overwrites nothing, so it wrote no file/,
  );
  assert.deepEqual(filesUnder(dir), ['.github/workflows/citrix-license-lint-push.yml']);
  assert.equal(readFileSync(path.join(dir, '.github/workflows/citrix-license-lint-push.yml'), 'utf8'), 'mine\n');
  assert.ok(!existsSync(path.join(dir, 'inventory')));
});

test('init takes one folder at most, and a folder', async (t) => {
  const run = await cli(['init', 'a', 'b']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /init takes one folder/);
  const dir = tempDir(t);
  writeFileSync(path.join(dir, 'plain'), '');
  const file = await cli(['init', 'plain'], { cwd: dir });
  assert.equal(file.status, 2);
  assert.equal(file.stderr, 'citrix-license-lint: plain: not a folder; init writes into a folder (created if missing)\n');
});

/** The commands init's last lines give, run with bash where init ran: the linter, not "command not found". */
async function nextCommands(t: TestContext, options: { script?: string; env?: Record<string, string> }) {
  const dir = tempDir(t);
  const init = await cli(['init'], { cwd: dir, now: () => NOW, ...options });
  assert.equal(init.status, 0, init.stderr);
  assert.match(init.stdout, /\nor add your servers from their exports: .+ import --into inventory EXPORTS\.\.\. \(docs\/collect\.md\)\.\n/);
  const lint = /\nThen lint: (.+)\n$/.exec(init.stdout)?.[1];
  assert.ok(lint, init.stdout);
  const run = spawnSync('bash', ['-c', lint], { cwd: dir, encoding: 'utf8', env: { PATH: options.env?.PATH ?? process.env.PATH ?? '' } });
  return { lint, dir, run };
}

test("init's next steps mention import and give the command as it was run: node and the script, from a clone (issue 26.1)", async (t) => {
  const { lint, dir, run } = await nextCommands(t, { script: CLI });
  // The shorter of the script's path from where init ran and its absolute path: which one
  // depends on where the clone and the temporary folder are.
  const relative = path.relative(dir, CLI);
  assert.equal(lint, `node ${relative.length < CLI.length ? relative : CLI}`);
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stdout, /inventory\/placeholder/);
});

test("init's next steps give the installed bin's name when that is what runs, and npx under npx", async (t) => {
  const bin = tempDir(t);
  symlinkSync(CLI, path.join(bin, 'citrix-license-lint'));
  const PATH = `${bin}${path.delimiter}${process.env.PATH}`;
  const installed = await nextCommands(t, { script: path.join(bin, 'citrix-license-lint'), env: { PATH } });
  assert.equal(installed.lint, 'citrix-license-lint');
  assert.equal(installed.run.status, 1, installed.run.stderr);
  assert.match(installed.run.stdout, /inventory\/placeholder/);
  // The same link, not on PATH: typed as a path, so given back as one.
  const elsewhere = await nextCommands(t, { script: path.join(bin, 'citrix-license-lint') });
  assert.equal(path.resolve(elsewhere.dir, elsewhere.lint.replace(/^node /, '')), path.join(bin, 'citrix-license-lint'));
  assert.equal(elsewhere.run.status, 1, elsewhere.run.stderr);
  const npx = await cli(['init'], { cwd: tempDir(t), now: () => NOW, script: CLI, env: { npm_command: 'exec' } });
  assert.match(npx.stdout, /\nThen lint: npx citrix-license-lint\n$/);
});
