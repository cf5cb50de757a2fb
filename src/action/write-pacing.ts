import { WRITE_PAUSE_MS, WRITES_WITHOUT_PAUSE } from '../reporters/github-limits.js';

/** The part of a Bottleneck group that @octokit/plugin-throttling uses for its `write` option. */
export interface WriteGate {
  key(id?: string): { schedule<T>(options: unknown, job: () => Promise<T>): Promise<T> };
}

/**
 * When a write may start: the first `free` writes of a run at once, every later one
 * `pauseMs` after the one before it. GitHub asks for a second between writes when making "a
 * large number" of them (github-limits.ts); the plugin's own gate waits a second before every
 * write after the first, which made a pull request's two writes cost a second for nothing.
 * The action awaits each write before the next, so writes never overlap either way.
 */
export function writePacing(
  free = WRITES_WITHOUT_PAUSE,
  pauseMs = WRITE_PAUSE_MS,
  clock: { now: () => number; sleep: (ms: number) => Promise<void> } = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  },
): WriteGate {
  let started = 0;
  let last = Number.NEGATIVE_INFINITY;
  // Gates are granted in the order asked for, each after the one before it.
  let queue: Promise<unknown> = Promise.resolve();
  const gate = {
    schedule<T>(_options: unknown, job: () => Promise<T>): Promise<T> {
      const granted = queue.then(async () => {
        started++;
        const wait = started > free ? last + pauseMs - clock.now() : 0;
        if (wait > 0) await clock.sleep(wait);
        last = clock.now();
      });
      queue = granted;
      return granted.then(job);
    },
  };
  return { key: () => gate };
}
