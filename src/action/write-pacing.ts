import { throttling } from '@octokit/plugin-throttling';
import { WRITE_PAUSE_MS, WRITES_WITHOUT_PAUSE } from '../reporters/github-limits.js';
import type { Clock } from './runner.js';

/** @octokit/plugin-throttling's spacing of writes that notify people (comments, issues), kept as it was. */
const NOTIFYING_GAP_MS = 3_000;

/** Sends one request when the pacing of writes allows it; reads go at once. */
export type Paced = <T>(method: string, url: string, send: () => Promise<T>) => Promise<T>;

/**
 * When a write may go: one at a time, in the order asked for; the first `free` writes of a
 * run at once, every later one `pauseMs` after the one before it started. GitHub asks for a
 * second between writes when making "a large number" of them (github-limits.ts); the plugin's
 * own gate waited a second before every write after the first, which made a pull request's
 * two writes cost a second for nothing. Writes that notify people stay 3 s apart, as the
 * plugin kept them. The waits go through the step's clock, which tests record instead of
 * sleeping through (the plugin's timers cannot be injected).
 */
export function writePacing(clock: Pick<Clock, 'now' | 'sleep'>, free = WRITES_WITHOUT_PAUSE, pauseMs = WRITE_PAUSE_MS): Paced {
  let started = 0;
  let last = Number.NEGATIVE_INFINITY;
  let lastNotifying = Number.NEGATIVE_INFINITY;
  // Each write waits for the one before it to finish, then for its gap.
  let queue: Promise<unknown> = Promise.resolve();
  return (method, url, send) => {
    if (method === 'GET' || method === 'HEAD') return send();
    const notifying = throttling.triggersNotification(new URL(url, 'http://github.test').pathname);
    const turn = queue.then(async () => {
      started++;
      const now = clock.now().getTime();
      const wait = Math.max(started > free ? last + pauseMs - now : 0, notifying ? lastNotifying + NOTIFYING_GAP_MS - now : 0);
      if (wait > 0) await clock.sleep(wait);
      last = clock.now().getTime();
      if (notifying) lastNotifying = last;
      return send();
    });
    queue = turn.catch(() => undefined);
    return turn;
  };
}

/** In place of the plugin's write and notification queues, which would space writes a second time, on real timers. */
export const UNPACED = { key: () => ({ schedule: <T>(_options: unknown, task: () => Promise<T>) => task() }) };
