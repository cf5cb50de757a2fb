import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GithubClient = InstanceType<typeof Octokit>;

/** Each request gives up after this long, so a hung API cannot hang the step. */
export const REQUEST_TIMEOUT_MS = 20_000;
/** Rate-limited requests are retried this many times, after the wait GitHub asks for. */
const RATE_LIMIT_RETRIES = 2;

export function createGithubClient(
  token: string,
  baseUrl: string,
  warn: (message: string) => void,
  timeoutMs = REQUEST_TIMEOUT_MS,
): GithubClient {
  const Client = Octokit.plugin(retry, throttling);
  return new Client({
    auth: token,
    baseUrl,
    userAgent: 'citrix-license-lint',
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    request: {
      fetch: (url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
    },
    retry: { retries: 2 },
    throttle: {
      // retry-after is honoured by the plugin: it waits that long before trying again.
      onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        if (retryCount >= RATE_LIMIT_RETRIES) return false;
        warn(`GitHub rate limit on ${options.method} ${options.url}: retrying in ${retryAfter} s`);
        return true;
      },
      onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        if (retryCount >= RATE_LIMIT_RETRIES) return false;
        warn(`GitHub secondary rate limit on ${options.method} ${options.url}: retrying in ${retryAfter} s`);
        return true;
      },
    },
  });
}

/** Turns an API failure into one sentence that says what did not happen and why. */
export function describeApiFailure(what: string, permission: string, error: unknown): string {
  const status = (error as { status?: number }).status;
  if (status === 403 || status === 401) {
    return `could not ${what}: the token may not write here (HTTP ${status}). Give the workflow \`permissions: ${permission}: write\`; pull requests from forks never get it. Annotations, the job summary and the exit status are unaffected.`;
  }
  if (status === 404) return `could not ${what}: GitHub answered 404 (not found, or no access with this token).`;
  // Never the error's message: for an answer that is not GitHub's JSON (a proxy's page, say)
  // it quotes that answer, which may echo the request and its token (issue 16).
  const code = (error as NodeJS.ErrnoException).code ?? (error as { cause?: NodeJS.ErrnoException }).cause?.code;
  const reason = status
    ? `HTTP ${status}`
    : (error as Error).name === 'TimeoutError'
      ? 'the request timed out'
      : typeof code === 'string' && /^E[A-Z_]+$/.test(code)
        ? `network error ${code}`
        : 'the answer was not the JSON GitHub sends (a proxy or a captive portal in the way?)';
  return `could not ${what}: ${reason}. The verdict of the findings is unaffected.`;
}
