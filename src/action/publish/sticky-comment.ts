import type { GithubClient } from '../github-client.js';
import { COMMENT_MARKER } from './marker.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * One comment per pull request, found again by its hidden marker and edited in place on
 * every run, so a busy pull request never collects a pile of bot comments.
 */
export async function upsertComment(client: GithubClient, ref: RepoRef, issueNumber: number, body: string): Promise<'created' | 'updated'> {
  const comments = await client.paginate(client.rest.issues.listComments, { ...ref, issue_number: issueNumber, per_page: 100 });
  const existing = comments.find((c) => c.body?.includes(COMMENT_MARKER));
  if (existing) {
    try {
      await client.rest.issues.updateComment({ ...ref, comment_id: existing.id, body });
      return 'updated';
    } catch (error) {
      // Deleted between listing and editing: post a fresh one instead.
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  await client.rest.issues.createComment({ ...ref, issue_number: issueNumber, body });
  return 'created';
}
