import { plural } from '../../util/format.js';
import type { PublishLog, PublishRun } from './publish-run.js';
import { weakeningMarkdown } from '../../reporters/weakening.js';

/** The check run with every finding as an annotation, when asked for and the commit is known. */
export async function publishCheck(run: PublishRun, log: PublishLog): Promise<void> {
  const { api, github, result, verdict } = run;
  const sha = github.pullRequest?.headSha || github.sha;
  if (!api || !run.inputs['check-run'] || !sha) return;
  const { counts } = verdict;
  try {
    const status = counts.errors > 0 ? 'not compliant' : 'compliant';
    const weakened = weakeningMarkdown(run.configChange);
    const summary = `${weakened ? `${weakened}\n\n` : ''}${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}${counts.suppressed ? `, ${counts.suppressed} suppressed` : ''} as of ${result.asOf}.`;
    const introduced = new Set(result.comparison?.comparison.introduced);
    const published = await api.module.publishCheckRun(api.client, api.ref, {
      headSha: sha,
      findings: result.findings,
      introduced,
      cwd: github.workspace,
      title: `Licensing inventory ${status}${weakened ? ' (this change modifies its own checks)' : ''}`,
      summary,
      failed: verdict.failing > 0,
    });
    log.info(`check run ${published.id} published with ${published.annotated} annotations in ${published.requests} requests`);
  } catch (error) {
    log.warning(api.module.describeApiFailure('publish the check run', 'checks', error));
  }
}
