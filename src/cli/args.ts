import { parseArgs } from 'node:util';
import { isIsoDate } from '../util/dates.js';
import { UsageError } from '../util/errors.js';
import { FORMAT_NAMES } from '../reporters/registry.js';

import type { FailOn } from '../reporters/context.js';

export interface CliOptions {
  command: 'lint' | 'inspect' | 'history' | 'help' | 'version' | 'init';
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
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
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
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}; run with --help for the options`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help', paths: [], failOn: 'error' };
  if (values.version) return { command: 'version', paths: [], failOn: 'error' };
  const command = positionals[0] === 'inspect' ? 'inspect' : positionals[0] === 'history' ? 'history' : positionals[0] === 'init' ? 'init' : 'lint';
  const paths = command === 'lint' ? positionals : positionals.slice(1);
  const failOn = values['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new UsageError(`--fail-on must be error, warning or never, not "${failOn}"`);
  }
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not "${asOf}"`);
  const formats = command === 'inspect' ? ['json', 'text'] : command === 'history' ? ['json', 'markdown', 'text'] : FORMAT_NAMES;
  if (values.since !== undefined && !isIsoDate(values.since)) throw new UsageError(`--since must be a date written YYYY-MM-DD, not "${values.since}"`);
  if (values.base !== undefined && values.baseline !== undefined) throw new UsageError('--base and --baseline cannot be combined: compare with one or the other');
  if (values.format !== undefined && !formats.includes(values.format)) {
    throw new UsageError(`unknown format "${values.format}": use one of ${formats.join(', ')}`);
  }
  if (command === 'inspect' && paths.length === 0) throw new UsageError('inspect needs at least one license file: citrix-license-lint inspect FILE.lic...');
  return { command, paths, format: values.format, output: values.output, asOf, config: values.config, failOn, base: values.base, baseline: values.baseline, writeBaseline: values['write-baseline'], since: values.since };
}

export const HELP = `Usage: citrix-license-lint [options] [paths...]
       citrix-license-lint inspect [--format text|json] FILE.lic...
       citrix-license-lint history [--since DATE] [--format text|json|markdown] [paths...]
       citrix-license-lint init [DIR]   write a starter inventory, configuration and workflows

Lints a Citrix licensing inventory: YAML files or folders (default: inventory/ or
inventory.yaml in the current folder).

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
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 nothing at or above --fail-on; 1 findings at or above it;
2 the run could not start (bad option, missing path, invalid config); 3 internal error.
Rules and how to fix each finding: docs/rules/README.md
`;
