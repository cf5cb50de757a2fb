import path from 'node:path';
import { lint, type CommitTime, type LintOptions, type LintResult } from '../engine/lint.js';
import type { FileSystem } from '../io/file-system.js';
import type { Finding } from '../model/finding.js';
import type { IsoDate } from '../model/inventory.js';
import { todayUtc } from '../util/dates.js';
import { readBaseline } from './baseline.js';
import { gitCommitTimes } from './commit-times.js';
import { cloneFiles, type CommitFiles, treePaths } from './commit-tree.js';
import { compareRuns, withComparison, type Compared } from './compare.js';
import { configWeakenings, hiddenByConfig, suppressionsAdded, type ConfigChange, type ConfigView } from './config-weakening.js';
import { judgeEvidenceChange, type EvidenceChange } from './evidence-change.js';
import { hasCommit, repositoryTop } from './git.js';
import { lintedFolders, lintOlderTree } from './lint-at.js';

/** A configuration as a run takes it: what the engine reads, and where collected evidence is. */
export type RunConfig = ConfigView & Required<Pick<ConfigView, 'settings'>> & { collectedFolders?: readonly string[] };

/** What a run lints and its configuration, as config/'s configSource resolved them (change/ only uses them). */
export interface ConfigSource {
  /** The inventory: what the user named, else what the configuration declares (`inventory:`), else the default; relative to `cwd`. */
  inputs: readonly string[];
  /** The working tree's configuration. */
  head: RunConfig;
  /** Where it may be, absolute: the base commit's is read at the same places. */
  candidates: readonly string[];
  /** Another commit's, as `fs` holds that commit's files. */
  at(fs: FileSystem): RunConfig;
}

/**
 * What a run is compared with: a commit, read from the clone when it has it, else through
 * `fetch` (the action asks GitHub's API; `root` is the repository's folder); or a baseline file.
 */
export type CompareWith = { revision: string; fetch?: (root: string) => CommitFiles } | { baseline: string };

/** Everything a door knows about the run it was asked for, translated. */
export interface RunRequest {
  cwd: string;
  /** The inventory and the configuration (the door's inputs already resolved). */
  config: ConfigSource;
  /** The door's as-of date; else each configuration's own; else today by `now`. */
  asOf?: IsoDate;
  now: () => Date;
  /** Where the head is read (default the disk; the CLI lays standard input over it). */
  fs?: FileSystem;
  base?: CompareWith;
  /** When git says each collected file got its content, in the working tree (`rev` undefined) or a commit. */
  commitTimes?: (cwd: string, rev?: string) => CommitTime;
}

/** The base commit as it was read and judged. */
export interface BaseRun {
  revision: string;
  /** From the clone, or fetched (a shallow clone lacks the commit). */
  source: 'clone' | 'fetched';
  /** The base's configuration, read from the base commit. */
  config: RunConfig;
  /** The base's own lint, under its own configuration, evidence and commit times. */
  lint: LintResult;
  /** What the change does to its own checks: configuration, suppressions, findings it hides. */
  configChange: ConfigChange;
  /** What the change does to collected evidence, and the findings that silences (undefined: the evidence is the same). */
  evidenceChange: EvidenceChange | undefined;
}

export interface ComparedRun {
  /** The head's lint with its comparison, as the reporters take it; `run.comparison.baseInventory` and `run.inventory` feed the change digest. */
  run: Compared;
  /** The head's configuration. */
  config: RunConfig;
  base?: BaseRun;
  /**
   * What only-new judges: the findings the comparison calls introduced, those the change's
   * own configuration hides and those its collected evidence silences. A withheld finding is
   * never fixed (compareRuns): judge() takes `run.withheld` beside these.
   */
  introduced?: Finding[];
  /** Why the base asked for was not compared with (each door words it its way). */
  unavailable?: { reason: 'no-repository' | 'no-commit' } | { reason: 'failed'; error: unknown };
}

/**
 * The one run both doors make: resolve the head's configuration and as-of date, lint the
 * head, and compare it with a base commit (linted with the base's own configuration,
 * collected folders and commit times; what the change does to its own checks and to the
 * collected evidence judged alongside) or a baseline. A failure to read or lint the base
 * does not lose the head's result: it comes back as `unavailable`.
 */
