import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import { parse } from 'yaml';
import { GitRepo } from './helpers/git-repo.js';
import { installBlocks } from './helpers/readme.js';
import { NOT_READ, READ_BY_THE_LINTER } from './helpers/inventory-files.js';
import { cli } from './helpers/cli-in-process.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';
import { replaceStarterPlaceholders } from './helpers/starter.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  pass_filenames: boolean;
  files: string;
}
const hooks = parse(readFileSync(path.join(PROJECT_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks[0]!;
const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };

/** A user's repository started with `init`, its placeholders replaced, committed. */
async function userRepo(t: TestContext): Promise<GitRepo> {
  const repo = new GitRepo(t);
  assert.equal((await cli(['init'], { cwd: repo.root })).status, 0);
  replaceStarterPlaceholders(repo.root);
  repo.commit('start the inventory', {});
  return repo;
}

const TYPO = (text: string) => text.replace('    environment: production', '    enviroment: production');

test('the hook lints the whole inventory, whenever a file the linter reads changes, and only then', () => {
  assert.deepEqual(
    hooks.map((h) => h.id),
    ['citrix-license-lint'],
  );
  assert.equal(hook.pass_filenames, false);
  assert.equal(hook.language, 'script');
  const files = new RegExp(hook.files);
  assert.deepEqual(
    READ_BY_THE_LINTER.filter((file) => !files.test(file)),
    [],
    'read by the linter, but the hook would not run',
  );
  assert.deepEqual(
    NOT_READ.filter((file) => files.test(file)),
    [],
  );
});

test("the hook's entry, run as pre-commit runs it (from the repository root, no file names), passes and fails", async (t) => {
  const repo = await userRepo(t);
  const entry = path.join(PROJECT_ROOT, hook.entry);
  const clean = spawnSync(entry, [], { cwd: repo.root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  const file = path.join(repo.root, 'inventory', 'licensing.yaml');
  repo.write({ 'inventory/licensing.yaml': TYPO(readFileSync(file, 'utf8')) });
  const broken = spawnSync(entry, [], { cwd: repo.root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  assert.equal(broken.status, 1);
  assert.match(broken.stdout, /inventory\/licensing\.yaml:\d+:\d+ +error +.*enviroment.*inventory\/schema/);
});

test("the hook's entry lints the inventory the configuration declares (inventory: licensing/), not only the default", async (t) => {
  const repo = new GitRepo(t);
  const entry = path.join(PROJECT_ROOT, hook.entry);
  assert.equal((await cli(['init'], { cwd: repo.root })).status, 0);
  renameSync(path.join(repo.root, 'inventory'), path.join(repo.root, 'licensing'));
  repo.write({ '.citrix-license-lint.yml': 'inventory: licensing/\n' });
  repo.write({ 'licensing/licensing.yaml': TYPO(readFileSync(path.join(repo.root, 'licensing', 'licensing.yaml'), 'utf8')) });
  const run = spawnSync(entry, [], { cwd: repo.root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /licensing\/licensing\.yaml:\d+:\d+ +error +.*enviroment.*inventory\/schema/);
});

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const HOW_TO_INSTALL = 'install it with `pipx install pre-commit`, `pip install pre-commit` or `sudo apt-get install pre-commit`';

// In CI (.ci/run and the workflows set CI=true) a missing pre-commit fails this test; on a
// developer's machine it is skipped with a note saying how to get it.
test("pre-commit runs the README's configuration offline: passes, fails on a typo, skips other files", {
  skip: preCommit.status === 0 || process.env.CI === 'true' ? false : `pre-commit is not installed: ${HOW_TO_INSTALL} to run this test`,
}, async (t) => {
  assert.equal(preCommit.status, 0, `pre-commit is missing, and CI must run this test: ${HOW_TO_INSTALL}`);
  // The hook repository as pre-commit clones it: this working tree's hook files, tagged as the README says.
  const hookRepo = new GitRepo(t);
  for (const name of ['.pre-commit-hooks.yaml', 'dist', 'package.json', 'LICENSE'])
    cpSync(path.join(PROJECT_ROOT, name), path.join(hookRepo.root, name), { recursive: true });
  hookRepo.commit('hook', {});
  const [block] = installBlocks('pre-commit');
  const config = parse(block!.code) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
  assert.equal(config.repos[0]!.rev, `v${pkg.version}`, 'the README pins the current release');
  hookRepo.git('tag', config.repos[0]!.rev);
  const repo = await userRepo(t);
  repo.commit('use pre-commit', { '.pre-commit-config.yaml': block!.code.replace(config.repos[0]!.repo, hookRepo.root) });
  const home = mkdtempSync(path.join(tmpdir(), 'cll-pre-commit-home-'));
  t.after(() => rmSync(home, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync('pre-commit', ['run', ...args], {
      cwd: repo.root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: home, PRE_COMMIT_HOME: path.join(home, 'cache'), GIT_CONFIG_NOSYSTEM: '1' },
    });
  const all = run('--all-files');
  assert.equal(all.status, 0, all.stdout + all.stderr);
  assert.match(all.stdout, /citrix-license-lint\.+Passed/);
  repo.write({ 'notes.md': 'not inventory\n' });
  repo.git('add', 'notes.md');
  const unrelated = run();
  assert.equal(unrelated.status, 0, unrelated.stdout);
  assert.match(unrelated.stdout, /citrix-license-lint\.+\(no files to check\)Skipped/);
  repo.write({ 'inventory/licensing.yaml': TYPO(readFileSync(path.join(repo.root, 'inventory/licensing.yaml'), 'utf8')) });
  repo.git('add', 'inventory/licensing.yaml');
  const broken = run();
  assert.equal(broken.status, 1, broken.stdout);
  assert.match(broken.stdout, /citrix-license-lint\.+Failed/);
  assert.match(broken.stdout, /inventory\/licensing\.yaml:\d+:\d+ +error +.*enviroment/);
});
