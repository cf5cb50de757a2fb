import type { StandingWarning } from '../../reporters/standing-warning.js';
import { weakeningWarning } from '../../reporters/weakening.js';
import type { PublishRun } from './publish-run.js';

/**
 * What every body says before its verdict, in this order, cut to fit but never dropped: a
 * change to the run's own checks first (issue 16). Another kind of warning joins this list.
 */
export function standingWarnings(run: PublishRun): StandingWarning[] {
  return [weakeningWarning(run.configChange)].filter((w): w is StandingWarning => w !== undefined);
}
