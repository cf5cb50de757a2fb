import { COMMENT_BUDGET, markdownReport } from '../../reporters/markdown.js';
import { COMMENT_MARKER } from './marker.js';
import { weakeningMarkdown } from '../../reporters/weakening.js';
import type { PublishLog, PublishRun } from './publish-run.js';

/** The sticky pull request comment, when asked for on a pull request. */
export async function publishComment(run: PublishRun, log: PublishLog): Promise<void> {
  const { api, github } = run;
  if (!api || !run.inputs.comment || !github.pullRequest) return;
  // A change to the change's own checks is said before the verdict (issue 16).
  const preamble = [COMMENT_MARKER, weakeningMarkdown(run.configChange)].filter(Boolean).join('\n\n');
  const body = markdownReport(run.result, run.context, { ...COMMENT_BUDGET, preamble, lead: run.digest });
  try {
    const outcome = await api.module.upsertComment(api.client, api.ref, github.pullRequest.number, body);
    log.info(`pull request comment ${outcome}`);
  } catch (error) {
    log.warning(api.module.describeApiFailure('create or update the pull request comment', 'pull-requests', error));
  }
}
