import type { Finding } from '../model/finding.js';

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

export interface JudgeOptions {
  failOn: FailOn;
  /** Only findings the change introduced can fail the run (when a comparison was made). */
  onlyNew: boolean;
}

export interface Verdict {
  /** Every finding of the run. */
  counts: Counts;
  /** The findings the verdict was taken on: all of them, or only the introduced ones. */
  judged: Counts;
  /** True when only the introduced findings were judged. */
  onlyNew: boolean;
  /** How many of the judged findings fail the run at the fail-on level. */
  failing: number;
  /** The level it was judged at, so every door words the same verdict the same way. */
  failOn: FailOn;
}

/**
 * What fails a run, for both doors: the findings at or above fail-on, or, when the run was
 * compared with a base and only new findings count, the introduced ones among them.
 */
export function judge(findings: readonly Finding[], introduced: readonly Finding[] | undefined, options: JudgeOptions): Verdict {
  const counts = countFindings(findings);
  const onlyNew = options.onlyNew && introduced !== undefined;
  const judged = onlyNew ? countFindings(introduced) : counts;
  return { counts, judged, onlyNew, failing: failingCount(judged, options.failOn), failOn: options.failOn };
}
