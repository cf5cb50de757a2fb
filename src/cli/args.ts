import { parseArgs } from 'node:util';
import { isIsoDate } from '../util/dates.js';
import { UsageError } from '../util/errors.js';
import { COMMAND_WORDS, COMMANDS, type CommandName, type CommandSpec } from './commands.js';
import { PARSE_OPTIONS } from './options.js';

import type { FailOn } from '../engine/verdict.js';

export interface CliOptions {
  command: CommandName | 'help' | 'version';
  /** With `help`: the command whose help is asked for. */
  helpFor?: CommandName;
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
  /** import: merge into the inventory in this folder. */
  into?: string;
  /** import: the host that exports which do not name one come from. */
  host?: string;
}

type Parsed = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; tokens: true; options: typeof PARSE_OPTIONS }>
>;
type Values = Parsed['values'];

function parse(argv: readonly string[]): Parsed {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, tokens: true, options: PARSE_OPTIONS });
  } catch (error) {
    const word = COMMAND_WORDS.find((w) => w === argv.find((arg) => !arg.startsWith('-')));
    throw new UsageError(
      `${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}; run ${word ? `${word} ` : ''}--help for the options`,
    );
  }
}

/** The command: its first word, else lint, or one of lint's modes when its option is given. */
function commandOf(positionals: readonly string[], values: Values): CommandName {
  const word = COMMAND_WORDS.find((w) => w === positionals[0]);
  if (word) return word;
  if (values['list-rules'] && values['print-config']) throw new UsageError('--list-rules and --print-config: give one');
  return values['list-rules'] ? 'list-rules' : values['print-config'] ? 'print-config' : 'lint';
}

const label = (name: CommandName) => (name === 'lint' ? 'linting' : name);

/** Each option given must be one of the command's: any other is refused, naming where it belongs. */
function refuseForeignOptions(name: CommandName, tokens: NonNullable<Parsed['tokens']>): void {
  const command: CommandSpec = COMMANDS[name];
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === 'help' || token.name === 'version') continue;
    if ((command.options as readonly string[]).includes(token.name)) continue;
    if (name === 'list-rules' || name === 'print-config') {
      const takes = command.options.slice(1).map((o) => `--${o}`);
      throw new UsageError(`${token.rawName} cannot be combined with --${name}, which takes ${takes.join(', ')}`);
    }
    const home = (['lint', ...COMMAND_WORDS] as CommandName[]).find((other) =>
      (COMMANDS[other].options as readonly string[]).includes(token.name),
    );
    throw new UsageError(
      `${token.rawName} is not an option of ${label(name)}${home ? ` (it is one of ${label(home)})` : ''}: see citrix-license-lint ${name === 'lint' ? '' : `${name} `}--help`,
    );
  }
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  const { values, positionals, tokens } = parse(argv);
  const name = commandOf(positionals, values);
  if (values.help) return { command: 'help', helpFor: name, paths: [], failOn: 'error' };
  if (values.version) return { command: 'version', paths: [], failOn: 'error' };
  refuseForeignOptions(name, tokens);
  const command: CommandSpec = COMMANDS[name];
  const paths = (COMMAND_WORDS as readonly string[]).includes(name) ? positionals.slice(1) : positionals;
  const wanted = command.paths;
  if (typeof wanted === 'object' && paths.length === 0)
    throw new UsageError(`${name} needs at least one ${wanted.required}: citrix-license-lint ${command.synopsis}`);
  if (wanted === 'none' && paths.length > 0) throw new UsageError(`--${name} takes no path, not "${paths[0]}"`);
  if (wanted === 'at most one' && paths.length > 1)
    throw new UsageError(`${name} takes one folder: citrix-license-lint ${command.synopsis}`);
  const failOn = values['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new UsageError(`--fail-on must be error, warning or never, not "${failOn}"`);
  }
  for (const date of ['as-of', 'since'] as const) {
    const value = values[date];
    if (value !== undefined && !isIsoDate(value)) throw new UsageError(`--${date} must be a date written YYYY-MM-DD, not "${value}"`);
  }
  if (values.base !== undefined && values.baseline !== undefined)
    throw new UsageError('--base and --baseline cannot be combined: compare with one or the other');
  const formats = command.formats ?? [];
  if (values.format !== undefined && !formats.includes(values.format)) {
    throw new UsageError(
      name === 'list-rules' || name === 'print-config'
        ? `--${name} prints text or json, not "${values.format}"`
        : `unknown format "${values.format}": use one of ${formats.join(', ')}`,
    );
  }
  return withConventions(
    {
      command: name,
      paths,
      format: values.format,
      output: values.output,
      asOf: values['as-of'],
      config: values.config,
      failOn,
      base: values.base,
      baseline: values.baseline,
      writeBaseline: values['write-baseline'],
      since: values.since,
      into: values.into,
      host: values.host,
    },
    values,
  );
}

/** The options every linter shares: --quiet, --color, `-` with --stdin-filename. */
function withConventions(options: CliOptions, values: Values): CliOptions {
  if (values.color && values['no-color']) throw new UsageError('--color and --no-color contradict each other: give one');
  const color = values.color ? true : values['no-color'] ? false : undefined;
  const stdinFilename = values['stdin-filename'];
  if (stdinFilename !== undefined && !options.paths.includes('-'))
    throw new UsageError('--stdin-filename names the inventory read from standard input: add `-` to the paths');
  if (options.paths.filter((p) => p === '-').length > 1) throw new UsageError('`-` (standard input) can be given once');
  if (options.paths.includes('-') && options.command !== 'lint' && options.command !== 'print-config')
    throw new UsageError('`-` (standard input) works for linting only');
  return { ...options, quiet: values.quiet === true, color, stdinFilename, failOnGiven: values['fail-on'] !== undefined };
}
