import { COMMENT_BODY_MAX } from '../../reporters/github-limits.js';
import { markdownReport } from '../../reporters/markdown.js';
import { commentMarker } from './marker.js';
import { type PublishLog, type PublishRun, withApi } from './publish-run.js';
import { shortReport, whereAll } from './short-report.js';
import { standingWarnings } from './warnings.js';
import { positionChangeSection, roomBeside } from './position-section.js';

/** The sticky pull request comment, when asked for on a pull request. */
export async function publishComment(run: PublishRun, log: PublishLog): Promise<void> {
  const { api, github } = run;
  if (!api || api.readOnly || !run.inputs.comment || !github.pullRequest) return;
  const pull = github.pullRequest;
  const marker = commentMarker(run.id);
  const position = positionChangeSection(run, COMMENT_BODY_MAX);
  const report = markdownReport(run.result, run.context, {
    budget: COMMENT_BODY_MAX - roomBeside(position),
    marker,
    // A change to the change's own checks is said before the verdict (issue 16).
    warnings: standingWarnings(run),
    digest: run.digest,
    verdict: run.verdict,
    runLinks: run.links,
    whereAll: whereAll(run),
  });
  const body = position ? `${report}\n${position}\n` : report;
  await withApi(api, log, 'create or update the pull request comment', 'pull-requests', github.eventName, async () => {
    const outcome = await api.module.upsertComment(api.client, api.ref, pull.number, {
      marker,
      login: await api.identity(),
      body,
      fallback: shortReport(run, marker),
    });
    log.info(`pull request comment ${outcome}`);
  });
}
