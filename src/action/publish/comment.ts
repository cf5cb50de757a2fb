import { COMMENT_BUDGET, markdownReport } from '../../reporters/markdown.js';
import { COMMENT_MARKER } from './marker.js';
import type { PublishLog, PublishRun } from './publish-run.js';

/** The sticky pull request comment, when asked for on a pull request. */
export async function publishComment(run: PublishRun, log: PublishLog): Promise<void> {
  const { api, github } = run;
  if (!api || !run.inputs.comment || !github.pullRequest) return;
  const body = markdownReport(run.result, run.context, { ...COMMENT_BUDGET, preamble: COMMENT_MARKER, lead: run.digest });
  try {
    const outcome = await api.module.upsertComment(api.client, api.ref, github.pullRequest.number, body);
    log.info(`pull request comment ${outcome}`);
  } catch (error) {
    log.warning(api.module.describeApiFailure('create or update the pull request comment', 'pull-requests', error));
  }
}
