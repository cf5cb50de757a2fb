import { COMMENT_BUDGET, markdownReport } from '../../reporters/markdown.js';
import { ISSUE_MARKER } from './marker.js';
import type { PublishLog, PublishRun } from './publish-run.js';

/** The tracking issue, kept in step by scheduled and manual runs only. */
export async function publishTrackingIssue(run: PublishRun, log: PublishLog): Promise<void> {
  const { api, github } = run;
  if (!api || !run.inputs['tracking-issue'] || (github.eventName !== 'schedule' && github.eventName !== 'workflow_dispatch')) return;
  const body = markdownReport(run.result, run.context, { ...COMMENT_BUDGET, preamble: ISSUE_MARKER });
  try {
    const outcome = await api.module.syncTrackingIssue(api.client, api.ref, {
      compliant: run.verdict.counts.errors === 0,
      body,
      asOf: run.result.asOf,
    });
    log.info(`tracking issue: ${outcome}`);
  } catch (error) {
    log.warning(api.module.describeApiFailure('update the tracking issue', 'issues', error));
  }
}
