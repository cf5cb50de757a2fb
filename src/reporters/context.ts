import type { RuleInfo } from '../rules/index.js';
import type { Compared } from '../change/compare.js';
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
  /** Every rule as reports describe it (descriptions quote the run's thresholds). */
  rules: readonly RuleInfo[];
}

/** A pure function of a run (compared with a base or not) and its context. */
export type Reporter = (result: Compared, context: ReportContext) => string;

/**
 * How much a finding matters when not all of them fit: what the change introduced before
 * the rest, errors before warnings, suppressed findings last. Lower comes first; a stable
 * sort by it keeps file and line order within each rank.
 */
export function importance(finding: Finding, introduced?: ReadonlySet<Finding>): number {
  return (finding.suppression ? 4 : 0) + (introduced?.has(finding) ? 0 : 2) + (finding.severity === 'error' ? 0 : 1);
}
