import path from 'node:path';
import { withComparison, type BaseComparison, type Compared } from '../change/compare.js';
import { changeDigest, type ChangeDigest } from '../change/digest.js';
import { gitCommitTimes } from '../change/commit-times.js';
import { configCandidates, resolveConfig, resolveConfigIn, type ResolvedConfig } from '../config/resolve-config.js';
import { configWeakenings, hiddenByConfig, suppressionsAdded, type ConfigChange, type ConfigView } from '../change/config-weakening.js';
import type { Finding } from '../model/finding.js';
import { lint as lintAgain } from '../engine/lint.js';
import { weakeningLine } from '../reporters/weakening.js';
import { defaultSettings } from '../domain/settings.js';
import { lint, type LintOptions, type LintResult } from '../engine/lint.js';
import { judge, type Counts } from '../engine/verdict.js';
import { defaultInputs, findRepositoryRoot } from '../load/discover.js';
import { countsLine } from '../reporters/change-words.js';
import type { ReportContext } from '../reporters/context.js';
import type { ChangedLines } from '../reporters/github.js';
import { ANNOTATIONS_PER_LEVEL } from '../reporters/github-limits.js';
import { mdCode } from '../reporters/markdown-escape.js';
import { verdictWords } from '../reporters/verdict-words.js';
import { ruleCatalog } from '../rules/index.js';
import { todayUtc } from '../util/dates.js';
import { UsageError } from '../util/errors.js';
import { plural } from '../util/format.js';
import { TOOL_VERSION } from '../version.js';
import { lintBase } from './base-inventory.js';
import { readGithubContext, type GithubContext } from './github-context.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { publishAnnotations } from './publish/annotations.js';
import { publishCheck } from './publish/check.js';
import { publishComment } from './publish/comment.js';
import { publishTrackingIssue } from './publish/issue.js';
import { publishJobSummary } from './publish/job-summary.js';
import { actionId } from './publish/marker.js';
import { publishOutputs } from './publish/outputs.js';
import type { ApiAccess, Env, PublishLog, PublishRun } from './publish/publish-run.js';
import { publishSarifFile } from './publish/sarif-file.js';
import { publishFailure } from './publish/failure.js';
import { systemClock, type Clock, type Runner } from './runner.js';

/** The step's log for the publishers, counting its own messages by level: annotations leave them their slots. */
function stepLog(runner: Runner): { log: PublishLog; own: { error: number; warning: number; notice: number } } {
  const own = { error: 0, warning: 0, notice: 0 };
  const log: PublishLog = {
    info: (m) => runner.info(m),
    notice: (m) => {
      own.notice++;
      runner.notice(m);
    },
    warning: (m) => {
      own.warning++;
      runner.warning(m);
    },
  };
  return { log, own };
}

/**
 * The action: a thin door over the same engine as the CLI. API problems are warnings that
 * say what did not happen; only the findings decide whether the step fails. Everything it
 * touches outside comes in here: the environment, the workspace, the runner it reports to
 * (its log, outputs and result) and the clock.
 */
export async function runAction(env: Env, cwd: string, runner: Runner, clock: Clock = systemClock): Promise<void> {
  const step = stepLog(runner);
  // What the run was doing, for the summary when it stops short.
  let stage = 'reading the inputs';
  const stop = (message: string, internal: boolean) => {
    publishFailure(env, { stage, message, internal }, (name, value) => runner.setOutput(name, value), step.log);
    runner.setFailed(`citrix-license-lint: ${internal ? `internal error while ${stage}: ${message}; please report it` : message}`);
  };
  try {
    const { inputs, problem } = readInputs(env);
    if (inputs?.['github-token']) runner.setSecret(inputs['github-token']);
    if (!inputs) {
      runner.setFailed(`citrix-license-lint: ${problem}`);
      return;
    }
    const github = readGithubContext(env, cwd);
    let linted: Linted;
    stage = 'linting the inventory';
    try {
      linted = lintWorkspace(inputs, github, () => clock.now());
    } catch (error) {
      if (error instanceof UsageError) {
        stop(error.message, false);
        return;
      }
      throw error;
    }
    stage = 'comparing and publishing the results';
    await publish(inputs, github, env, linted, runner, clock, step);
  } catch (error) {
    stop((error as Error).message ?? String(error), true);
  }
}

interface Linted {
  result: LintResult;
  options: LintOptions;
  config: ResolvedConfig;
  /** Where the configuration may be: read again in the base commit. */
  configPaths: string[];
  /** The repository root, which is not the workspace when the repository was checked out into a sub-folder. */
  root: string;
  /** The inventory paths, relative to the repository root. */
  paths: string[];
}

