import { defaultSettings } from '../domain/settings.js';
import { ruleCatalog } from '../rules/index.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { resolveConfig } from '../config/resolve-config.js';
import { lint, type LintOptions, type LintResult } from '../engine/lint.js';
import { changeDigest } from '../change/digest.js';
import { countsLine } from '../reporters/change-words.js';
import { lintBase } from './base-inventory.js';
import { defaultInputs } from '../load/discover.js';
import type { ReportContext } from '../reporters/context.js';
import { judge, type Counts } from '../engine/verdict.js';
import { withComparison, type BaseComparison, type Compared } from '../change/compare.js';
import { emitAnnotations, selectAnnotations, type ChangedLines } from '../reporters/github.js';
import { jsonReporter } from '../reporters/json.js';
import { COMMENT_BUDGET, markdownReport, SUMMARY_BUDGET } from '../reporters/markdown.js';
import { sarifReporter } from '../reporters/sarif.js';
import { todayUtc } from '../util/dates.js';
import { UsageError } from '../util/errors.js';
import { plural } from '../util/format.js';
import { TOOL_VERSION } from '../version.js';
import { readGithubContext, type GithubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import { readInputs } from './inputs.js';
import { COMMENT_MARKER, ISSUE_MARKER } from './publish/marker.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Outputs are capped at 1 MB per job (GitHub docs, "output limitations"); stay well below. */
const REPORT_OUTPUT_LIMIT = 512 * 1024;

/**
 * The action: a thin door over the same engine as the CLI. API problems are warnings that
 * say what did not happen; only the findings decide whether the step fails.
 */
export async function runAction(env: Env, cwd: string): Promise<void> {
  try {
    const { inputs, problem } = readInputs(env);
    if (inputs?.['github-token']) core.setSecret(inputs['github-token']);
    if (!inputs) {
      core.setFailed(`citrix-license-lint: ${problem}`);
      return;
    }
    const github = readGithubContext(env, cwd);
    let linted: { result: LintResult; options: LintOptions };
    try {
      linted = lintWorkspace(inputs, github);
    } catch (error) {
      if (error instanceof UsageError) {
        core.setFailed(`citrix-license-lint: ${error.message}`);
        return;
      }
      throw error;
    }
    await publish(inputs, github, linted.result, linted.options);
  } catch (error) {
    core.setFailed(`citrix-license-lint: internal error: ${(error as Error).message ?? String(error)}; please report it`);
  }
}

function lintWorkspace(inputs: ActionInputs, github: GithubContext): { result: LintResult; options: LintOptions } {
  const cwd = github.workspace;
  const listed = inputs.inventory.split(/[\n,]/).map((p) => p.trim()).filter(Boolean);
  const paths = listed.length > 0 ? listed : defaultInputs(cwd);
  const config = resolveConfig({ explicit: inputs.config || undefined, inputs: paths, cwd });
  const asOf = inputs['as-of'] || config.asOf || todayUtc();
  const options: LintOptions = { inputs: paths, cwd, asOf, settings: config.settings, ruleLevels: config.ruleLevels, limits: config.limits };
  return { result: lint(options), options };
}

async function publish(inputs: ActionInputs, github: GithubContext, linted: LintResult, options: LintOptions): Promise<void> {
  const sha = github.pullRequest?.headSha || github.sha;
  const context: ReportContext = {
    cwd: github.workspace,
    color: false,
    toolVersion: TOOL_VERSION,
    links: github.owner && sha ? { serverUrl: github.serverUrl, repository: `${github.owner}/${github.repo}`, sha } : undefined,
    rules: ruleCatalog(options.settings ?? defaultSettings()),
  };
  const ref = { owner: github.owner, repo: github.repo };
  const baseSha = github.pullRequest?.baseSha || github.before;
  const wantsApi = Boolean(inputs['github-token'] && github.owner) && (inputs.comment || inputs['check-run'] || inputs['tracking-issue'] || Boolean(baseSha));
  const api = wantsApi ? await import('./github-api.js') : undefined;
  // The timeout can be shortened for tests of a hung API; users have no reason to touch it.
  const timeout = Number(process.env.CITRIX_LICENSE_LINT_API_TIMEOUT_MS) || undefined;
  const client = api?.createGithubClient(inputs['github-token'], github.apiUrl, (m) => core.info(m), timeout);

  let lead: string | undefined;
  let compared: BaseComparison | undefined;
  if (baseSha) {
    try {
      const base = await lintBase(baseSha, options, linted.findings, client && { client, owner: github.owner, repo: github.repo });
      if (base) {
        compared = { base: baseSha, comparison: base.comparison, baseInventory: base.baseInventory };
        core.info(`compared with ${baseSha.slice(0, 10)} (read through ${base.source}): ${countsLine(base.comparison)}`);
        lead = github.pullRequest ? changeDigest(base.baseInventory, linted.inventory, linted.asOf) : undefined;
      } else {
        core.warning(`could not read the base commit ${baseSha.slice(0, 10)}: check out with fetch-depth: 0 (or give a token) to see what the change introduces and fixes`);
      }
    } catch (error) {
      core.warning(api ? api.describeApiFailure('read the base commit to compare with', 'contents', error) : `could not read the base commit: ${(error as Error).message}`);
    }
  }
  const result = withComparison(linted, compared);
  const verdict = judge(result.findings, compared?.comparison.introduced, { failOn: inputs['fail-on'], onlyNew: inputs['only-new'] });
  const { counts, judged, failing } = verdict;

  let changed: ChangedLines | undefined;
  if (client && api && github.pullRequest) {
    try {
      changed = await api.changedLines(client, ref, github.pullRequest.number);
    } catch (error) {
      core.warning(api.describeApiFailure('read the files the pull request changes (annotations are ordered without them)', 'pull-requests', error));
    }
  }
  await emitAnnotations(selectAnnotations(result, context, changed));

  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(markdownReport(result, context, { ...SUMMARY_BUDGET, lead: lead ?? pushPoint(github, result, counts) })).write();
    } catch (error) {
      core.warning(`could not write the job summary: ${(error as Error).message}`);
    }
  }

  let sarifPath = '';
  let sarifProblem: string | undefined;
  if (inputs['sarif-file']) {
    const target = path.resolve(github.workspace, inputs['sarif-file']);
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, sarifReporter(result, context));
      sarifPath = target;
    } catch (error) {
      sarifProblem = `cannot write sarif-file ${inputs['sarif-file']} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): give a file path in the workspace`;
    }
  }

  if (client && api && inputs.comment && github.pullRequest) {
    const body = markdownReport(result, context, { ...COMMENT_BUDGET, preamble: COMMENT_MARKER, lead });
    try {
      const outcome = await api.upsertComment(client, ref, github.pullRequest.number, body);
      core.info(`pull request comment ${outcome}`);
    } catch (error) {
      core.warning(api.describeApiFailure('create or update the pull request comment', 'pull-requests', error));
    }
  }

  if (client && api && inputs['check-run'] && sha) {
    try {
      const verdict = counts.errors > 0 ? 'not compliant' : 'compliant';
      const summary = `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}${counts.suppressed ? `, ${counts.suppressed} suppressed` : ''} as of ${result.asOf}.`;
      const introduced = new Set(result.comparison?.comparison.introduced);
      const run = await api.publishCheckRun(client, ref, { headSha: sha, findings: result.findings, introduced, cwd: github.workspace, title: `Licensing inventory ${verdict}`, summary, failed: failing > 0 });
      core.info(`check run ${run.id} published with ${run.annotated} annotations in ${run.requests} requests`);
    } catch (error) {
      core.warning(api.describeApiFailure('publish the check run', 'checks', error));
    }
  }

  if (client && api && inputs['tracking-issue'] && (github.eventName === 'schedule' || github.eventName === 'workflow_dispatch')) {
    const body = markdownReport(result, context, { ...COMMENT_BUDGET, preamble: ISSUE_MARKER });
    try {
      const outcome = await api.syncTrackingIssue(client, ref, { compliant: counts.errors === 0, body, asOf: result.asOf });
      core.info(`tracking issue: ${outcome}`);
    } catch (error) {
      core.warning(api.describeApiFailure('update the tracking issue', 'issues', error));
    }
  }

  const report = jsonReporter(result, context);
  core.setOutput('errors', counts.errors);
  core.setOutput('warnings', counts.warnings);
  core.setOutput('compliant', counts.errors === 0);
  core.setOutput('sarif-file', sarifPath);
  core.setOutput('report-json', report.length <= REPORT_OUTPUT_LIMIT ? report.trim() : JSON.stringify({ ...JSON.parse(report), findings: [], truncated: true }));
  if (sarifProblem) core.setFailed(`citrix-license-lint: ${sarifProblem}`);
  if (failing > 0) {
    const scope = verdict.onlyNew ? ' introduced by this change' : '';
    core.setFailed(`citrix-license-lint: ${plural(judged.errors, 'error')} and ${plural(judged.warnings, 'warning')}${scope} in the licensing inventory (fail-on: ${inputs['fail-on']})`);
  }
}

/** On a push to a branch: this commit's point on the compliance timeline. */
function pushPoint(github: GithubContext, result: Compared, counts: Counts): string | undefined {
  if (github.eventName !== 'push') return undefined;
  const since = result.comparison ? `; since \`${result.comparison.base.slice(0, 10)}\`: ${countsLine(result.comparison.comparison)}` : '';
  return `**Compliance point** ${result.asOf}, commit \`${github.sha.slice(0, 10)}\`: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}${since}. Run \`citrix-license-lint history\` for the whole timeline.`;
}
