import { GITHUB_TOKEN_LOGIN } from '../reporters/github-limits.js';
import type { GithubClient } from './github-client.js';

/**
 * The login that what this token writes is authored by: the user (or machine user) of a
 * personal token, as `GET /user` says; `github-actions[bot]` for a workflow's GITHUB_TOKEN,
 * which `GET /user` refuses (an installation token has no user: 403 "Resource not accessible
 * by integration"). Only comments and issues by this login are ever adopted and edited.
 */
export async function tokenIdentity(client: GithubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 401 || status === 404) return GITHUB_TOKEN_LOGIN;
    throw error;
  }
}

/** Only what the token's own identity wrote may be adopted. */
export function writtenBy(item: { user?: { login?: string } | null }, login: string): boolean {
  return item.user?.login === login;
}