function lintWorkspace(inputs: ActionInputs, github: GithubContext, now: () => Date): Linted {
  const cwd = github.workspace;
  const listed = inputs.inventory
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const paths = listed.length > 0 ? listed : defaultInputs(cwd);
  const config = resolveConfig({ explicit: inputs.config || undefined, inputs: paths, cwd });
  const asOf = inputs['as-of'] || config.asOf || todayUtc(now());
  const options: LintOptions = {
    inputs: paths,
    cwd,
    asOf,
    settings: config.settings,
    ruleLevels: config.ruleLevels,
    limits: config.limits,
    collected: { folders: config.collectedFolders, commitTime: gitCommitTimes(cwd) },
  };
  const configPaths = configCandidates({ explicit: inputs.config || undefined, inputs: paths, cwd });
  // Paths on GitHub are relative to the repository root, which is not the workspace when the
  // repository was checked out into a sub-folder (actions/checkout's `path:`).
  const root = findRepositoryRoot(path.resolve(cwd, paths[0] ?? '.'));
  return {
    result: lint(options),
    options,
    config,
    configPaths,
    root,
    paths: paths.map((p) => path.relative(root, path.resolve(cwd, p)).split(path.sep).join('/')),
  };
}

/** Compares with the base, judges, then hands the run to each publisher in turn. */
async function publish(
  inputs: ActionInputs,
  github: GithubContext,
  env: Env,
  workspaceLint: Linted,
  runner: Runner,
  clock: Clock,
  { log, own }: ReturnType<typeof stepLog>,
): Promise<void> {
  const { result: linted, options, root, paths } = workspaceLint;
  const sha = github.pullRequest?.headSha || github.sha;
  const context: ReportContext = {
    cwd: root,
    color: false,
    toolVersion: TOOL_VERSION,
    links: github.owner && sha ? { serverUrl: github.serverUrl, repository: `${github.owner}/${github.repo}`, sha } : undefined,
    rules: ruleCatalog(options.settings ?? defaultSettings()),
  };
  const baseSha = github.pullRequest?.baseSha || github.before;
  const wantsApi =
    Boolean(inputs['github-token'] && github.owner) &&
    (inputs.comment || inputs['check-run'] || inputs['tracking-issue'] || Boolean(baseSha));
  const module = wantsApi ? await import('./github-api.js') : undefined;
  // The timeout can be shortened for tests of a hung API; users have no reason to touch it.
  const timeout = Number(env.CITRIX_LICENSE_LINT_API_TIMEOUT_MS) || undefined;
  const retryDelay = env.CITRIX_LICENSE_LINT_API_RETRY_MS === undefined ? undefined : Number(env.CITRIX_LICENSE_LINT_API_RETRY_MS);
  const client = module?.createGithubClient(inputs['github-token'], github.apiUrl, (m) => runner.info(m), timeout, retryDelay, clock);
  let identity: Promise<string> | undefined;
  const api: ApiAccess | undefined =
    module && client
      ? {
          module,
          client,
          ref: { owner: github.owner, repo: github.repo },
          identity: () => (identity ??= module.tokenIdentity(client)),
          // A fork's pull request runs with a read-only token: no write can succeed.
          readOnly: github.pullRequest?.fromFork ? 'fork' : undefined,
        }
      : undefined;
  const writes = inputs.comment || inputs['check-run'];
  if (api?.readOnly && writes) {
    log.notice(
      'pull request from a fork: its token can only read, so no comment or check run is written. The annotations, the job summary and the step’s result carry the findings.',
    );
  }

  let digest: ChangeDigest | undefined;
  let compared: BaseComparison | undefined;
  let configChange: ConfigChange | undefined;
  if (baseSha) {
    try {
      const asOfFor = (view: { asOf?: string }) => inputs['as-of'] || view.asOf || todayUtc(clock.now());
      const base = await lintBase(baseSha, options, linted.findings, client && { client, owner: github.owner, repo: github.repo }, {
        candidates: workspaceLint.configPaths,
        resolve: (fs) => resolveConfigIn(fs, workspaceLint.configPaths, github.workspace),
        asOfFor,
      });
      if (base) {
        compared = { base: baseSha, comparison: base.comparison, baseInventory: base.baseInventory };
        configChange = judgeConfigChange(base.config, workspaceLint, base.base.findings, asOfFor(base.config));
        const line = weakeningLine(configChange);
        if (line) runner.warning(`citrix-license-lint: ${line}`);
        runner.info(`compared with ${baseSha.slice(0, 10)} (read through ${base.source}): ${countsLine(base.comparison)}`);
        digest = github.pullRequest ? changeDigest(base.baseInventory, linted.inventory, linted.asOf) : undefined;
      } else {
        log.warning(
          `could not read the base commit ${baseSha.slice(0, 10)}: check out with fetch-depth: 0 (or give a token) to see what the change introduces and fixes`,
        );
      }
    } catch (error) {
      markDown(api, error);
      log.warning(
        module
          ? module.describeApiFailure('read the base commit to compare with', 'contents', error, github)
          : `could not read the base commit: ${(error as Error).message}`,
      );
    }
  }
  const result = withComparison(linted, compared);
  // Findings the change hides by relaxing its own configuration count as introduced.
  const introduced = compared && [...compared.comparison.introduced, ...(configChange?.hidden ?? [])];
  const verdict = judge(result.findings, introduced, { failOn: inputs['fail-on'], onlyNew: inputs['only-new'] });

  let changed: ChangedLines | undefined;
  if (api && github.pullRequest && !api.down) {
    try {
      changed = await api.module.changedLines(api.client, api.ref, github.pullRequest.number);
    } catch (error) {
      markDown(api, error);
      log.warning(
        api.module.describeApiFailure(
          'read the files the pull request changes (annotations are ordered without them)',
          'pull-requests',
          error,
          github,
        ),
      );
    }
  }
  const words = verdictWords(verdict);
  const run: PublishRun = {
    inputs,
    github,
    env,
    result,
    context,
    verdict,
    words,
    id: actionId(inputs.id, paths),
    links: { run: github.runId ? `${github.serverUrl}/${github.owner}/${github.repo}/actions/runs/${github.runId}` : undefined },
    digest,
    configChange,
    pushPoint: pushPoint(github, result, verdict.counts),
    changed,
    api,
  };

  // The check run first: the comment and the summary link it.
  await publishCheck(run, log);
  await publishComment(run, log);
  publishJobSummary(run, log);
  const sarif = publishSarifFile(run);
  await publishTrackingIssue(run, log);
  publishOutputs(run, sarif.path, (name, value) => runner.setOutput(name, value));

  const closing: string[] = [];
  if (sarif.problem) closing.push(`citrix-license-lint: ${sarif.problem}`);
  if (!words.passed) {
    const { judged } = verdict;
    const counted = verdict.onlyNew
      ? ''
      : `: ${plural(judged.errors, 'error')} and ${plural(judged.warnings, 'warning')} in the licensing inventory`;
    const weakened = weakeningLine(configChange);
    closing.push(`citrix-license-lint: ${weakened ? `${weakened}. ` : ''}${words.title}${counted} (fail-on: ${inputs['fail-on']})`);
  }
  // Annotations last, leaving the slots the step's own messages need (10 per level).
  publishAnnotations(
    run,
    { error: own.error + closing.length, warning: own.warning, notice: Math.min(ANNOTATIONS_PER_LEVEL, own.notice) },
    (text) => runner.write(text),
  );
  for (const message of closing) runner.setFailed(message);
}

