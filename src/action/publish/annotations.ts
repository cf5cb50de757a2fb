import { formatAnnotations, selectAnnotations } from '../../reporters/github.js';
import type { PublishRun } from './publish-run.js';

/** Annotations on the run's log: workflow commands, which GitHub reads on standard output only. */
export function publishAnnotations(run: PublishRun, write: (text: string) => void): void {
  write(formatAnnotations(selectAnnotations(run.result, run.context, run.changed)));
}
