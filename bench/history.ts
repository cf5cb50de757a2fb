// `history` figures for `npm run bench` (issue 27: flat memory, linear time): the built CLI
// over a generated repository whose inventory is edited commit after commit
// (bench/history-repo.ts), at 200 and 400 commits of the S inventory, interleaved, medians
// of 3. Time per commit, CPU per commit and peak memory, with the two ratios the issue
// bounds: 400 commits cost at most 2.1 times 200, and take at most 15 % more memory.
// `node --import tsx bench/history.ts M 1000` times one other size and count, once; add
// `--cli=PATH` to time another build's cli.js (an A/B against an older commit's dist/).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIZES } from './generate.js';
import { historyRepo } from './history-repo.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Usage {
  wallMs: number;
  cpuMs: number;
  peakMb: number;
}

/** One run of `history` in `repo`: wall time by hrtime, CPU and peak memory by GNU time. */
function historyRun(repo: string, cli: string): Usage {
  const command = [process.execPath, cli, 'history', '--format', 'json', '--as-of', '2026-11-28', 'inventory'];
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-f', '%U %S %M', ...command], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`history failed in ${repo}: ${run.stderr}`);
  const [user, system, kb] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { wallMs, cpuMs: (user! + system!) * 1000, peakMb: kb! / 1024 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Times `history` at each count of commits (interleaved, `runs` times) and prints a table. */
export function benchHistory(
  print: (line: string) => void,
  sizeName = 'S',
  counts = [200, 400],
  runs = 3,
  cli = path.join(ROOT, 'dist/cli.js'),
): void {
  const size = SIZES.find((s) => s.name === sizeName);
  if (!size) throw new Error(`no size ${sizeName}`);
  const repos = counts.map((count) => {
    const root = mkdtempSync(path.join(tmpdir(), `cll-bench-history-${count}-`));
    historyRepo(size, count, root);
    return root;
  });
  try {
    const samples = counts.map((): Usage[] => []);
    for (let run = 0; run < runs; run++) for (let i = 0; i < counts.length; i++) samples[i]!.push(historyRun(repos[i]!, cli));
    const usage = samples.map((s) => ({
      wallMs: median(s.map((u) => u.wallMs)),
      cpuMs: median(s.map((u) => u.cpuMs)),
      peakMb: median(s.map((u) => u.peakMb)),
    }));
    print(`\n\`history\` over the ${size.name} inventory, each commit editing one file (median of ${runs}, interleaved):\n`);
    print('| commits | wall | CPU | wall per commit | CPU per commit | peak RSS |');
    print('|---:|---:|---:|---:|---:|---:|');
    usage.forEach((u, i) => {
      print(
        `| ${counts[i]} | ${(u.wallMs / 1000).toFixed(1)} s | ${(u.cpuMs / 1000).toFixed(1)} s | ${(u.wallMs / counts[i]!).toFixed(0)} ms | ${(u.cpuMs / counts[i]!).toFixed(0)} ms | ${u.peakMb.toFixed(0)} MB |`,
      );
    });
    const [first, last] = [usage[0]!, usage[usage.length - 1]!];
    if (usage.length > 1)
      print(
        `\n${counts[counts.length - 1]} / ${counts[0]} commits: wall ${(last.wallMs / first.wallMs).toFixed(2)}, CPU ${(last.cpuMs / first.cpuMs).toFixed(2)} (at most 2.1 at twice the commits); peak RSS ${((last.peakMb / first.peakMb - 1) * 100).toFixed(0)} % more (at most 15 %)`,
      );
  } finally {
    for (const root of repos) rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const [sizeName, count] = args.filter((a) => !a.startsWith('--'));
  const cli = args.find((a) => a.startsWith('--cli='))?.slice('--cli='.length);
  benchHistory(console.log, sizeName ?? 'S', count ? [Number(count)] : [200, 400], count ? 1 : 3, cli && path.resolve(cli));
}
