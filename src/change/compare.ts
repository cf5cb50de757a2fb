import type { LintResult } from '../engine/lint.js';
import type { Finding, WithheldFinding } from '../model/finding.js';
import type { Inventory } from '../model/inventory.js';
import { ruleById } from '../rules/index.js';

export interface Comparison {
  /** In the head, not in the base. */
  introduced: Finding[];
  /** In the base, gone from the head. */
  fixed: Finding[];
  unchanged: Finding[];
}

/** The findings compared with a base commit or a baseline file. */
export interface BaseComparison {
  /** The revision or baseline file compared with. */
  base: string;
  comparison: Comparison;
  /** The base's merged model (a base commit only: for the change digest). */
  baseInventory?: Inventory;
}

/**
 * A lint run as the doors hand it to reporters: the engine's result, untouched, plus the
 * comparison when one was made. A plain LintResult is a run compared with nothing.
 */
export type Compared = LintResult & { readonly comparison?: BaseComparison };

/** What a comparison needs of a run. */
export type RunFindings = Pick<LintResult, 'findings' | 'withheld' | 'unread'>;

/**
 * Compares two runs. A withheld finding takes part as what it is: waiting for an error to be
 * fixed is not being fixed, so one withheld in the head and present in the base is unchanged
 * (or introduced, grown), and findings cannot pass `only-new` by going into hiding.
 */
export function compareRuns(base: Pick<LintResult, 'findings' | 'withheld'>, head: RunFindings): Comparison {
  const comparison = compareFindings([...base.findings, ...base.withheld], [...head.findings, ...head.withheld]);
  // What the base found in a part of a file the head could not read is not known to be fixed:
  // it waits for the error that keeps the head from reading it.
  const unread = new Map(head.unread.map((blocker) => [blocker.file, blocker]));
  if (unread.size === 0) return comparison;
  const fixed: Finding[] = [];
  for (const finding of comparison.fixed) {
    const blocker = unread.get(finding.file);
    const waiting: WithheldFinding | undefined = blocker && !finding.suppression ? { ...finding, waitsFor: blocker } : undefined;
    if (waiting) comparison.unchanged.push(waiting);
    else fixed.push(finding);
  }
  return { ...comparison, fixed };
}

/** True for a finding of `LintResult.withheld`. */
export function isWithheld(finding: Finding): finding is WithheldFinding {
  return (finding as WithheldFinding).waitsFor !== undefined;
}

/** The run with its comparison attached, without touching the engine's result. */
export function withComparison(result: LintResult, comparison: BaseComparison | undefined): Compared {
  return comparison ? { ...result, comparison } : result;
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
      // The same finding, grown (1,001 allocated → 900,000): the change made it worse, so it
      // counts as introduced; the base's finding counts as fixed.
      if (worsened(candidates[taken]!, finding)) {
        comparison.introduced.push(finding);
        comparison.fixed.push(candidates[taken]!);
      } else comparison.unchanged.push(finding);
    } else {
      comparison.introduced.push(finding);
    }
  }
  for (const [fingerprint, candidates] of remaining) {
    for (let i = matched.get(fingerprint) ?? 0; i < candidates.length; i++) comparison.fixed.push(candidates[i]!);
  }
  return comparison;
}

/**
 * The same finding, grown: for a rule that measures (`meta.measures`: licenses allocated or
 * installed beyond what was bought), a larger amount in the head than in the base. Other
 * findings quote versions, builds and dates, where a larger number is no worse.
 */
function worsened(base: Finding, head: Finding): boolean {
  if (ruleById(head.ruleId)?.meta.measures === undefined) return false;
  const before = base.data.amount;
  const after = head.data.amount;
  return before !== undefined && after !== undefined && after > before;
}
