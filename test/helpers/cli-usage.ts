// Runs the CLI from the sources in a process of its own (started by `cliUsage`), for scaling
// tests: its output is dropped, and the last line of its standard error is what the process
// used, peak memory and CPU time, which only a process of its own can measure.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/entry.js';

export interface CliUsage {
  status: number | null;
  /** Peak resident memory, in MB. */
  peakMb: number;
  /** User and system CPU time, in ms. */
  cpuMs: number;
  stderr: string;
}

/** The CLI run with `args` in `cwd` by a fresh Node process with the TypeScript loader. */
export function cliUsage(args: readonly string[], cwd: string): CliUsage {
  const run = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), fileURLToPath(import.meta.url), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 300_000,
  });
  const last = run.stderr.trimEnd().split('\n').pop() ?? '';
  const usage = /^usage (\d+) (\d+)$/.exec(last);
  if (!usage) throw new Error(`the CLI did not report its usage: ${run.stderr}`);
  return { status: run.status, peakMb: Number(usage[1]) / 1024, cpuMs: Number(usage[2]) / 1000, stderr: run.stderr };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const status = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: { write: () => true },
    stderr: process.stderr,
    now: () => new Date(),
  });
  const used = process.resourceUsage();
  process.stderr.write(`\nusage ${used.maxRSS} ${used.userCPUTime + used.systemCPUTime}\n`);
  process.exitCode = status;
}
