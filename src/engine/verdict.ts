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
  /** Every finding of the run (the withheld ones apart). */
  counts: Counts;
  /** The withheld findings: they fail the run as they would shown, since no error fixed them. */
  withheld: Counts;
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
 * compared with a base and only new findings count, the introduced ones among them. A
 * withheld finding counts as what it is: a finding waits for an error to be fixed, it is not
 * gone, and a verdict must not pass because findings went into hiding (the comparison counts
 * a withheld one as introduced or unchanged, never as fixed).
 */
export function judge(
  findings: readonly Finding[],
  introduced: readonly Finding[] | undefined,
  options: JudgeOptions,
  withheldFindings: readonly Finding[] = [],
): Verdict {
  const counts = countFindings(findings);
  const withheld = countFindings(withheldFindings);
  const onlyNew = options.onlyNew && introduced !== undefined;
  const judged = onlyNew
    ? countFindings(introduced)
    : { errors: counts.errors + withheld.errors, warnings: counts.warnings + withheld.warnings, suppressed: counts.suppressed };
  return { counts, withheld, judged, onlyNew, failing: failingCount(judged, options.failOn), failOn: options.failOn };
}
