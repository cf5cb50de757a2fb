import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { PROJECT_ROOT } from './helpers/run-cli.js';
import { runBuiltAction } from './helpers/run-action.js';
import { npmEnv, packProject, type Packed } from './helpers/packed.js';
import { installBlocks, installHeadings } from './helpers/readme.js';

let packed: Packed;
let prefix: string;
let installed: string;
let install: ReturnType<typeof spawnSync>;

before(() => {
  packed = packProject();
  prefix = path.join(packed.temp, 'prefix');
  install = spawnSync('npm', ['install', '--global', '--prefix', prefix, packed.tarball], {
    cwd: packed.temp,
    encoding: 'utf8',
    env: npmEnv(packed.cache),
  });
  installed = path.join(prefix, 'lib', 'node_modules', 'citrix-license-lint');
});
after(() => rmSync(packed.temp, { recursive: true, force: true }));

const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & {
  version: string;
  files: string[];
};

test('package.json: no runtime dependencies (dist/ is bundled), and where the project lives', () => {
  assert.equal(pkg.dependencies, undefined, 'dist/ bundles everything: runtime dependencies only weigh on installs');
  assert.ok(Array.isArray(pkg.keywords) && (pkg.keywords as string[]).includes('citrix'));
  assert.match(String((pkg.repository as { url: string }).url), /^git\+https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/);
  assert.match(String(pkg.homepage), /^https:\/\//);
  assert.match(String((pkg.bugs as { url: string }).url), /\/issues$/);
});

test('the tarball ships the bundles, their notices, the examples, the schemas, the docs and the licence', () => {
  for (const needed of [
    'dist/cli.js',
    'dist/index.js',
    'dist/licenses.txt',
    'LICENSE',
    'README.md',
    'CHANGELOG.md',
    'action.yml',
    'inventory-schema/inventory.schema.json',
    'inventory-schema/config.schema.json',
    'examples/contoso/.citrix-license-lint.yml',
    'examples/fabrikam/licenses/MyLicenseServer2/FID_uhmc.lic',
    'examples/workflows/pull-request.yml',
    'docs/rules/README.md',
  ]) {
    assert.ok(packed.files.includes(needed), `${needed} is not in the tarball`);
  }
  assert.ok(
    !packed.files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('node_modules/')),
    'sources and tests stay out',
  );
});

test('esbuild says the bundles import nothing but Node built-ins', () => {
  const out = path.join(packed.temp, 'build');
  const metafile = path.join(packed.temp, 'meta.json');
  const build = spawnSync(process.execPath, ['scripts/build.mjs', out], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, CLL_METAFILE: metafile },
  });
  assert.equal(build.status, 0, build.stderr);
  const outputs = (
    JSON.parse(readFileSync(metafile, 'utf8')) as { outputs: Record<string, { imports: { path: string; external?: boolean }[] }> }
  ).outputs;
  const externals = new Set(Object.values(outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)));
  assert.ok(externals.size > 0);
  for (const specifier of externals)
    assert.ok(builtinModules.includes(specifier.replace(/^node:/, '')), `a bundle imports ${specifier}, which an install would not bring`);
});

test('installed offline from the tarball, it brings nothing but itself and lints the packed examples from another folder', () => {
  assert.equal(install.status, 0, String(install.stderr));
  assert.deepEqual(readdirSync(path.join(prefix, 'lib', 'node_modules')), ['citrix-license-lint']);
  assert.deepEqual(
    readdirSync(path.join(installed)).filter((n) => n === 'node_modules'),
    [],
    'no dependency came with it',
  );
  assert.doesNotMatch(String(install.stderr), /EBADENGINE/);
  const elsewhere = path.join(packed.temp, 'elsewhere');
  mkdirSync(elsewhere);
  const bin = path.join(prefix, 'bin', 'citrix-license-lint');
  const contoso = spawnSync(bin, [path.join(installed, 'examples', 'contoso')], { cwd: elsewhere, encoding: 'utf8' });
  assert.equal(contoso.status, 0, contoso.stdout + contoso.stderr);
  assert.match(contoso.stdout, /^No problems in 4 files as of 2026-11-28\. Telemetry unverified on 1 automatic host: [^\n]*\n$/);
  const fabrikam = spawnSync(bin, [path.join(installed, 'examples', 'fabrikam'), '--format', 'json'], { cwd: elsewhere, encoding: 'utf8' });
  assert.equal(fabrikam.status, 1, fabrikam.stderr);
  assert.ok((JSON.parse(fabrikam.stdout) as { summary: { errors: number } }).summary.errors > 0);
});

