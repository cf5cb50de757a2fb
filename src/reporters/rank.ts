import type { Finding } from '../model/finding.js';

/**
 * How much a finding matters when not all of them fit: what the change introduced before
 * the rest, errors before warnings, suppressed findings last. Lower comes first; a stable
 * sort by it keeps file and line order within each rank.
 */
export function importance(finding: Finding, introduced?: ReadonlySet<Finding>): number {
  return (finding.suppression ? 4 : 0) + (introduced?.has(finding) ? 0 : 2) + (finding.severity === 'error' ? 0 : 1);
}
