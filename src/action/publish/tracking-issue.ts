import type { GithubClient } from '../github-client.js';
import { ISSUE_MARKER, ISSUE_TITLE } from './marker.js';
import type { RepoRef } from './sticky-comment.js';

export type TrackingOutcome = 'opened' | 'updated' | 'reopened' | 'closed' | 'none';

/**
 * One issue that lists the current violations, found again by its hidden marker: opened
 * when a scheduled run finds errors, updated while they last, closed with a comment when
 * the inventory is compliant again, and reopened if it regresses.
 */
export async function syncTrackingIssue(
  client: GithubClient,
  ref: RepoRef,
  options: { compliant: boolean; body: string; asOf: string },
): Promise<TrackingOutcome> {
  const issues = await client.paginate(client.rest.issues.listForRepo, { ...ref, state: 'all', per_page: 100 });
  const ours = issues.filter((i) => !i.pull_request && i.body?.includes(ISSUE_MARKER));
  const existing = ours.find((i) => i.state === 'open') ?? ours.sort((a, b) => b.number - a.number)[0];
  if (options.compliant) {
    if (!existing || existing.state !== 'open') return 'none';
    await client.rest.issues.createComment({
      ...ref,
      issue_number: existing.number,
      body: `${ISSUE_MARKER}\nThe inventory is compliant again as of ${options.asOf}: closing.`,
    });
    await client.rest.issues.update({
      ...ref,
      issue_number: existing.number,
      state: 'closed',
      state_reason: 'completed',
      body: options.body,
    });
    return 'closed';
  }
  if (!existing) {
    await client.rest.issues.create({ ...ref, title: ISSUE_TITLE, body: options.body });
    return 'opened';
  }
  const reopening = existing.state !== 'open';
  await client.rest.issues.update({
    ...ref,
    issue_number: existing.number,
    body: options.body,
    ...(reopening ? { state: 'open' as const } : {}),
  });
  return reopening ? 'reopened' : 'updated';
}
