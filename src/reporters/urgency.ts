import type { Compared } from '../change/compare.js';
import type { LocatedDeadline } from '../engine/lint.js';
import type { Finding } from '../model/finding.js';
import { daysBetween } from '../util/dates.js';

/**
 * Findings in the order a reader should act on them: errors first, then the nearest
 * deadline (a deadline at the finding's place, else for a warning the date it falls due,
 * `data.due`), then what the change introduced, then file order.
 */
export function byUrgency(result: Compared, findings: readonly Finding[]): Finding[] {
  const introduced = new Set(result.comparison?.comparison.introduced);
  const due = dueDays(result.deadlines, result.asOf);
  const days = new Map(findings.map((f) => [f, due(f)]));
  return [...findings].sort(
    (a, b) =>
      (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1) ||
      days.get(a)! - days.get(b)! ||
      Number(introduced.has(b)) - Number(introduced.has(a)),
  );
}

/** Days until a finding's nearest deadline; Infinity when it has none. */
export function dueDays(deadlines: readonly LocatedDeadline[], asOf: string): (finding: Finding) => number {
  const atPlace = new Map<string, number>();
  for (const d of deadlines) {
    const key = `${d.file}\0${d.line}`;
    atPlace.set(key, Math.min(atPlace.get(key) ?? Infinity, daysBetween(asOf, d.lastDay)));
  }
  return (finding) => {
    // Errors are already broken: a date (often the as-of date itself) adds no urgency; they keep file order.
    if (finding.severity === 'error') return Infinity;
    const placed = atPlace.get(`${finding.file}\0${finding.line}`);
    if (placed !== undefined) return placed;
    const days = finding.data.due === undefined ? Infinity : daysBetween(asOf, finding.data.due);
    return Number.isFinite(days) && days > 0 ? days : Infinity;
  };
}
