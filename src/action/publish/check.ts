import { CHECK_OUTPUT_MAX, MAX_CHECK_ANNOTATIONS } from '../../reporters/github-limits.js';
import { markdownReport } from '../../reporters/markdown.js';
import { byUrgency } from '../../reporters/urgency.js';
import { formatCount, plural } from '../../util/format.js';
import { checkRunName } from './marker.js';
import { type PublishLog, type PublishRun, withApi } from './publish-run.js';
import { whereAll } from './short-report.js';
import { weakeningMarkdown } from '../../reporters/weakening.js';
import { evidenceChangeMarkdown } from '../../reporters/evidence-change.js';

/** The check run with the findings as annotations, when asked for and the commit is known. */
export async function publishCheck(run: PublishRun, log: PublishLog): Promise<void> {
  const { api, github, result, verdict, words } = run;
  const sha = github.pullRequest?.headSha || github.sha;
  if (!api || api.readOnly || !run.inputs['check-run'] || !sha) return;
  const active = result.findings.filter((f) => !f.suppression);
  const introduced = new Set(result.comparison?.comparison.introduced);
  // What the change introduced first, then by urgency.
  const ordered = byUrgency(result, active).sort((a, b) => Number(introduced.has(b)) - Number(introduced.has(a)));
  const notAnnotated = Math.max(0, ordered.length - MAX_CHECK_ANNOTATIONS);
  const note =
    notAnnotated > 0
      ? `${formatCount(notAnnotated)} more ${notAnnotated === 1 ? 'finding is' : 'findings are'} not annotated here (GitHub limits how many requests an action may make): `
      : '';
  // A change to its own checks is said first (issue 16), then what is not annotated.
  const weakened = weakeningMarkdown(run.configChange);
  const evidence = evidenceChangeMarkdown(run.evidenceChange);
  const preamble = [weakened, evidence, note ? `_${note}${whereAll(run)}._` : undefined].filter(Boolean).join('\n\n');
  const summary = markdownReport(result, run.context, {
    budget: CHECK_OUTPUT_MAX,
    preamble: preamble || undefined,
    verdict,
    runLinks: { run: run.links.run },
    whereAll: whereAll(run),
  });
  await withApi(api, log, 'publish the check run', 'checks', github.eventName, async () => {
    const published = await api.module.publishCheckRun(api.client, api.ref, {
      name: checkRunName(run.id),
      externalId: `${github.runId || 'run'}-${github.runAttempt || '1'}-${run.id}`,
      headSha: sha,
      findings: ordered,
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
