import type { Compared } from '../../change/compare.js';
import type { ConfigChange } from '../../change/config-weakening.js';
import type { Verdict } from '../../engine/verdict.js';
import type { ReportContext } from '../../reporters/context.js';
import type { ChangedLines } from '../../reporters/github.js';
import type { GithubClient } from '../github-client.js';
import type { GithubContext } from '../github-context.js';
import type { ActionInputs } from '../inputs.js';
import type { RepoRef } from './sticky-comment.js';

export type Env = Readonly<Record<string, string | undefined>>;

/** The API barrel (./github-api.ts), imported only when a publisher needs the API. */
export type GithubApi = typeof import('../github-api.js');

/** What every publisher reads: one run, judged, with everything it needs injected. */
export interface PublishRun {
  inputs: ActionInputs;
  github: GithubContext;
  env: Env;
  result: Compared;
  context: ReportContext;
  verdict: Verdict;
  /** What a pull request changes in licensing terms: the comment and the summary open with it. */
  digest: string | undefined;
  /** What a pull request changes in its own configuration and suppressions: the comment, summary and check run say it first. */
  configChange?: ConfigChange;
  /** A push's point on the compliance timeline: the summary opens with it when there is no digest. */
  pushPoint: string | undefined;
  /** Lines the pull request changed, when they could be read. */
  changed: ChangedLines | undefined;
  /** Present when a token was given and the API is needed. */
  api: { module: GithubApi; client: GithubClient; ref: RepoRef } | undefined;
}

/** Where a publisher says what did not happen; none of it fails the step. */
export interface PublishLog {
  info(message: string): void;
  warning(message: string): void;
}
