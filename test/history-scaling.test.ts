// `history` in flat memory and linear time (issue 27): twice the commits cost about twice
// the time and the same memory. Each commit rewrites a 1 MB file that sits in the inventory
// folder (a scanned contract, say) and edits one of 400 allocations, on successive days.
// Ratios of one input and its double, measured by fresh processes, never an absolute timer;
// the time is what the commits add to a run that lists none (start-up and configuration).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cliUsage } from './helpers/cli-usage.js';
import { GitRepo } from './helpers/git-repo.js';

const COMMITS = 60;

test('history over twice the commits: at most 2.5 times the CPU, and the same peak memory within 15 %', (t) => {
  const repo = new GitRepo(t);
  const scan = Buffer.alloc(1024 * 1024, 'contract page ').toString();
  const allocations = Array.from({ length: 400 }, (_, n) => `ghost${n % 13}`);
  repo.commits(
    Array.from({ length: 2 * COMMITS }, (_, i) => ({
      message: `day ${i}`,
      files: {
        'inventory/contracts/scan.txt': `${i}\n${scan}`,
        'inventory/a.yaml': `version: 1\nallocations:\n${allocations.map((host, n) => `  - { entitlement: uhmc, hostname: ${host}, quantity: ${n === i % 400 ? 2 + i : 1} }\n`).join('')}`,
      },
      date: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString(),
    })),
  );
  const since = new Date(Date.UTC(2026, 0, 1) + COMMITS * 86_400_000).toISOString().slice(0, 10);
  const args = ['history', '--format', 'json', '--as-of', '2026-12-31'];
  const none = cliUsage([...args, '--since', '2027-01-01'], repo.root);
  const half = cliUsage([...args, '--since', since], repo.root);
  const whole = cliUsage(args, repo.root);
  for (const run of [none, half, whole]) assert.equal(run.status, 0, run.stderr);
  t.diagnostic(
    `0 commits: ${none.cpuMs.toFixed(0)} ms CPU, ${none.peakMb.toFixed(0)} MB; ${COMMITS}: ${half.cpuMs.toFixed(0)} ms, ${half.peakMb.toFixed(0)} MB; ${2 * COMMITS}: ${whole.cpuMs.toFixed(0)} ms, ${whole.peakMb.toFixed(0)} MB`,
  );
  assert.ok(whole.peakMb <= half.peakMb * 1.15, `peak memory ${whole.peakMb.toFixed(0)} MB against ${half.peakMb.toFixed(0)} MB`);
  const added = (run: typeof none) => Math.max(1, run.cpuMs - none.cpuMs);
  assert.ok(added(whole) <= added(half) * 2.5, `CPU added ${added(whole).toFixed(0)} ms against ${added(half).toFixed(0)} ms`);
});
