import { readFileSync } from 'node:fs';
import path from 'node:path';
import { containmentProblem, writeInside } from '../io/containment.js';
import { diskFileSystem } from '../io/file-system.js';
import { findRepositoryRoot } from '../load/discover.js';
import type { Finding } from '../model/finding.js';
import { displayPath } from '../util/paths.js';
import { UsageError } from '../util/errors.js';

interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  message: string;
  /** What the finding measured (FindingData.amount), so that a grown one is not taken as accepted. */
  amount?: number;
}

/**
 * A committed list of accepted findings: `--baseline` fails only on findings it does not
 * hold. Entries are by fingerprint (rule and entity), one per finding, so counts matter;
 * file and message are there for the humans who review the file.
 */
export function writeBaseline(file: string, findings: readonly Finding[], cwd: string): number {
  const entries: BaselineEntry[] = findings
    .filter((f) => !f.suppression)
    .map((f) => ({
      fingerprint: f.fingerprint,
      ruleId: f.ruleId,
      file: displayPath(f.file, cwd),
      message: f.message,
      ...(f.data.amount === undefined ? {} : { amount: f.data.amount }),
    }));
  try {
    writeInside(
      path.resolve(cwd, file),
      `${JSON.stringify({ version: 1, tool: 'citrix-license-lint', findings: entries }, null, 2)}\n`,
      findRepositoryRoot(cwd),
    );
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return entries.length;
}

/** The baseline's entries as findings (only fingerprint, rule, message and amount are real). */
export function readBaseline(file: string, cwd: string): Finding[] {
  let parsed: unknown;
  const full = path.resolve(cwd, file);
  const leaves = containmentProblem(full, findRepositoryRoot(path.dirname(full)), diskFileSystem);
  if (leaves) throw new UsageError(`${file}: the baseline is not read: it ${leaves}; commit the file itself`);
  try {
    parsed = JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code
        ? `${file}: cannot read the baseline (${code})`
        : `${file}: the baseline is not valid JSON; write it again with --write-baseline`,
    );
  }
  const entries = (parsed as { version?: unknown; findings?: unknown }).findings;
  if ((parsed as { version?: unknown }).version !== 1 || !Array.isArray(entries)) {
    throw new UsageError(`${file}: not a citrix-license-lint baseline (version 1); write it again with --write-baseline`);
  }
  return entries.map((e: Partial<BaselineEntry>) => ({
    ruleId: String(e.ruleId ?? ''),
    severity: 'error' as const,
    // A baseline records no message id nor data: reporters show its message as written.
    messageId: '',
    message: String(e.message ?? ''),
    data: { subjects: [], advice: [], values: {}, ...(typeof e.amount === 'number' ? { amount: e.amount } : {}) },
    file: path.resolve(cwd, String(e.file ?? '')),
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    fingerprint: String(e.fingerprint ?? ''),
  }));
}
