import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../util/errors.js';
import type { CliIo } from './io.js';

/** The report to `--output FILE` when given, else to standard output. */
export function writeOutput(io: CliIo, output: string | undefined, text: string): void {
  if (!output) {
    if (text) io.stdout.write(text);
    return;
  }
  try {
    writeFileSync(path.resolve(io.cwd, output), text);
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
