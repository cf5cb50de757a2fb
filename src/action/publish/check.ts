import { type AnnotationScope, checkRunAnnotationLimit } from '../../reporters/annotation-scope.js';
import { CHECK_OUTPUT_MAX } from '../../reporters/github-limits.js';
import { markdownReport } from '../../reporters/markdown.js';
import { weakeningWarning } from '../../reporters/weakening.js';
import { evidenceChangeWarning } from '../../reporters/evidence-change.js';
import { formatCount, plural } from '../../util/format.js';
import { runAnnotationScope } from './annotations.js';
import { checkRunName } from './marker.js';
import { type PublishLog, type PublishRun, withApi } from './publish-run.js';
import { whereAll } from './short-report.js';
import { standingWarnings } from './warnings.js';

/** The check run with the findings as annotations, when asked for and the commit is known. */
export async function publishCheck(run: PublishRun, log: PublishLog): Promise<void> {
  const { api, github, result, verdict, words } = run;
  const sha = github.pullRequest?.headSha || github.sha;
  if (!api || api.readOnly || !run.inputs['check-run'] || !sha) return;
  const scope = runAnnotationScope(run);
  const annotated = scope.findings.slice(0, checkRunAnnotationLimit(scope));
  const summary = markdownReport(result, run.context, {
    budget: CHECK_OUTPUT_MAX,
    // A change to its own checks is said first (issue 16), then what is not annotated.
    warnings: standingWarnings(run),
    lead: notAnnotatedNote(scope, annotated.length, run),
    verdict,
    runLinks: { run: run.links.run },
    whereAll: whereAll(run),
  });
  const weakened = weakeningWarning(run.configChange) !== undefined;
  const evidence = evidenceChangeWarning(run.evidenceChange) !== undefined;
  await withApi(api, log, 'publish the check run', 'checks', github.eventName, async () => {
    const published = await api.module.publishCheckRun(api.client, api.ref, {
      name: checkRunName(run.id),
      externalId: `${github.runId || 'run'}-${github.runAttempt || '1'}-${run.id}`,
      headSha: sha,
      findings: annotated,
      cwd: run.context.cwd,
      title: `${words.icon} ${words.title}${weakened ? ' (this change modifies its own checks)' : ''}${evidence ? ' (this change modifies collected evidence)' : ''} (${plural(verdict.counts.errors, 'error')}, ${plural(verdict.counts.warnings, 'warning')})`,
      summary,
      failed: !words.passed,
    });
    if (published.url) run.links.checkRun = published.url;
    log.info(`check run ${published.id} published with ${published.annotated} annotations in ${published.requests} requests`);
    if (published.lost > 0)
      log.warning(
        `could not add ${plural(published.lost, 'annotation')} to the check run (GitHub refused or dropped a batch; batches are not retried, as they append): they are in the job summary and the SARIF.`,
      );
  });
}

/** How many findings the check run does not annotate, why, and where they are; undefined when it annotates all. */
function notAnnotatedNote(scope: AnnotationScope, annotated: number, run: PublishRun): string | undefined {
  const left = scope.active - annotated;
  if (left <= 0) return undefined;
  const why =
    scope.basis === 'change'
      ? `annotations mark what this change introduces and the lines it changes${annotated < scope.findings.length ? `, the first ${formatCount(annotated)} of them` : ''}`
      : `this check run annotates the first ${formatCount(annotated)}, errors first`;
  const sarif = run.inputs['sarif-file'] ? ' Code scanning annotates the SARIF upload by itself.' : '';
  return `_${formatCount(left)} ${left === 1 ? 'finding is' : 'findings are'} not annotated here (${why}; each 50 annotations are one more API write, and GitHub asks for a second between writes). The tables below list them as far as GitHub's size limit allows; ${whereAll(run)}.${sarif}_`;
}
