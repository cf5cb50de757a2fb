import process from 'node:process';
import { EXIT, runCli } from './run.js';

try {
  process.exitCode = runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
  });
} catch (error) {
  // A bug of ours: say so plainly, without a stack trace (CLL_DEBUG=1 shows it).
  const detail = process.env.CLL_DEBUG ? `\n${(error as Error).stack ?? String(error)}` : '';
  process.stderr.write(`citrix-license-lint: internal error: ${(error as Error).message ?? String(error)}; please report it with the command you ran${detail}\n`);
  process.exitCode = EXIT.internal;
}
