import { ruleCatalog, type RuleInfo } from '../rules/index.js';
import { lint } from '../engine/lint.js';
import path from 'node:path';
import { findRepositoryRoot } from '../load/discover.js';
import { REPORTERS } from '../reporters/registry.js';
import { judge } from '../engine/verdict.js';
import { todayUtc } from '../util/dates.js';
import { UsageError } from '../util/errors.js';
import { parseCliArgs, type CliOptions } from './args.js';
import { commandHelp, type CommandName } from './commands.js';
import { runInspect } from './inspect.js';
import type { CliIo } from './io.js';
import { configCandidates, resolveConfigIn } from '../config/resolve-config.js';
import { resolveInputs } from '../config/inventory-inputs.js';
import { TOOL_VERSION } from '../version.js';
import { readBaseline, writeBaseline } from '../change/baseline.js';
import { compareRuns, withComparison, type BaseComparison } from '../change/compare.js';
import { hasCommit, repositoryTop } from '../change/git.js';
import { commitTree, lintOlderTree } from '../change/lint-at.js';
import { gitCommitTimes } from '../change/commit-times.js';
import { runHistory } from './history.js';
import { runInit } from './init.js';
import { runListRules } from './list-rules.js';
import { runPrintConfig } from './print-config.js';
import { withStdin } from './stdin-input.js';
import { useColor } from './color.js';
import { errorsOnly } from './quiet.js';
import { writeOutput } from './write-output.js';
import { plural } from '../util/format.js';
import type { RepositoryLinks } from '../reporters/context.js';
import { sarifCategory } from '../reporters/run-id.js';

/** Under GitHub Actions, markdown links point at the lines on GitHub. */
function repositoryLinks(env: CliIo['env']): RepositoryLinks | undefined {
  const { GITHUB_SERVER_URL: serverUrl, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  return serverUrl && repository && sha ? { serverUrl, repository, sha } : undefined;
}

export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

/** What runs each command, with its options parsed and checked (args.ts, from commands.ts). */
const HANDLERS: Record<CommandName, (options: CliOptions, io: CliIo) => number | Promise<number>> = {
  lint: (options, io) => runLint(options, io),
  'list-rules': runListRules,
  'print-config': runPrintConfig,
  inspect: runInspect,
  history: runHistory,
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
  const { inputs, config } = resolveInputs({ explicit: options.config, paths: named, cwd: io.cwd });
  const asOf = options.asOf ?? config.asOf ?? todayUtc(io.now());
  const collected = { folders: config.collectedFolders, commitTime: gitCommitTimes(io.cwd) };
  const lintOptions = {
    inputs,
    inventory: config.inventory,
    cwd: io.cwd,
    asOf,
    settings: config.settings,
    ruleLevels: config.ruleLevels,
    limits: config.limits,
    collected,
    ...(fs ? { fs } : {}),
  };
  const result = lint(lintOptions);
  if (options.writeBaseline) {
    // A withheld finding is a finding waiting for an error to be fixed: accepted with the rest.
    const count = writeBaseline(options.writeBaseline, [...result.findings, ...result.withheld], io.cwd);
    io.stderr.write(`citrix-license-lint: recorded ${plural(count, 'finding')} in ${options.writeBaseline}\n`);
    return EXIT.ok;
  }
  let compared: BaseComparison | undefined;
  if (options.base) {
    const top = repositoryTop(io.cwd);
    if (!top) throw new UsageError('--base needs a git repository: run it inside the clone');
    if (!hasCommit(top, options.base))
      throw new UsageError(`--base ${options.base}: no such commit in this clone (fetch it first; in a workflow, use fetch-depth: 0)`);
    // The base is judged by its own configuration (issue 16), read from the same commit.
    const candidates = configCandidates({ explicit: options.config, inputs, cwd: io.cwd });
    const tree = commitTree(top, options.base, lintOptions, candidates);
    const own = resolveConfigIn(tree, candidates, io.cwd);
    const base = lintOlderTree(tree, {
      ...lintOptions,
      collected: { folders: own.collectedFolders, commitTime: gitCommitTimes(top, options.base) },
      asOf: options.asOf ?? own.asOf ?? todayUtc(io.now()),
      settings: own.settings,
      ruleLevels: own.ruleLevels,
      limits: own.limits,
    });
    compared = { base: options.base, comparison: compareRuns(base, result), baseInventory: base.inventory };
  } else if (options.baseline) {
    const comparison = compareRuns({ findings: readBaseline(options.baseline, io.cwd), withheld: [] }, result);
    compared = { base: options.baseline, comparison };
    if (comparison.fixed.length > 0) {
      io.stderr.write(
        `citrix-license-lint: ${plural(comparison.fixed.length, 'baseline entry', 'baseline entries')} ${comparison.fixed.length === 1 ? 'no longer matches' : 'no longer match'} a finding: run --write-baseline ${options.baseline} to shrink it\n`,
      );
    }
  }
  const run = withComparison(result, compared);
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
  // Compared with a base or a baseline, only what is new can fail the run.
  const verdict = judge(result.findings, compared?.comparison.introduced, { failOn: options.failOn, onlyNew: true }, result.withheld);
  return verdict.failing > 0 ? EXIT.findings : EXIT.ok;
}
