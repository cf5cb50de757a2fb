import { FORMAT_NAMES } from '../reporters/registry.js';
import { versionedDocsUrl } from '../util/docs-url.js';
import { OPTIONS, type OptionName } from './options.js';

/**
 * The commands, each with the options it takes (besides --help and --version): any other
 * option is a usage error naming the command it belongs to, and `COMMAND --help` is built
 * from this table. A new command is one entry here and its handler in run.ts.
 */
export interface CommandSpec {
  /** What follows `citrix-license-lint` on its usage line. */
  synopsis: string;
  /** One line for the list of commands. */
  summary: string;
  /** What it does, for its --help. */
  about: string;
  options: readonly OptionName[];
  formats?: readonly string[];
  /** Its positionals: any number, none, at most one, or at least one of what `required` names. */
  paths: 'any' | 'none' | 'at most one' | { required: string };
  exit: string;
}

const LINT_EXIT = `0 nothing at or above --fail-on; 1 findings at or above it;
2 the run could not start (bad option, missing path, invalid configuration); 3 internal error.`;

export const COMMANDS = {
  lint: {
    synopsis: '[options] [paths...]',
    summary: 'lint the inventory (the default command)',
    about: `Lints a Citrix licensing inventory: YAML files or folders (default: inventory/ or
inventory.yaml in the current folder, else in the nearest folder above it up to the
repository root; - reads one file from standard input).`,
    options: [
      'format',
      'output',
      'as-of',
      'config',
      'fail-on',
      'base',
      'baseline',
      'write-baseline',
      'quiet',
      'color',
      'no-color',
      'stdin-filename',
      'list-rules',
      'print-config',
    ],
    formats: FORMAT_NAMES,
    paths: 'any',
    exit: LINT_EXIT,
  },
  'list-rules': {
    synopsis: '--list-rules [--format text|json] [-c FILE]',
    summary: 'list the rules: id, default severity, what each checks',
    about: 'Lists every rule: its id, default severity and what it checks, with the thresholds of the configuration.',
    options: ['list-rules', 'format', 'output', 'config'],
    formats: ['text', 'json'],
    paths: 'none',
    exit: '0 listed; 2 could not start (bad option, invalid configuration).',
  },
  'print-config': {
    synopsis: '--print-config [options] [paths...]',
    summary: 'print the effective configuration and where each value comes from',
    about: 'Prints every setting a lint with the same options would use, and where each comes from (option, file or default).',
    options: ['print-config', 'format', 'output', 'config', 'as-of', 'fail-on', 'stdin-filename'],
    formats: ['text', 'json'],
    paths: 'any',
    exit: '0 printed; 2 could not start (bad option, missing path, invalid configuration).',
  },
  inspect: {
    synopsis: 'inspect [options] FILE.lic...',
    summary: 'show what a license file grants, without its signatures',
    about: `Shows what each license file grants (product, count, type, expiry, CSS date, serial
number) and what it is bound to (a License Server's HOSTNAME=, or a NetScaler host ID),
without its signatures: read a file before you install it.`,
    options: ['format', 'output'],
    formats: ['text', 'json'],
    paths: { required: 'license file' },
    exit: '0 every file read; 1 a file has syntax problems; 2 could not start (bad option, missing file).',
  },
  history: {
    synopsis: 'history [options] [paths...]',
    summary: 'compliance over the git history of the inventory',
    about: `Walks the commits that touched the inventory, oldest first, judges each as of its own
commit date with today's configuration, and prints the timeline (markdown adds a chart).`,
    options: ['since', 'format', 'output', 'config', 'as-of'],
    formats: ['text', 'json', 'markdown'],
    paths: 'any',
    exit: '0 printed; 2 could not start (not a git repository, bad option, invalid configuration).',
  },
  position: {
    synopsis: 'position [options] [paths...]',
    summary: 'the license position per product: bought, allocated, installed, overdraft, in use',
    about: `Prints the license position of the inventory, one row per product: bought (active
entitlements), allocated, installed (on active hosts, without overdraft), overdraft, in use
and the peak in use, with the hosts each comes from. Collected evidence is read as the
linter reads it; a number nothing shows is unknown (null in JSON), never 0. See
docs/position.md.`,
    options: ['format', 'output', 'config', 'as-of'],
    formats: ['text', 'json', 'csv', 'markdown'],
    paths: 'any',
    exit: '0 printed, whatever the findings; 2 could not start (bad option, missing path, invalid configuration, no inventory read).',
  },
  import: {
    synopsis: 'import [options] FILES-OR-FOLDERS...',
    summary: 'start an inventory from Citrix exports, or add them to one',
    about: `Starts an inventory from what Citrix systems export, or with --into adds it to the
inventory in DIR (new hosts and fields are added; values that differ are marked with a
comment, never changed). A folder stands for the files directly inside it. The kind of
each file is recognised from its content. How to take each export: docs/collect.md`,
    options: ['into', 'host', 'output'],
    paths: { required: 'export file or folder' },
    exit: '0 written; 2 could not start (bad option, a file that is no export, nothing to merge into).',
  },
  init: {
    synopsis: 'init [DIR]',
    summary: 'write a starter inventory, configuration and workflows',
    about: `Writes a starter inventory (inventory/licensing.yaml, its placeholders reported until you
replace them), .citrix-license-lint.yml with every option commented out, and the example
workflows in .github/workflows/, into DIR (default: the current folder). It overwrites
nothing: if any of these files exists, it names it and writes none.`,
    options: [],
    paths: 'at most one',
    exit: '0 written; 2 nothing written (a file exists, DIR is not a folder).',
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

/** The commands chosen by their first word; the rest are lint and its --list-rules and --print-config modes. */
export const COMMAND_WORDS = ['inspect', 'history', 'position', 'import', 'init'] as const satisfies readonly CommandName[];

const WIDTH = 92;
const USAGE_COLUMN = 26;

/** `text` folded into lines of WIDTH at most, each after `indent`. */
function wrap(text: string, indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

function optionLine(name: OptionName, command: CommandSpec): string | undefined {
  const spec = OPTIONS[name];
  if (!spec.usage) return undefined;
  const formats = command.formats ?? [];
  const help = spec.help.replace(
    '{formats}',
    `${formats.join(', ')} (default: text${formats.includes('github') ? '; github under GitHub Actions' : ''})`,
  );
  const usage = `  ${spec.usage}`;
  const gap = usage.length <= USAGE_COLUMN - 2 ? ' '.repeat(USAGE_COLUMN - usage.length) : `\n${' '.repeat(USAGE_COLUMN)}`;
  return `${usage}${gap}${wrap(help, USAGE_COLUMN)}`;
}

/** `citrix-license-lint COMMAND --help`; without a command (lint), the list of commands too. `more` follows what it does. */
export function commandHelp(name: CommandName, more?: string): string {
  const command: CommandSpec = COMMANDS[name];
  const options = [...command.options, 'help', 'version'] as OptionName[];
  const usage =
    name === 'lint'
      ? Object.values(COMMANDS)
          .map((c, i) => `${i === 0 ? 'Usage: ' : '       '}citrix-license-lint ${c.synopsis}`)
          .join('\n')
      : `Usage: citrix-license-lint ${command.synopsis}`;
  const commands =
    name === 'lint'
      ? `\nCommands (each has its own options: citrix-license-lint COMMAND --help):\n${COMMAND_WORDS.map(
          (word) => `  ${word.padEnd(USAGE_COLUMN - 2)}${COMMANDS[word].summary}`,
        ).join('\n')}\n`
      : '';
  return `${usage}

${command.about}
${more ? `\n${more}\n` : ''}
Options:
${options
  .map((option) => optionLine(option, command))
  .filter((line) => line !== undefined)
  .join('\n')}
${commands}
Exit status: ${command.exit}
${name === 'lint' ? `Rules and how to fix each finding: ${versionedDocsUrl('docs/rules/README.md')}\n` : ''}Documentation: ${versionedDocsUrl('README.md')}
`;
}
