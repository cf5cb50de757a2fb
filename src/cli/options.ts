/**
 * Every option of the command line, once: how node:util's parseArgs reads it, how help shows
 * it and what it means. Which command takes which is in commands.ts.
 */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The option as help shows it, with its argument. */
  usage: string;
  /** What it does; a command's formats fill `{formats}`. */
  help: string;
}

export const OPTIONS = {
  format: { type: 'string', short: 'f', usage: '-f, --format FORMAT', help: '{formats}' },
  output: { type: 'string', short: 'o', usage: '-o, --output FILE', help: 'write to FILE instead of standard output' },
  'as-of': {
    type: 'string',
    usage: '    --as-of DATE',
    help: "judge as of DATE, YYYY-MM-DD (default: the configuration's asOf, else today, UTC)",
  },
  config: {
    type: 'string',
    short: 'c',
    usage: '-c, --config FILE',
    help: 'configuration file (default: .citrix-license-lint.yml next to the inventory or at the repository root)',
  },
  'fail-on': {
    type: 'string',
    usage: '    --fail-on LEVEL',
    help: 'error, warning or never: what makes the exit status 1 (default: error)',
  },
  base: {
    type: 'string',
    usage: '    --base REV',
    help: 'compare with the inventory at git revision REV: findings are new, fixed or unchanged, and only new ones fail the run',
  },
  baseline: { type: 'string', usage: '    --baseline FILE', help: 'fail only on findings not recorded in FILE (stale entries are listed)' },
  'write-baseline': { type: 'string', usage: '    --write-baseline FILE', help: 'record the current findings in FILE and exit 0' },
  since: { type: 'string', usage: '    --since DATE', help: 'only commits from DATE on, YYYY-MM-DD' },
  quiet: { type: 'boolean', short: 'q', usage: '-q, --quiet', help: 'report errors only (the exit status still follows --fail-on)' },
  color: {
    type: 'boolean',
    usage: '    --color, --no-color',
    help: 'force colours on or off (default: on for a terminal; NO_COLOR turns them off, FORCE_COLOR on)',
  },
  'no-color': { type: 'boolean', usage: '', help: '' },
  'stdin-filename': {
    type: 'string',
    usage: '    --stdin-filename NAME',
    help: 'with the path -, the inventory read from standard input is reported as NAME (its license file paths resolve from there)',
  },
  'list-rules': { type: 'boolean', usage: '    --list-rules', help: 'list the rules: id, default severity, what each checks' },
  'print-config': {
    type: 'boolean',
    usage: '    --print-config',
    help: 'print the effective configuration and where each value comes from',
  },
  into: {
    type: 'string',
    usage: '    --into DIR',
    help: 'merge into the inventory (YAML files) in DIR instead of printing a new one',
  },
  host: { type: 'string', usage: '    --host NAME', help: 'the host that exports which do not name one come from' },
  help: { type: 'boolean', short: 'h', usage: '-h, --help', help: 'show this help' },
  version: { type: 'boolean', short: 'v', usage: '-v, --version', help: 'show the version' },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/** The options as node:util's parseArgs takes them. */
export const PARSE_OPTIONS = Object.fromEntries(
  Object.entries(OPTIONS).map(([name, spec]) => [name, 'short' in spec ? { type: spec.type, short: spec.short } : { type: spec.type }]),
) as { [K in OptionName]: { type: (typeof OPTIONS)[K]['type']; short?: string } };
