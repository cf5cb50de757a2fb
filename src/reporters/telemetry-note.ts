import type { Compared } from '../change/compare.js';
import { plural } from '../util/format.js';

/**
 * The summary's one sentence about automatic-telemetry hosts no evidence covers: nothing
 * says they fail, but nothing checked them either (issue 14). Empty when there are none.
 */
export function telemetryNote(result: Pick<Compared, 'telemetryUnverified'>): string {
  const count = result.telemetryUnverified?.length ?? 0;
  if (count === 0) return '';
  return ` Telemetry unverified on ${plural(count, 'automatic host')}: no collected evidence states ${count === 1 ? 'its' : 'their'} last upload (docs/collect.md).`;
}
