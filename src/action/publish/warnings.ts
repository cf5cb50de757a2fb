import type { StandingWarning } from '../../reporters/standing-warning.js';
import { weakeningWarning } from '../../reporters/weakening.js';
import { evidenceChangeWarning } from '../../reporters/evidence-change.js';
import type { PublishRun } from './publish-run.js';

/**
 * What every body says before its verdict, in this order, cut to fit but never dropped: a
 * change to the run's own checks first (issue 16), then a change to the collected evidence
 * the rules judge by (issue 24). Another kind of warning joins this list.
 */
export function standingWarnings(run: PublishRun): StandingWarning[] {
  return [weakeningWarning(run.configChange), evidenceChangeWarning(run.evidenceChange)].filter(
    (w): w is StandingWarning => w !== undefined,
  );
}
