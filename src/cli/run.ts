import { ruleCatalog, type RuleInfo } from '../rules/index.js';
import path from 'node:path';
import { findRepositoryRoot } from '../load/discover.js';
import { REPORTERS } from '../reporters/registry.js';
import { judge } from '../engine/verdict.js';
import { UsageError } from '../util/errors.js';
import { parseCliArgs, type CliOptions } from './args.js';
import { commandHelp, type CommandName } from './commands.js';
import { runInspect } from './inspect.js';
import type { CliIo } from './io.js';
import { configSource } from '../config/inventory-inputs.js';
import { TOOL_VERSION } from '../version.js';
import { writeBaseline } from '../change/baseline.js';
import { comparedRun, type CompareWith } from '../change/compared-run.js';
import { runHistory } from './history.js';
import { runInit } from './init.js';
import { runPosition } from './position.js';
import { runListRules } from './list-rules.js';
import { runPrintConfig } from './print-config.js';
import { withStdin } from './stdin-input.js';
import { useColor } from './color.js';
import { errorsOnly } from './quiet.js';
import { writeOutput } from './write-output.js';
import { plural } from '../util/format.js';
import type { RepositoryLinks } from '../reporters/context.js';
import { sarifCategory } from '../reporters/run-id.js';
import { weakeningLine } from '../reporters/weakening.js';
import { evidenceChangeLine } from '../reporters/evidence-change.js';

/** Under GitHub Actions, markdown links point at the lines on GitHub. */
function repositoryLinks(env: CliIo['env']): RepositoryLinks | undefined {
  const { GITHUB_SERVER_URL: serverUrl, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  return serverUrl && repository && sha ? { serverUrl, repository, sha } : undefined;
}

/** What --base or --baseline names, if anything. */
function compareWith(options: CliOptions): CompareWith | undefined {
  if (options.base) return { revision: options.base };
  return options.baseline ? { baseline: options.baseline } : undefined;
}

export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

/** What runs each command, with its options parsed and checked (args.ts, from commands.ts). */
const HANDLERS: Record<CommandName, (options: CliOptions, io: CliIo) => number | Promise<number>> = {
  lint: (options, io) => runLint(options, io),
  'list-rules': runListRules,
  'print-config': runPrintConfig,
  inspect: runInspect,
  history: runHistory,
  position: runPosition,
  init: runInit,
  // Loaded when used: the export parsers are start-up time that every other command would pay.
  import: async (options, io) => (await import('./import.js')).runImport(options, io),
};

/** Runs the CLI; returns the exit status. Usage errors are caught here, internal ones by the caller. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.command === 'help') {
      const about = options.helpFor === 'import' ? (await import('./import.js')).IMPORT_READS : undefined;
      io.stdout.write(commandHelp(options.helpFor ?? 'lint', about));
      return EXIT.ok;
    }
    if (options.command === 'version') {
      io.stdout.write(`${TOOL_VERSION}\n`);
      return EXIT.ok;
    }
    return await HANDLERS[options.command](options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`citrix-license-lint: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

async function runLint(options: CliOptions, io: CliIo): Promise<number> {
  const { inputs: named, fs } = await withStdin(options, io, options.paths);
  const source = configSource({ explicit: options.config, paths: named, cwd: io.cwd });
  const inputs = source.inputs;
  const { run, config, base, introduced, unavailable } = await comparedRun({
    cwd: io.cwd,
    config: source,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    now: io.now,
    ...(fs ? { fs } : {}),
    // --write-baseline records the findings as they are: there is nothing to compare.
    ...(options.writeBaseline ? {} : { base: compareWith(options) }),
  });
  if (options.writeBaseline) {
    // A withheld finding is a finding waiting for an error to be fixed: accepted with the rest.
    const count = writeBaseline(options.writeBaseline, [...run.findings, ...run.withheld], io.cwd);
    io.stderr.write(`citrix-license-lint: recorded ${plural(count, 'finding')} in ${options.writeBaseline}\n`);
    return EXIT.ok;
  }
  if (unavailable?.reason === 'no-repository') throw new UsageError('--base needs a git repository: run it inside the clone');
  if (unavailable?.reason === 'no-commit')
    throw new UsageError(`--base ${options.base}: no such commit in this clone (fetch it first; in a workflow, use fetch-depth: 0)`);
  if (unavailable?.reason === 'failed') throw unavailable.error;
  const fixed = run.comparison?.comparison.fixed.length ?? 0;
  if (options.baseline && fixed > 0) {
    io.stderr.write(
      `citrix-license-lint: ${plural(fixed, 'baseline entry', 'baseline entries')} ${fixed === 1 ? 'no longer matches' : 'no longer match'} a finding: run --write-baseline ${options.baseline} to shrink it\n`,
    );
  }
  // What the change does to its own checks, then to the collected evidence it is judged by (issue 24).
  for (const line of [weakeningLine(base?.configChange), evidenceChangeLine(base?.evidenceChange)]) {
    if (line) io.stderr.write(`citrix-license-lint: ${line}\n`);
  }
  const format = options.format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
  const color = format === 'text' && useColor(options.color, io, options.output !== undefined);
  let rules: RuleInfo[] | undefined;
  const context = {
    cwd: io.cwd,
    color,
    toolVersion: TOOL_VERSION,
    links: repositoryLinks(io.env),
    // Built when a reporter reads it (SARIF): every description rendered with its thresholds
    // is start-up time that the other formats would pay for nothing.
    get rules() {
      rules ??= ruleCatalog(config.settings);
      return rules;
    },
    // SARIF names its run as the action would on the same inventory: paths from the repository root.
    get category() {
      const top = findRepositoryRoot(io.cwd);
      return sarifCategory(inputs.map((input) => path.relative(top, path.resolve(io.cwd, input)).split(path.sep).join('/')));
    },
  };
  writeOutput(io, options.output, REPORTERS[format]!(options.quiet ? errorsOnly(run) : run, context));
  // Compared with a base or a baseline, only what is new can fail the run (and what the change's configuration hides or its evidence silences).
  const verdict = judge(run.findings, introduced, { failOn: options.failOn, onlyNew: true }, run.withheld);
  return verdict.failing > 0 ? EXIT.findings : EXIT.ok;
}
