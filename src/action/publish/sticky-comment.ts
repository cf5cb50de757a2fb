import { classifyFailure } from '../api-failure.js';
import { createOnce, type GithubClient } from '../github-client.js';
import { writtenBy } from '../identity.js';
import { startsWithMarker } from './marker.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export type CommentOutcome = 'created' | 'updated' | 'replaced by a short note (the full report was refused)';

/**
 * One comment per pull request and action id, found again by its hidden marker (its first
 * line) among the comments this token's identity wrote (a human's comment that quotes the
 * marker is never touched), and edited in place on every run. If GitHub refuses the full body, the comment
 * is replaced by `fallback` (the verdict and where to see the report), so an earlier verdict
 * never stays visible.
 */
export async function upsertComment(
  client: GithubClient,
  ref: RepoRef,
  issueNumber: number,
  options: { marker: string; login: string; body: string; fallback: string },
): Promise<CommentOutcome> {
  const find = async () => {
    const comments = await client.paginate(client.rest.issues.listComments, { ...ref, issue_number: issueNumber, per_page: 100 });
    return comments.find((c) => writtenBy(c, options.login) && startsWithMarker(c.body, options.marker));
  };
  const existing = await find();
  if (existing) {
    try {
      await client.rest.issues.updateComment({ ...ref, comment_id: existing.id, body: options.body });
      return 'updated';
    } catch (error) {
      const failure = classifyFailure(error);
      // Deleted between listing and editing: post a fresh one below instead.
      if (failure.kind !== 'http' || failure.status !== 404) {
        // Whatever the reason, the old verdict must not stay: put the short note in its place.
        try {
          await client.rest.issues.updateComment({ ...ref, comment_id: existing.id, body: options.fallback });
        } catch {
          throw error;
        }
        if (failure.kind === 'http' && failure.status === 422) return 'replaced by a short note (the full report was refused)';
        throw error;
      }
    }
  }
  const create = (body: string) => async () =>
    (await client.rest.issues.createComment({ ...ref, issue_number: issueNumber, body })).data.id;
  try {
    await createOnce(create(options.body), async () => (await find())?.id);
    return 'created';
  } catch (error) {
    const failure = classifyFailure(error);
    if (failure.kind !== 'http' || failure.status !== 422) throw error;
    await createOnce(create(options.fallback), async () => (await find())?.id);
    return 'replaced by a short note (the full report was refused)';
  }
}
