import { readFileSync } from 'node:fs';

export interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
  /** A pull request from a fork: its token can never write. */
  fromFork: boolean;
}

export interface GithubContext {
  eventName: string;
  owner: string;
  repo: string;
  sha: string;
  apiUrl: string;
  serverUrl: string;
  workspace: string;
  pullRequest?: PullRequestInfo;
  /** On push: the commit the branch pointed at before. */
  before?: string;
  /** The ref the run is on (GITHUB_REF). */
  ref: string;
  /** True when the run is on the repository's default branch (a schedule always is). */
  onDefaultBranch: boolean;
  runId: string;
  runAttempt: string;
}

/** What the runner tells the step about the event, from its environment and event payload. */
export function readGithubContext(env: Readonly<Record<string, string | undefined>>, cwd: string): GithubContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  const pr = payload.pull_request as
    | { number?: number; head?: { sha?: string; repo?: { full_name?: string } }; base?: { sha?: string; repo?: { full_name?: string } } }
    | undefined;
  const pullRequest =
    pr && typeof pr.number === 'number'
      ? {
          number: pr.number,
          headSha: pr.head?.sha ?? env.GITHUB_SHA ?? '',
          baseSha: pr.base?.sha ?? '',
          fromFork: Boolean(pr.head?.repo?.full_name && pr.base?.repo?.full_name && pr.head.repo.full_name !== pr.base.repo.full_name),
        }
      : undefined;
  const ref = env.GITHUB_REF ?? '';
  const defaultBranch = (payload.repository as { default_branch?: string } | undefined)?.default_branch;
  const onDefaultBranch = eventName === 'schedule' || (defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`);
  return {
    eventName,
    ref,
    onDefaultBranch,
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    workspace: env.GITHUB_WORKSPACE ?? cwd,
    pullRequest,
    before: typeof payload.before === 'string' && !/^0+$/.test(payload.before) ? payload.before : undefined,
  };
}
