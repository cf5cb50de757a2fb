// Issue 26.5: help that tells the truth. Each command has its own options, refuses the others
// with one clear message, and has its own --help; --list-rules and --print-config say
// everything with the values filled in.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { COMMANDS, type CommandName } from '../src/cli/commands.js';
import { OPTIONS } from '../src/cli/options.js';
import { cli } from './helpers/cli-in-process.js';

const LIC = 'examples/contoso/licenses/ctxls01/FID_contoso_uhmc.lic';
/** A command line that runs each command, to which an option is added. */
const RUNS: Record<CommandName, string[]> = {
  lint: ['examples/contoso'],
  'list-rules': ['--list-rules'],
  'print-config': ['--print-config', 'examples/contoso'],
  inspect: ['inspect', LIC],
  history: ['history', 'examples/contoso'],
  position: ['position', 'examples/contoso'],
  import: ['import', 'examples/contoso/collected/ctxls01'],
  init: ['init', 'somewhere'],
};
const withOption = (name: CommandName, option: string) => {
  const [first, ...rest] = RUNS[name];
  const given = OPTIONS[option as keyof typeof OPTIONS].type === 'string' ? [`--${option}`, 'x'] : [`--${option}`];
  return name === 'lint' ? [...given, first!, ...rest] : [first!, ...given, ...rest];
};

test('each command has its own --help: its usage line, what it does, and exactly its options', async () => {
  for (const [name, command] of Object.entries(COMMANDS) as [CommandName, (typeof COMMANDS)[CommandName]][]) {
    const args =
      name === 'lint' ? ['--help'] : name === 'list-rules' || name === 'print-config' ? [`--${name}`, '--help'] : [name, '--help'];
    const run = await cli(args);
    assert.equal(run.status, 0, `${args.join(' ')}: ${run.stderr}`);
    assert.ok(run.stdout.startsWith(`Usage: citrix-license-lint ${command.synopsis}\n`), `${args.join(' ')}:\n${run.stdout}`);
    const shown = [...run.stdout.matchAll(/^ {2}(?:-\w, )?(?: {4})?--([\w-]+)/gm)].map((m) => m[1]);
    const own = command.options.filter((o) => o !== 'no-color');
    assert.deepEqual(shown, [...own, 'help', 'version'], `${args.join(' ')} shows its options and no other`);
  }
  // Before, inspect, history and init printed the general help.
  const general = (await cli(['--help'])).stdout;
  for (const name of ['inspect', 'history', 'init', 'import']) assert.notEqual((await cli([name, '--help'])).stdout, general, name);
});

test('an option of another command is refused with one message naming where it belongs (exit 2)', async () => {
  const cases: [string[], string][] = [
    [
      ['examples/contoso', '--since', '2026-01-01'],
      '--since is not an option of linting (it is one of history): see citrix-license-lint --help',
    ],
    [
      ['inspect', '--base', 'main', LIC],
      '--base is not an option of inspect (it is one of linting): see citrix-license-lint inspect --help',
    ],
    [['history', '-q'], '-q is not an option of history (it is one of linting): see citrix-license-lint history --help'],
    [['init', '--format', 'json'], '--format is not an option of init (it is one of linting): see citrix-license-lint init --help'],
    [
      ['import', '--since', '2026-01-01', 'x.json'],
      '--since is not an option of import (it is one of history): see citrix-license-lint import --help',
    ],
    [['--list-rules', '--base', 'main'], '--base cannot be combined with --list-rules, which takes --format, --output, --config'],
  ];
  for (const [args, message] of cases) {
    const run = await cli(args);
    assert.equal(run.status, 2, args.join(' '));
    assert.equal(run.stderr, `citrix-license-lint: ${message}\n`);
    assert.equal(run.stdout, '');
  }
});

test('every option a command lists is accepted by it, and every other option refused', async (t) => {
  const cwd = mkdtempSync(path.join(tmpdir(), 'cll-options-'));
  t.after(() => rmSync(cwd, { recursive: true, force: true }));
  for (const [name, command] of Object.entries(COMMANDS) as [CommandName, (typeof COMMANDS)[CommandName]][]) {
    for (const option of Object.keys(OPTIONS).filter(
      (o) => o !== 'help' && o !== 'version' && o !== 'list-rules' && o !== 'print-config',
    )) {
      const run = await cli(withOption(name, option), { cwd });
      const refused = /is not an option of|cannot be combined with --/.test(run.stderr);
      assert.equal(refused, !(command.options as readonly string[]).includes(option), `${name} --${option}: ${run.stderr}`);
    }
  }
});

test('--list-rules writes every threshold in, in text and JSON (no {{placeholder}} left)', async () => {
  const text = await cli(['--list-rules']);
  const json = await cli(['--list-rules', '--format', 'json']);
  assert.equal(text.status, 0);
  assert.doesNotMatch(text.stdout, /\{\{/);
  assert.doesNotMatch(json.stdout, /\{\{/);
  assert.match(text.stdout, /^collected\/stale +error +A host's newest collected evidence is older than 14 days/m);
  assert.match(text.stdout, /^deadlines\/upcoming +warning +Something becomes an error within 30 days/m);
});

test("--print-config lists every option that init's configuration lists", async (t) => {
  const cwd = mkdtempSync(path.join(tmpdir(), 'cll-print-config-'));
  t.after(() => rmSync(cwd, { recursive: true, force: true }));
  assert.equal((await cli(['init'], { cwd })).status, 0);
  const uncommented = readFileSync(path.join(cwd, '.citrix-license-lint.yml'), 'utf8')
    .split('\n')
    .slice(1) // the schema modeline
    .map((line) => line.replace(/^# (?=( *)([\w"./-]+:|- ))/, ''))
    .join('\n');
  const config = parse(uncommented) as Record<string, unknown>;
  const listed = Object.entries(config).flatMap(([key, value]) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).map((sub) => `${key}.${sub}`) : [key],
  );
  const run = await cli(['--print-config', '--format', 'json'], { cwd });
  assert.equal(run.status, 0, run.stderr);
  const printed = (JSON.parse(run.stdout) as { settings: { key: string }[] }).settings.map((s) => s.key);
  assert.deepEqual(
    listed.filter((key) => !printed.includes(key)),
    [],
  );
  assert.ok(listed.includes('netscaler.releaseLines') && listed.includes('netscaler.svmLasMinimum'), listed.join(' '));
});

test('inspect names a NetScaler host ID once, without the HOSTID= keyword', async () => {
  const file = 'test/fixtures/import/lic-netscaler/FID_vpx_dmz_01.lic';
  assert.match(readFileSync(file, 'utf8'), /^SERVER this_host HOSTID=000C29A1B2C3$/m);
  const text = await cli(['inspect', file]);
  assert.equal(text.stdout.split('\n')[0], `${file}  (bound to host ID 000C29A1B2C3)`);
  const json = JSON.parse((await cli(['inspect', '--format', 'json', file])).stdout) as { files: { hostId: string }[] };
  assert.equal(json.files[0]!.hostId, '000C29A1B2C3');
});

test("SARIF from the CLI names its run after the inventory, as the action's category does", async () => {
  const id = async (args: string[]) =>
    (JSON.parse((await cli([...args, '--format', 'sarif'])).stdout) as { runs: { automationDetails: { id: string } }[] }).runs[0]!
      .automationDetails.id;
  assert.equal(await id(['examples/contoso']), 'citrix-license-lint/examples/contoso/');
  assert.equal(await id(['examples/fabrikam/']), 'citrix-license-lint/examples/fabrikam/');
});
