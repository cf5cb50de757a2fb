import assert from 'node:assert/strict';

// Scaling tests run a path at n and at 10n: a linear path takes about 10 times as long, a
// quadratic one about 100 times. The bound (30) is generous for a shared machine, and no
// absolute time is asserted.

/** The fastest of `runs` runs, in ms, after one warm-up run (JIT, caches). */
export function fastest(run: () => void, runs = 3): number {
  run();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

export function assertScalesLinearly(name: string, at: (n: number) => () => void, n: number, runs = 3): void {
  const small = fastest(at(n), runs);
  const large = fastest(at(n * 10), runs);
  // A floor of 1 ms keeps timer noise on tiny runs from deciding.
  const ratio = large / Math.max(small, 1);
  assert.ok(ratio < 30, `${name}: 10x the input took ${ratio.toFixed(1)}x the time (${small.toFixed(1)} → ${large.toFixed(1)} ms)`);
}
