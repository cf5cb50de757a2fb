import path from 'node:path';
import type { Compared } from '../change/compare.js';
import { comparedRun, type ComparedRun } from '../change/compared-run.js';
import { changeDigest, type ChangeDigest } from '../change/digest.js';
import { configSource } from '../config/inventory-inputs.js';
import { evidenceChangeLine } from '../reporters/evidence-change.js';
import { weakeningLine } from '../reporters/weakening.js';
import { judge, type Counts } from '../engine/verdict.js';
import { findRepositoryRoot } from '../load/discover.js';
import { countsLine } from '../reporters/change-words.js';
import type { ReportContext } from '../reporters/context.js';
import type { ChangedLines } from '../reporters/annotation-scope.js';
import { ANNOTATIONS_PER_LEVEL } from '../reporters/github-limits.js';
import { mdCode } from '../reporters/markdown-escape.js';
import { verdictWords } from '../reporters/verdict-words.js';
import { ruleCatalog } from '../rules/index.js';
import { UsageError } from '../util/errors.js';
import { plural } from '../util/format.js';
import { TOOL_VERSION } from '../version.js';
import { connectApi } from './connect-api.js';
import { fetchCommit } from './fetch-commit.js';
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
    const api = await connectApi(inputs, github, env, runner, clock);
    let linted: Linted;
    stage = 'linting the inventory';
    try {
      linted = await lintWorkspace(inputs, github, api, clock);
    } catch (error) {
      if (error instanceof UsageError) {
        stop(error.message, false);
        return;
      }
      throw error;
    }
    stage = 'comparing and publishing the results';
    await publish(inputs, github, env, linted, api, runner, step);
  } catch (error) {
    stop((error as Error).message ?? String(error), true);
  }
}

interface Linted extends ComparedRun {
  /** The repository root, which is not the workspace when the repository was checked out into a sub-folder. */
  root: string;
  /** The inventory paths, relative to the repository root. */
  paths: string[];
}

/** The inputs as the one run both doors make takes them: the workspace, compared with the base commit when there is one. */
async function lintWorkspace(inputs: ActionInputs, github: GithubContext, api: ApiAccess | undefined, clock: Clock): Promise<Linted> {
  const cwd = github.workspace;
  const listed = inputs.inventory
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const source = configSource({ explicit: inputs.config || undefined, paths: listed, cwd });
  const paths = source.inputs;
  const baseSha = github.pullRequest?.baseSha || github.before;
  const compared = await comparedRun({
    cwd,
    config: source,
    ...(inputs['as-of'] ? { asOf: inputs['as-of'] } : {}),
    now: () => clock.now(),
    ...(baseSha ? { base: { revision: baseSha, ...(api ? { fetch: fetchCommit(api.client, api.ref, baseSha) } : {}) } } : {}),
  });
  // Paths on GitHub are relative to the repository root, which is not the workspace when the
  // repository was checked out into a sub-folder (actions/checkout's `path:`).
  const root = findRepositoryRoot(path.resolve(cwd, paths[0] ?? '.'));
  return { ...compared, root, paths: paths.map((p) => path.relative(root, path.resolve(cwd, p)).split(path.sep).join('/')) };
}

/** Says how the comparison went, judges, then hands the run to each publisher in turn. */
async function publish(
  inputs: ActionInputs,
  github: GithubContext,
  env: Env,
  linted: Linted,
  api: ApiAccess | undefined,
  runner: Runner,
  { log, own }: ReturnType<typeof stepLog>,
): Promise<void> {
  const { run: result, root, paths, base, unavailable } = linted;
  const sha = github.pullRequest?.headSha || github.sha;
  const context: ReportContext = {
    cwd: root,
    color: false,
    toolVersion: TOOL_VERSION,
    links: github.owner && sha ? { serverUrl: github.serverUrl, repository: `${github.owner}/${github.repo}`, sha } : undefined,
    rules: ruleCatalog(linted.config.settings),
  };
  const writes = inputs.comment || inputs['check-run'];
  if (api?.readOnly && writes) {
    log.notice(
      'pull request from a fork: its token can only read, so no comment or check run is written. The annotations, the job summary and the step’s result carry the findings.',
    );
  }

  const configChange = base?.configChange;
  const evidenceChange = base?.evidenceChange;
  let digest: ChangeDigest | undefined;
  if (base && result.comparison) {
    // What the change does to its own checks, then to the collected evidence it is judged by (issue 24).
    for (const line of [weakeningLine(configChange), evidenceChangeLine(evidenceChange)]) {
      if (line) runner.warning(`citrix-license-lint: ${line}`);
    }
    const source = base.source === 'clone' ? 'git' : 'contents API';
    runner.info(`compared with ${base.revision.slice(0, 10)} (read through ${source}): ${countsLine(result.comparison.comparison)}`);
    digest = github.pullRequest
      ? changeDigest(result.comparison.baseInventory, result.inventory, result.asOf, linted.config.settings.policy)
      : undefined;
  } else if (unavailable?.reason === 'failed') {
    markDown(api, unavailable.error);
    log.warning(
      api
        ? api.module.describeApiFailure('read the base commit to compare with', 'contents', unavailable.error, github)
        : `could not read the base commit: ${(unavailable.error as Error).message}`,
    );
  } else if (unavailable) {
    const baseSha = github.pullRequest?.baseSha || github.before || '';
    log.warning(
      `could not read the base commit ${baseSha.slice(0, 10)}: check out with fetch-depth: 0 (or give a token) to see what the change introduces and fixes`,
    );
  }
  const verdict = judge(result.findings, linted.introduced, { failOn: inputs['fail-on'], onlyNew: inputs['only-new'] }, result.withheld);

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
    settings: linted.config.settings,
    links: { run: github.runId ? `${github.serverUrl}/${github.owner}/${github.repo}/actions/runs/${github.runId}` : undefined },
    digest,
    configChange,
    evidenceChange,
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
    const changed = [weakeningLine(configChange), evidenceChangeLine(evidenceChange)].filter(Boolean).map((line) => `${line}. `);
    closing.push(`citrix-license-lint: ${changed.join('')}${words.title}${counted} (fail-on: ${inputs['fail-on']})`);
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

/** On a push to a branch: this commit's point on the compliance timeline. */
function pushPoint(github: GithubContext, result: Compared, counts: Counts): string | undefined {
  if (github.eventName !== 'push') return undefined;
  const since = result.comparison
    ? `; since ${mdCode(result.comparison.base.slice(0, 10))}: ${countsLine(result.comparison.comparison)}`
    : '';
  return `**Compliance point** ${result.asOf}, commit ${mdCode(github.sha.slice(0, 10))}: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}${since}. Run \`citrix-license-lint history\` for the whole timeline.`;
}
