import type { Compared } from '../../change/compare.js';
import type { ConfigChange } from '../../change/config-weakening.js';
import type { Settings } from '../../domain/settings.js';
import type { ChangeDigest } from '../../change/digest.js';
import type { EvidenceChange } from '../../change/evidence-change.js';
import type { Verdict } from '../../engine/verdict.js';
import type { ReportContext } from '../../reporters/context.js';
import type { ChangedLines } from '../../reporters/annotation-scope.js';
import type { VerdictWords } from '../../reporters/verdict-words.js';
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
  /** The verdict in words: every output states this one. */
  words: VerdictWords;
  /** Tells this use of the action from another in the same repository. */
  id: string;
  /** The settings the run was judged with (the license position reads collected evidence by their age limit). */
  settings: Settings;
  /** What a pull request changes in licensing terms: the comment and the summary open with it. */
  digest: ChangeDigest | undefined;
  /** What a pull request changes in its own configuration and suppressions: the comment, summary and check run say it first. */
  configChange?: ConfigChange;
  /** What a pull request changes in collected evidence: said first too, next to the configuration. */
  evidenceChange?: EvidenceChange;
  /** A push's point on the compliance timeline: the summary opens with it when there is no digest. */
  pushPoint: string | undefined;
  /** Lines the pull request changed, when they could be read. */
  changed: ChangedLines | undefined;
  /** The workflow run, and the check run once published: reports link both. */
  links: { run?: string; checkRun?: string };
  /** Present when a token was given and the API is needed. */
  api: ApiAccess | undefined;
}

export interface ApiAccess {
  module: GithubApi;
  client: GithubClient;
  ref: RepoRef;
  /** The login this token writes as (asked once). */
  identity: () => Promise<string>;
  /** Why writing is pointless for this run (a fork's read-only token); publishers skip quietly. */
  readOnly?: string;
  /** Set after the API could not be reached or timed out: later publishers skip, naming it. */
  down?: string;
}

/** Where a publisher says what did not happen; none of it fails the step. */
export interface PublishLog {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
}

/** Runs one publisher's API work: skips when the API is known down, and records a transport failure. */
export async function withApi(
  api: ApiAccess,
  log: PublishLog,
  what: string,
  permission: string,
  eventName: string,
  work: () => Promise<void>,
): Promise<void> {
  if (api.down) {
    log.warning(`did not ${what}: ${api.down} earlier in this step.`);
    return;
  }
  try {
    await work();
  } catch (error) {
    const failure = api.module.classifyFailure(error);
    if (failure.kind !== 'http') api.down = failure.detail;
    log.warning(api.module.describeApiFailure(what, permission, error, { eventName }));
  }
}