test('the installed action bundle runs with no node_modules beside it', async () => {
  const run = await runBuiltAction({
    workspace: installed,
    apiUrl: 'http://127.0.0.1:9',
    event: 'push',
    inputs: { inventory: 'examples/contoso', comment: 'false' },
    script: path.join(installed, 'dist', 'index.js'),
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.compliant, 'true');
});

/** `npx --yes --package <tarball> citrix-license-lint ARGS`, offline, in a new folder `name`. */
function npxTarball(name: string, args: string[]) {
  const cwd = path.join(packed.temp, name);
  mkdirSync(cwd);
  return spawnSync('npx', ['--yes', '--package', packed.tarball, 'citrix-license-lint', ...args], {
    cwd,
    encoding: 'utf8',
    env: npmEnv(packed.cache),
  });
}

test('npx --package <tarball> citrix-license-lint --version, offline', () => {
  const npx = npxTarball('npx', ['--version']);
  assert.equal(npx.status, 0, npx.stderr);
  assert.equal(npx.stdout, `${pkg.version}\n`);
});

/** A project with an inventory (contoso, its pinned configuration inside) where the README's commands run. */
function projectWithInventory(name: string): string {
  const project = path.join(packed.temp, name);
  cpSync(path.join(PROJECT_ROOT, 'examples', 'contoso'), path.join(project, 'inventory'), { recursive: true });
  return project;
}

test('README Install: the sections come in order npm, npx, GitHub Action, pre-commit, Editor', () => {
  assert.deepEqual(installHeadings(), ['npm', 'npx', 'GitHub Action', 'pre-commit', 'Editor']);
});

test('README Install, npm: the block runs as written (the package name standing for the tarball)', () => {
  const [block] = installBlocks('npm');
  assert.match(block!.code, /^npm install --global citrix-license-lint\n/);
  const project = projectWithInventory('readme-npm');
  const prefix2 = path.join(packed.temp, 'readme-prefix');
  const script = block!.code.replace(/^(npm install --global) citrix-license-lint$/m, `$1 ${packed.tarball}`);
  const run = spawnSync('bash', ['-euo', 'pipefail', '-c', script], {
    cwd: project,
    encoding: 'utf8',
    env: npmEnv(packed.cache, { npm_config_prefix: prefix2, PATH: `${path.join(prefix2, 'bin')}${path.delimiter}${process.env.PATH}` }),
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /No problems in 4 files as of 2026-11-28\./);
});

test('README Install, npx: the block runs as written (with --package for the tarball)', () => {
  const [block] = installBlocks('npx');
  assert.match(block!.code, /^npx --yes citrix-license-lint inventory\/\n$/);
  const project = projectWithInventory('readme-npx');
  const script = block!.code.replace('npx --yes citrix-license-lint', `npx --yes --package ${packed.tarball} citrix-license-lint`);
  const run = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: project, encoding: 'utf8', env: npmEnv(packed.cache) });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /No problems in 4 files as of 2026-11-28\./);
});

test("init's last line says to run the linter the way init was run: the installed bin, or npx", () => {
  const viaBin = path.join(packed.temp, 'init-bin');
  mkdirSync(viaBin);
  const env = { PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}` };
  const bin = spawnSync('citrix-license-lint', ['init'], { cwd: viaBin, encoding: 'utf8', env });
  assert.equal(bin.status, 0, bin.stderr);
  assert.match(bin.stdout, /\nThen lint: citrix-license-lint\n$/);
  const npx = npxTarball('init-npx', ['init']);
  assert.equal(npx.status, 0, npx.stderr);
  assert.match(npx.stdout, /\nThen lint: npx citrix-license-lint\n$/);
});