export async function comparedRun(request: RunRequest): Promise<ComparedRun> {
  const config = request.config.head;
  const commitTimes = request.commitTimes ?? gitCommitTimes;
  const options = lintOptions(request, config, { commitTime: commitTimes(request.cwd) });
  const result = lint(options);
  const base = request.base;
  if (!base) return { run: result, config };
  if ('baseline' in base) {
    const comparison = compareRuns({ findings: readBaseline(base.baseline, request.cwd), withheld: [] }, result);
    return { run: withComparison(result, { base: base.baseline, comparison }), config, introduced: comparison.introduced };
  }
  const top = repositoryTop(request.cwd);
  const inClone = top !== undefined && hasCommit(top, base.revision);
  if (!inClone && !base.fetch) return { run: result, config, unavailable: { reason: top ? 'no-commit' : 'no-repository' } };
  try {
    const root = top ?? request.cwd;
    const files = inClone ? cloneFiles(root, base.revision) : base.fetch!(root);
    // A fetched commit has no history here: its evidence is dated by what the exports say.
    const commitTime = inClone ? commitTimes(root, base.revision) : undefined;
    const baseRun = await lintBase(request, { config, options, result }, { revision: base.revision, root, files, commitTime });
    const comparison = compareRuns(baseRun.lint, result);
    return {
      run: withComparison(result, { base: base.revision, comparison, baseInventory: baseRun.lint.inventory }),
      config,
      base: { ...baseRun, source: inClone ? 'clone' : 'fetched' },
      // Findings the change hides by relaxing its own configuration, or silences by changing
      // collected evidence, count as introduced.
      introduced: [...comparison.introduced, ...baseRun.configChange.hidden, ...(baseRun.evidenceChange?.silenced ?? [])],
    };
  } catch (error) {
    return { run: result, config, unavailable: { reason: 'failed', error } };
  }
}

function lintOptions(request: RunRequest, config: RunConfig, evidence: { commitTime?: CommitTime }): LintOptions {
  return {
    inputs: request.config.inputs,
    // The base is read as the head is (the same files, the same inventory around a named file):
    // a change to the declared inventory is listed among the changes to its own checks.
    inventory: request.config.head.inventory,
    cwd: request.cwd,
    asOf: request.asOf ?? config.asOf ?? todayUtc(request.now()),
    settings: config.settings,
    ruleLevels: config.ruleLevels,
    limits: config.limits,
    collected: { folders: config.collectedFolders, ...evidence },
    // The base's lint reads its commit's tree instead (lintOlderTree).
    ...(request.fs ? { fs: request.fs } : {}),
  };
}

/**
 * The base as the base commit has it: its configuration read first, then its inventory and
 * its collected evidence where that configuration puts it, dated by the base's history.
 */
async function lintBase(
  request: RunRequest,
  head: { config: RunConfig; options: LintOptions; result: LintResult },
  at: { revision: string; root: string; files: CommitFiles; commitTime: CommitTime | undefined },
): Promise<Omit<BaseRun, 'source'>> {
  const candidates = treePaths(at.root, request.config.candidates);
  const config = request.config.at(await at.files([], candidates));
  const options = lintOptions(request, config, at.commitTime ? { commitTime: at.commitTime } : {});
  const base = lintOlderTree(await at.files(lintedFolders(at.root, options), candidates), options);
  return {
    revision: at.revision,
    config,
    lint: base,
    configChange: judgeConfigChange(config, head, base, options.asOf),
    // Evidence the change wrote is listed, and what it silences counts as new (issue 24).
    evidenceChange: judgeEvidenceChange(base, head.result, head.options),
  };
}

/**
 * What the change does to its own checks: configuration differences, suppressions added,
 * and the findings of the head that the base's configuration reports and the head's hides
 * (the head is linted a second time, under the base's configuration, only when they differ).
 */
function judgeConfigChange(
  baseConfig: RunConfig,
  head: { config: RunConfig; options: LintOptions; result: LintResult },
  base: LintResult,
  baseAsOf: IsoDate,
): ConfigChange {
  // Shown relative to the working folder: an absolute runner path says nothing to a reviewer.
  const shown = (view: RunConfig): RunConfig => ({
    ...view,
    file: view.file && (path.relative(head.options.cwd, view.file) || view.file),
    inventory: view.inventory?.map((declared) => path.relative(head.options.cwd, declared) || '.'),
  });
  const weakenings = [
    ...configWeakenings(shown(baseConfig), shown(head.config)),
    ...suppressionsAdded(base.findings, head.result.findings),
  ];
  if (!weakenings.some((w) => w.kind !== 'suppression')) return { weakenings, hidden: [] };
  const { settings, ruleLevels, limits } = baseConfig;
  const underBase = lint({ ...head.options, asOf: baseAsOf, settings, ruleLevels, limits });
  return { weakenings, hidden: hiddenByConfig(underBase.findings, head.result.findings) };
}
