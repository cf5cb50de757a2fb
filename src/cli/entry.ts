import { EXIT, runCli } from './run.js';
import type { CliIo } from './io.js';

/**
 * Runs the CLI and turns a bug of ours into exit 3 with a plain sentence: users never see
 * a stack trace (CLL_DEBUG=1 shows it).
 */
export async function main(argv: readonly string[], io: CliIo, run: typeof runCli = runCli): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const detail = io.env.CLL_DEBUG ? `\n${error instanceof Error ? error.stack : ''}` : '';
    io.stderr.write(`citrix-license-lint: internal error: ${message}; please report it with the command you ran${detail}\n`);
    return EXIT.internal;
  }
}
