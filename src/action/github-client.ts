import { Octokit } from '@octokit/rest';
import { type ThrottlingOptions, throttling } from '@octokit/plugin-throttling';
import { classifyFailure, isTransient } from './api-failure.js';
import { systemClock, type Clock } from './runner.js';
import { UNPACED, writePacing } from './write-pacing.js';

export type GithubClient = InstanceType<typeof Octokit>;

/** Each request gives up after this long, so a hung API cannot hang the step. */
export const REQUEST_TIMEOUT_MS = 20_000;
/** Rate-limited requests are retried this many times, after the wait GitHub asks for. */
const RATE_LIMIT_RETRIES = 2;
/** Reads (and edits that set a whole body) are tried this many more times after a 5xx. */
const READ_RETRIES = 2;
/** A retry-after longer than this is not waited for: the step would look hung. */
const MAX_RETRY_AFTER_S = 60;

/**
 * The REST client. Only requests that cannot create anything twice are retried here: GETs,
 * and PATCHes that replace a comment's or issue's body. A POST, or a PATCH that appends
 * annotations, is never retried blindly: `createOnce` looks for what a failed attempt may
 * have created first. A timeout is not retried (it would only wait as long again).
 */
export function createGithubClient(
  token: string,
  baseUrl: string,
  warn: (message: string) => void,
  timeoutMs = REQUEST_TIMEOUT_MS,
  retryDelayMs = 1_000,
  clock: Clock = systemClock,
): GithubClient {
  const paced = writePacing(clock);
  const Client = Octokit.plugin(throttling);
  const client = new Client({
    auth: token,
    baseUrl,
    userAgent: 'citrix-license-lint',
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    request: {
      fetch: (url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
    },
    throttle: {
      // Writes are paced by writePacing (see write-pacing.ts), on the step's clock.
      write: UNPACED as unknown as ThrottlingOptions['write'],
      notifications: UNPACED as unknown as ThrottlingOptions['notifications'],
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
  client.hook.wrap('request', async (request, options) => {
    const idempotent = options.method === 'GET' || (options.method === 'PATCH' && !String(options.url).includes('check-runs'));
    for (let attempt = 0; ; attempt++) {
      try {
        return await paced(options.method, String(options.url), async () => request(options));
      } catch (error) {
        const failure = classifyFailure(error);
        // 429 is a refusal before any work (REST API, rate limits): safe to repeat, even a POST,
        // after the wait GitHub names.
        if (failure.kind === 'http' && failure.status === 429 && attempt < RATE_LIMIT_RETRIES) {
          const headers = (error as { response?: { headers?: Record<string, string> } }).response?.headers ?? {};
          const wait = Math.min(Number(headers['retry-after']) || 1, MAX_RETRY_AFTER_S);
          warn(`GitHub answered 429 on ${options.method} ${options.url}: retrying in ${wait} s`);
          await clock.sleep(wait * 1000);
          continue;
        }
        // A refused connection rarely comes back within seconds: one more try, not two.
        const limit = failure.kind === 'unreachable' ? 1 : READ_RETRIES;
        if (!idempotent || attempt >= limit || failure.kind === 'timeout' || !isTransient(failure)) throw error;
        await clock.sleep(retryDelayMs * (attempt + 1));
      }
    }
  });
  return client;
}

/**
 * A creating request (POST) tried at most twice: after a failure that may have reached
 * GitHub (5xx, a dropped connection), look for what it may have created before trying again.
 */
export async function createOnce<T>(create: () => Promise<T>, find: () => Promise<T | undefined>): Promise<T> {
  try {
    return await create();
  } catch (error) {
    const failure = classifyFailure(error);
    if (!isTransient(failure)) throw error;
    const found = await find().catch(() => undefined);
    if (found !== undefined) return found;
    // After a timeout GitHub is slow, not down: one more wait would double the step's delay.
    if (failure.kind === 'timeout') throw error;
    return await create();
  }
}
