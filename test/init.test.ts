import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { cli } from './helpers/cli-in-process.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';

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

test('init DIR writes the starter inventory, the configuration and the three workflows, and the result lints clean', async (t) => {
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
  // Citrix binds the short hostname (CTX696555: "Do not enter FQDN in the hostname").
  assert.equal(inventory.licenseServers[0]!.hostname, 'ctxls01');
  assert.equal(inventory.allocations[0]!.hostname, 'ctxls01');
  assert.ok(inventoryText.split('\n').filter((l) => l.includes('# REPLACE')).length >= 8, 'comments say what to replace');
  // From inside the new repository, with no argument: inventory/ is found, no finding at all.
  const lint = await cli(['--format', 'json'], { cwd: repo });
  const report = JSON.parse(lint.stdout) as { findings: { ruleId: string }[] };
  assert.deepEqual(
    report.findings.map((f) => f.ruleId),
    [],
  );
  assert.equal(lint.status, 0, lint.stderr);
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
