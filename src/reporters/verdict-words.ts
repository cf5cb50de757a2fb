import type { Verdict } from '../engine/verdict.js';
import { plural } from '../util/format.js';

export interface VerdictWords {
  /** True when the run passes: the step succeeds and the check run concludes success. */
  passed: boolean;
  icon: '✅' | '⚠️' | '❌';
  /** One line, the same in the check run's title, the comment's headline and the step's result. */
  title: string;
}

/**
 * The words for one verdict of `judge()`. Every place that states the outcome (step status,
 * check conclusion and title, comment and issue headline, outputs) reads it from here, so
 * none can say "not compliant" while another passes.
 */
export function verdictWords(verdict: Verdict): VerdictWords {
  const { counts, judged, failing, onlyNew, failOn } = verdict;
  const passed = failing === 0;
  // A withheld error is an error not yet shown in full, never a compliant inventory.
  const errors = counts.errors + verdict.withheld.errors;
  const warnings = counts.warnings + verdict.withheld.warnings;
  if (!passed) {
    if (onlyNew) {
      const added =
        failOn === 'warning'
          ? `${plural(judged.errors, 'error')} and ${plural(judged.warnings, 'warning')}`
          : plural(judged.errors, 'error');
      return { passed, icon: '❌', title: `fails: this change introduces ${added}` };
    }
    if (errors > 0) return { passed, icon: '❌', title: 'not compliant' };
    return { passed, icon: '❌', title: `fails: ${plural(warnings, 'warning')} (fail-on: warning)` };
  }
  if (errors > 0) {
    const why = onlyNew ? 'this change introduces none' : `fail-on: ${failOn}`;
    return { passed, icon: '⚠️', title: `passes (${why}), but not compliant: ${plural(errors, 'error')}` };
  }
  if (warnings > 0) return { passed, icon: '⚠️', title: 'compliant, with warnings' };
  return { passed, icon: '✅', title: 'compliant' };
}
