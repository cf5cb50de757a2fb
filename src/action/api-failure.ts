import type { GithubContext } from './github-context.js';

/** What went wrong with a request, told apart: the network, a timeout, or GitHub's answer. */
export type Failure =
  | { kind: 'timeout'; detail: string }
  | { kind: 'unreachable'; detail: string }
  | { kind: 'http'; status: number; detail: string };

/**
 * Octokit reports every transport failure as "HTTP 500" (@octokit/request wraps a failed
 * fetch in a RequestError with status 500 and keeps the real error as `cause`). An answer
 * that really came from GitHub has a `response`; anything else is the network.
 */
export function classifyFailure(error: unknown): Failure {
  const e = error as {
    status?: number;
    response?: unknown;
    cause?: { name?: string; message?: string; code?: string; cause?: { code?: string; message?: string } };
    message?: string;
    name?: string;
  };
  const cause = e.cause;
  if (e.name === 'TimeoutError' || cause?.name === 'TimeoutError' || cause?.name === 'AbortError') {
    return { kind: 'timeout', detail: 'the request timed out' };
  }
  // Never an error's message: for an answer that is not GitHub's JSON (a proxy's page, say) it
  // quotes that answer, which may echo the request and its token (issue 16). Codes and statuses only.
  if (e.response === undefined && (cause !== undefined || e.status === undefined)) {
    // No cause and no status: the request went through but what came back was not GitHub's.
    if (cause === undefined)
      return { kind: 'unreachable', detail: 'the answer was not the JSON GitHub sends (a proxy or a captive portal in the way?)' };
    const code = cause.cause?.code ?? cause.code;
    return {
      kind: 'unreachable',
      detail: `GitHub's API could not be reached (${typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code) ? code : 'network error'})`,
    };
  }
  const status = e.status ?? 0;
  return { kind: 'http', status, detail: `GitHub answered HTTP ${status}` };
}

/** True when trying again may help: the network, or GitHub's own 5xx. */
export function isTransient(failure: Failure): boolean {
  return failure.kind !== 'http' || failure.status >= 500;
}

/**
 * One sentence: what was not published and why, in the terms of this event. Permission
 * advice talks about forks only on pull requests; a schedule never runs for a fork.
 */
export function describeApiFailure(what: string, permission: string, error: unknown, github?: Pick<GithubContext, 'eventName'>): string {
  const failure = classifyFailure(error);
  if (failure.kind === 'http' && (failure.status === 403 || failure.status === 401)) {
    return `could not ${what}: the token may not do this (HTTP ${failure.status}). Give the job \`permissions: ${permission}: write\`${github?.eventName === 'pull_request' ? ' (a Dependabot pull request gets a read-only token whatever the workflow asks)' : ''}. Annotations, the job summary and the step's result are unaffected.`;
  }
  if (failure.kind === 'http' && failure.status === 404)
    return `could not ${what}: GitHub answered 404 (not found, or no access with this token).`;
  if (failure.kind === 'http' && failure.status === 422) return `could not ${what}: GitHub refused it as invalid (HTTP 422).`;
  return `could not ${what}: ${failure.detail}. The step's result is unaffected.`;
}
