import type { Finding } from '../model/finding.js';

export interface Comparison {
  /** In the head, not in the base. */
  introduced: Finding[];
  /** In the base, gone from the head. */
  fixed: Finding[];
  unchanged: Finding[];
}

/**
 * Classifies findings by fingerprint (rule and entity, never the line), counting
 * duplicates: moving YAML around changes nothing, renaming a host fixes one finding and
 * introduces another. Suppressed findings take no part.
 */
export function compareFindings(base: readonly Finding[], head: readonly Finding[]): Comparison {
  const remaining = new Map<string, Finding[]>();
  for (const finding of base) {
    if (finding.suppression) continue;
    const list = remaining.get(finding.fingerprint);
    if (list) list.push(finding);
    else remaining.set(finding.fingerprint, [finding]);
  }
  const comparison: Comparison = { introduced: [], fixed: [], unchanged: [] };
  // How many base findings of each fingerprint the head has matched so far: many findings
  // can share one (the same ghost host allocated many times), so no shifting of lists.
  const matched = new Map<string, number>();
  for (const finding of head) {
    if (finding.suppression) continue;
    const candidates = remaining.get(finding.fingerprint);
    const taken = matched.get(finding.fingerprint) ?? 0;
    if (candidates && taken < candidates.length) {
      matched.set(finding.fingerprint, taken + 1);
      comparison.unchanged.push(finding);
    } else {
      comparison.introduced.push(finding);
    }
  }
  for (const [fingerprint, candidates] of remaining) {
    for (let i = matched.get(fingerprint) ?? 0; i < candidates.length; i++) comparison.fixed.push(candidates[i]!);
  }
  return comparison;
}
