import { parseArgs } from 'node:util';
import { isIsoDate } from '../util/dates.js';
import { UsageError } from '../util/errors.js';
import { FORMAT_NAMES } from '../reporters/registry.js';
import { versionedDocsUrl } from './docs-url.js';

import type { FailOn } from '../engine/verdict.js';

export interface CliOptions {
  command: 'lint' | 'inspect' | 'history' | 'position' | 'help' | 'version' | 'init' | 'list-rules' | 'print-config';
  paths: string[];
  format?: string;
  output?: string;
  asOf?: string;
  config?: string;
  failOn: FailOn;
  /** Compare with the inventory at this git revision (new, fixed, unchanged). */
  base?: string;
  baseline?: string;
  writeBaseline?: string;
  since?: string;
  /** Report errors only (the exit status still follows --fail-on). */
  quiet?: boolean;
  /** --color / --no-color; undefined: decided by the environment and the terminal. */
  color?: boolean;
  /** The name findings of `-` (standard input) carry; relative paths inside resolve from it. */
  stdinFilename?: string;
  /** Whether --fail-on was given (--print-config says where each value comes from). */
  failOnGiven?: boolean;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'as-of': { type: 'string' },
  config: { type: 'string', short: 'c' },
  'fail-on': { type: 'string' },
  base: { type: 'string' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  since: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'list-rules': { type: 'boolean' },
  'print-config': { type: 'boolean' },
} as const;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}; run with --help for the options`,
    );
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help', paths: [], failOn: 'error' };
  if (values.version) return { command: 'version', paths: [], failOn: 'error' };
  const command =
    positionals[0] === 'inspect'
      ? 'inspect'
      : positionals[0] === 'history'
        ? 'history'
        : positionals[0] === 'init'
          ? 'init'
          : positionals[0] === 'position'
            ? 'position'
            : 'lint';
  const paths = command === 'lint' ? positionals : positionals.slice(1);
  const failOn = values['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new UsageError(`--fail-on must be error, warning or never, not "${failOn}"`);
  }
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not "${asOf}"`);
  const formats =
    command === 'inspect'
      ? ['json', 'text']
      : command === 'history'
        ? ['json', 'markdown', 'text']
        : command === 'position'
          ? ['csv', 'json', 'markdown', 'text']
          : FORMAT_NAMES;
  if (values.since !== undefined && !isIsoDate(values.since))
    throw new UsageError(`--since must be a date written YYYY-MM-DD, not "${values.since}"`);
  if (values.base !== undefined && values.baseline !== undefined)
    throw new UsageError('--base and --baseline cannot be combined: compare with one or the other');
  if (values.format !== undefined && !formats.includes(values.format)) {
    throw new UsageError(`unknown format "${values.format}": use one of ${formats.join(', ')}`);
  }
  if (command === 'inspect' && paths.length === 0)
    throw new UsageError('inspect needs at least one license file: citrix-license-lint inspect FILE.lic...');
  const options: CliOptions = {
    command,
    paths,
    format: values.format,
    output: values.output,
    asOf,
    config: values.config,
    failOn,
    base: values.base,
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    since: values.since,
  };
  return withConventions(options, values);
}

/** The options every linter shares: --quiet, --color, `-` with --stdin-filename, --list-rules, --print-config. */
function withConventions(options: CliOptions, values: Record<string, string | boolean | undefined>): CliOptions {
  if (values.color && values['no-color']) throw new UsageError('--color and --no-color contradict each other: give one');
  const color = values.color ? true : values['no-color'] ? false : undefined;
  const stdinFilename = values['stdin-filename'] as string | undefined;
  if (stdinFilename !== undefined && !options.paths.includes('-'))
    throw new UsageError('--stdin-filename names the inventory read from standard input: add `-` to the paths');
  if (options.paths.filter((p) => p === '-').length > 1) throw new UsageError('`-` (standard input) can be given once');
  if (options.paths.includes('-') && options.command !== 'lint') throw new UsageError('`-` (standard input) works for linting only');
  const special = values['list-rules'] ? 'list-rules' : values['print-config'] ? 'print-config' : undefined;
  if (values['list-rules'] && values['print-config']) throw new UsageError('--list-rules and --print-config: give one');
  if (special && options.command !== 'lint') throw new UsageError(`--${special} cannot be combined with ${options.command}`);
  if (special && options.format !== undefined && !['text', 'json'].includes(options.format))
    throw new UsageError(`--${special} prints text or json, not "${options.format}"`);
  return {
    ...options,
    command: special ?? options.command,
    quiet: values.quiet === true,
    color,
    stdinFilename,
    failOnGiven: values['fail-on'] !== undefined,
  };
}

export const HELP = `Usage: citrix-license-lint [options] [paths...]
       citrix-license-lint inspect [--format text|json] FILE.lic...
       citrix-license-lint history [--since DATE] [--format text|json|markdown] [paths...]
       citrix-license-lint position [--format text|json|csv|markdown] [paths...]
       citrix-license-lint import [--into DIR] [--host NAME] FILES...   (import --help)
       citrix-license-lint init [DIR]   write a starter inventory, configuration and workflows

Lints a Citrix licensing inventory: YAML files or folders (default: inventory/ or
inventory.yaml in the current folder, else in the nearest folder above it up to the
repository root; - reads one file from standard input).

Options:
  -f, --format FORMAT   ${FORMAT_NAMES.join(', ')} (default: text; github under GitHub Actions)
  -o, --output FILE     write the report to FILE instead of standard output
      --as-of DATE      judge the inventory as of DATE, YYYY-MM-DD (default: today, UTC)
  -c, --config FILE     configuration file (default: .citrix-license-lint.yml next to
                        the inventory or at the repository root)
      --fail-on LEVEL   error, warning or never (default: error)
      --base REV        compare with the inventory at git revision REV: findings are
                        new, fixed or unchanged, and only new ones fail the run
      --baseline FILE   fail only on findings not recorded in FILE (stale entries are listed)
      --write-baseline FILE  record the current findings in FILE and exit 0
      --since DATE      history: only commits from DATE on
  -q, --quiet           report errors only (the exit status still follows --fail-on)
      --color, --no-color  force colours on or off (default: on for a terminal;
                        NO_COLOR turns them off, FORCE_COLOR on)
      --stdin-filename NAME  with the path -, the inventory read from standard input
                        is reported as NAME (its license file paths resolve from there)
      --list-rules      list the rules: id, default severity, what each checks
      --print-config    print the effective configuration and where each value comes from
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 nothing at or above --fail-on; 1 findings at or above it;
2 the run could not start (bad option, missing path, invalid config); 3 internal error.
Rules and how to fix each finding: ${versionedDocsUrl('docs/rules/README.md')}
Documentation: ${versionedDocsUrl('README.md')}
`;
