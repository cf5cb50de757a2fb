// The pull request path of the action (issue 27, points 2 and 4): a pull request that adds 5
// orphaned allocations to an inventory that has 1,000, run through the built action against
// the fake GitHub on loopback. Reports the API writes it makes (GitHub asks for a second
// between writes) and its wall time against one lint of the head by the built CLI, interleaved.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { FakeGitHub } from '../test/helpers/fake-github.js';
import { ORPHAN_AS_OF, orphanPullRequest } from '../test/helpers/orphan-pull-request.js';
import { runBuiltAction } from '../test/helpers/run-action.js';

export interface PrPathFigures {
  runs: number;
  /** API writes of one action run (the same in every run). */
  writes: number;
  /** What they were, in order: `POST /check-runs`, … */
  writeRoutes: string[];
  actionMs: number;
  lintMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** `root` holds the built `dist/` to measure (this checkout, or another for an A/B). */
export async function prPathFigures(root: string, runs = 5): Promise<PrPathFigures> {
  const cleanups: (() => void)[] = [];
  const scenario = orphanPullRequest({ after: (fn: () => void) => cleanups.push(fn) });
  scenario.repo.git('checkout', '-q', scenario.head);
  const actionMs: number[] = [];
  const lintMs: number[] = [];
  let writes: { method: string; path: string }[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      // A fresh GitHub each time: every run is the pull request's first (the comment is created).
      const fake = new FakeGitHub();
      await fake.start();
      fake.pullFiles.set(7, scenario.files);
      try {
        let started = process.hrtime.bigint();
        const action = await runBuiltAction({
          workspace: scenario.repo.root,
          apiUrl: fake.url,
          event: 'pull_request',
          pullNumber: 7,
          baseSha: scenario.base,
          sha: scenario.head,
          inputs: { 'as-of': ORPHAN_AS_OF, 'check-run': 'true' },
          script: path.join(root, 'dist/index.js'),
        });
        actionMs.push(Number(process.hrtime.bigint() - started) / 1e6);
        if (action.status !== 1) throw new Error(`the action ended with ${action.status}: ${action.stderr.slice(0, 500)}`);
        writes = fake.writes();
        started = process.hrtime.bigint();
        spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'inventory.yaml', '--format', 'json', '--as-of', ORPHAN_AS_OF], {
          cwd: scenario.repo.root,
          stdio: 'ignore',
        });
        lintMs.push(Number(process.hrtime.bigint() - started) / 1e6);
      } finally {
        await fake.stop();
      }
    }
  } finally {
    for (const cleanup of cleanups) cleanup();
    rmSync(scenario.repo.root, { recursive: true, force: true });
  }
  return {
    runs,
    writes: writes.length,
    writeRoutes: writes.map((w) => `${w.method} ${w.path.replace(/^\/repos\/[^/]+\/[^/]+/, '')}`),
    actionMs: median(actionMs),
    lintMs: median(lintMs),
  };
}

/** The benchmark's section: one table row and the writes by route. */
export async function printPrPath(root: string, print: (line: string) => void): Promise<void> {
  const f = await prPathFigures(root);
  print('\nPull request path (5 orphaned allocations added to 1,000; built action against the fake GitHub, medians, interleaved):\n');
  print('| runs | API writes | action run | one lint of the head | action / lint |');
  print('|---:|---:|---:|---:|---:|');
  print(`| ${f.runs} | ${f.writes} | ${f.actionMs.toFixed(0)} ms | ${f.lintMs.toFixed(0)} ms | ${(f.actionMs / f.lintMs).toFixed(2)} |`);
  const counted = new Map<string, number>();
  for (const route of f.writeRoutes) counted.set(route, (counted.get(route) ?? 0) + 1);
  print(`\nWrites: ${[...counted].map(([route, n]) => `${route} × ${n}`).join(', ')}`);
}