/** After the network failed (not GitHub's answer), later publishers skip instead of waiting again. */
function markDown(api: ApiAccess | undefined, error: unknown): void {
  if (!api) return;
  const failure = api.module.classifyFailure(error);
  if (failure.kind !== 'http') api.down = failure.detail;
}

/**
 * What the change does to its own checks: configuration differences, suppressions added,
 * and the findings of the head that the base's configuration reports and the head's hides
 * (the head is linted a second time, under the base's configuration, only when they differ).
 */
function judgeConfigChange(baseConfig: ConfigView, run: Linted, baseFindings: readonly Finding[], baseAsOf: string): ConfigChange {
  // Shown relative to the workspace: an absolute runner path says nothing to a reviewer.
  const shown = (file: string | undefined) => file && (path.relative(run.options.cwd, file) || file);
  const weakenings = [
    ...configWeakenings({ ...baseConfig, file: shown(baseConfig.file) }, { ...run.config, file: shown(run.config.file) }),
    ...suppressionsAdded(baseFindings, run.result.findings),
  ];
  const configDiffers = weakenings.some((w) => w.kind !== 'suppression');
  if (!configDiffers) return { weakenings, hidden: [] };
  const underBase = lintAgain({
    ...run.options,
    asOf: baseAsOf,
    settings: baseConfig.settings,
    ruleLevels: baseConfig.ruleLevels,
    limits: baseConfig.limits,
  });
  return { weakenings, hidden: hiddenByConfig(underBase.findings, run.result.findings) };
}

/** On a push to a branch: this commit's point on the compliance timeline. */
function pushPoint(github: GithubContext, result: Compared, counts: Counts): string | undefined {
  if (github.eventName !== 'push') return undefined;
  const since = result.comparison
    ? `; since ${mdCode(result.comparison.base.slice(0, 10))}: ${countsLine(result.comparison.comparison)}`
    : '';
  return `**Compliance point** ${result.asOf}, commit ${mdCode(github.sha.slice(0, 10))}: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}${since}. Run \`citrix-license-lint history\` for the whole timeline.`;
}
