import type { LintResult } from '../engine/lint.js';
import type { Finding } from '../model/finding.js';
import type { Inventory } from '../model/inventory.js';

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
 * Rules whose findings measure an amount (licenses allocated, installed against purchased):
 * for them the largest count in the message is the size of the problem. Other messages
 * quote versions, builds and dates, where a larger number is no worse.
 */
const MEASURED = /^(allocation\/over-entitlement|licenses\/installed-exceeds-purchased)$/;

function worsened(base: Finding, head: Finding): boolean {
  if (!MEASURED.test(head.ruleId) || base.message === head.message) return false;
  return largestCount(head.message) > largestCount(base.message);
}

function largestCount(message: string): number {
  let largest = 0;
  // Dates are not amounts; counts are written 1,500 (util/format.ts).
  for (const match of message.replace(/\d{4}-\d{2}-\d{2}/g, '').matchAll(/\d[\d,]*/g)) {
    largest = Math.max(largest, Number(match[0].replace(/,/g, '')));
  }
  return largest;
}
