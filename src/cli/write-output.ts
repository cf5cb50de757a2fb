import path from 'node:path';
import { writeInside } from '../io/containment.js';
import { findRepositoryRoot } from '../load/discover.js';
import { UsageError } from '../util/errors.js';
import type { CliIo } from './io.js';

/** The report to `--output FILE` when given, else to standard output. */
export function writeOutput(io: CliIo, output: string | undefined, text: string): void {
  if (!output) {
    if (text) io.stdout.write(text);
    return;
  }
  try {
    // A committed link at the output path must not send the report out of the repository.
    writeInside(path.resolve(io.cwd, output), text, findRepositoryRoot(io.cwd));
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
