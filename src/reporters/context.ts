import type { LintResult } from '../engine/lint.js';
import type { Finding } from '../model/finding.js';

/** Where findings can be linked to on GitHub (the action knows; the CLI under Actions too). */
export interface RepositoryLinks {
  serverUrl: string;
  repository: string;
  sha: string;
}

export interface ReportContext {
  /** Findings' files are shown relative to this folder (the repository root in the action). */
  cwd: string;
  color: boolean;
  toolVersion: string;
  links?: RepositoryLinks;
}

export type Reporter = (result: LintResult, context: ReportContext) => string;

/**
 * How much a finding matters when not all of them fit: what the change introduced before
 * the rest, errors before warnings, suppressed findings last. Lower comes first; a stable
 * sort by it keeps file and line order within each rank.
 */
export function importance(finding: Finding, introduced?: ReadonlySet<Finding>): number {
  return (finding.suppression ? 4 : 0) + (introduced?.has(finding) ? 0 : 2) + (finding.severity === 'error' ? 0 : 1);
}

export interface Counts {
  errors: number;
  warnings: number;
  suppressed: number;
}

export type FailOn = 'error' | 'warning' | 'never';

/** How many findings fail the run at this --fail-on / fail-on level. */
export function failingCount(counts: Counts, failOn: FailOn): number {
  if (failOn === 'never') return 0;
  return failOn === 'warning' ? counts.errors + counts.warnings : counts.errors;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppression) counts.suppressed++;
    else if (finding.severity === 'error') counts.errors++;
    else counts.warnings++;
  }
  return counts;
}
