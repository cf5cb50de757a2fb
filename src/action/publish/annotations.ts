import { formatAnnotations, type ReservedSlots, selectAnnotations } from '../../reporters/github.js';
import type { PublishRun } from './publish-run.js';

/**
 * Annotations on the run's log: workflow commands, which GitHub reads on standard output
 * only. Written last, once the step's own messages are known, so they keep their slots.
 */
export function publishAnnotations(run: PublishRun, reserved: ReservedSlots, write: (text: string) => void): void {
  write(formatAnnotations(selectAnnotations(run.result, run.context, run.changed, reserved)));
}
