import { type AnnotationScope, annotationScope } from '../../reporters/annotation-scope.js';
import { formatAnnotations, type ReservedSlots, selectAnnotations } from '../../reporters/github.js';
import type { PublishRun } from './publish-run.js';

/** What this run annotates, in the workflow's log and in the check run alike. */
export function runAnnotationScope(run: PublishRun): AnnotationScope {
  return annotationScope(run.result, run.context, { changed: run.changed, pullRequest: Boolean(run.github.pullRequest) });
}

/**
 * Annotations on the run's log: workflow commands, which GitHub reads on standard output
 * only. Written last, once the step's own messages are known, so they keep their slots.
 */
export function publishAnnotations(run: PublishRun, reserved: ReservedSlots, write: (text: string) => void): void {
  write(formatAnnotations(selectAnnotations(runAnnotationScope(run), run.context, reserved)));
}
