import type { ActionInputs } from './inputs.js';
import type { GithubContext } from './github-context.js';
import type { ApiAccess, Env } from './publish/publish-run.js';
import type { Clock, Runner } from './runner.js';

/**
 * GitHub's API, when a token is given and something needs it (a publisher that writes, or a
 * base commit to compare with); its module is loaded only then.
 */
export async function connectApi(
  inputs: ActionInputs,
  github: GithubContext,
  env: Env,
  runner: Runner,
  clock: Clock,
): Promise<ApiAccess | undefined> {
  const baseSha = github.pullRequest?.baseSha || github.before;
  const wantsApi =
    Boolean(inputs['github-token'] && github.owner) &&
    (inputs.comment || inputs['check-run'] || inputs['tracking-issue'] || Boolean(baseSha));
  if (!wantsApi) return undefined;
  const module = await import('./github-api.js');
  // The timeout can be shortened for tests of a hung API; users have no reason to touch it.
  const timeout = Number(env.CITRIX_LICENSE_LINT_API_TIMEOUT_MS) || undefined;
  const retryDelay = env.CITRIX_LICENSE_LINT_API_RETRY_MS === undefined ? undefined : Number(env.CITRIX_LICENSE_LINT_API_RETRY_MS);
  const client = module.createGithubClient(inputs['github-token'], github.apiUrl, (m) => runner.info(m), timeout, retryDelay, clock);
  let identity: Promise<string> | undefined;
  return {
    module,
    client,
    ref: { owner: github.owner, repo: github.repo },
    identity: () => (identity ??= module.tokenIdentity(client)),
    // A fork's pull request runs with a read-only token: no write can succeed.
    readOnly: github.pullRequest?.fromFork ? 'fork' : undefined,
  };
}
