import { throttling } from '@octokit/plugin-throttling';
import type { Clock } from './runner.js';

/**
 * GitHub asks for writes one at a time, at least a second apart ("Best practices for using the
 * REST API", docs.github.com); @octokit/plugin-throttling also keeps three seconds between
 * writes that notify people (comments, issues). Its timers cannot be injected, so the spacing
 * is kept here, on the step's clock: tests record the waits instead of sleeping through them.
 */
const WRITE_GAP_MS = 1_000;
const NOTIFYING_GAP_MS = 3_000;

/** Waits, before each request, until GitHub's spacing of writes allows it. */
export function writePacing(clock: Clock): (method: string, url: string) => Promise<void> {
  let lastWrite = Number.NEGATIVE_INFINITY;
  let lastNotifying = Number.NEGATIVE_INFINITY;
  return async (method, url) => {
    if (method === 'GET' || method === 'HEAD') return;
    const notifying = throttling.triggersNotification(new URL(url, 'http://github.test').pathname);
    const wait = Math.max(
      lastWrite + WRITE_GAP_MS - clock.now().getTime(),
      notifying ? lastNotifying + NOTIFYING_GAP_MS - clock.now().getTime() : 0,
    );
    if (wait > 0) await clock.sleep(wait);
    lastWrite = clock.now().getTime();
    if (notifying) lastNotifying = lastWrite;
  };
}

/** In place of the plugin's write and notification queues, which would space writes a second time on real timers. */
export const UNPACED = { key: () => ({ schedule: <T>(_options: unknown, task: () => Promise<T>) => task() }) };
