import { main } from '../../src/cli/entry.js';
import type { CliRun } from './run-cli.js';
import { PROJECT_ROOT } from './run-cli.js';

export interface InProcessOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Standard input, for the path `-`. */
  stdin?: string | Buffer;
  /** The clock (default: now). */
  now?: () => Date;
  /** Pretend standard output is a terminal (colour tests). */
  tty?: boolean;
  /** The script the shell ran (process.argv[1] of a real run): how init says to run the linter again. */
  script?: string;
}

/**
 * Runs the CLI from the sources in this process, through the same `main()` the built
 * `dist/cli.js` calls (so an internal error is still exit 3 with one sentence). Behaviour tests
 * use this; a few smoke tests keep spawning the bundle (test/helpers/run-cli.ts).
 */
export async function cli(args: readonly string[], options: InProcessOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdin = options.stdin;
  const status = await main(args, {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text) },
    now: options.now ?? (() => new Date()),
    readStdin: async () => (stdin === undefined ? Buffer.alloc(0) : Buffer.isBuffer(stdin) ? stdin : Buffer.from(stdin)),
    ...(options.script === undefined ? {} : { script: options.script }),
  });
  return { status, stdout, stderr };
}
