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
  for (const finding of head) {
    if (finding.suppression) continue;
    const match = remaining.get(finding.fingerprint);
    if (match && match.length > 0) {
      match.shift();
      comparison.unchanged.push(finding);
    } else {
      comparison.introduced.push(finding);
    }
  }
  for (const left of remaining.values()) comparison.fixed.push(...left);
  return comparison;
}

export function countsLine(comparison: Comparison): string {
  const n = (count: number, word: string) => `${count} ${count === 1 ? word : `${word}s`}`;
  return `introduces ${n(comparison.introduced.length, 'finding')}, fixes ${comparison.fixed.length}, ${comparison.unchanged.length} unchanged`;
}
