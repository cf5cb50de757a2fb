import type { Compared } from '../change/compare.js';
import type { Finding } from '../model/finding.js';
import { displayPath } from '../util/paths.js';
import type { ReportContext } from './context.js';
import { ANNOTATION_REQUESTS, ANNOTATIONS_PER_REQUEST } from './github-limits.js';
import { byUrgency } from './urgency.js';

/** Lines changed by the pull request, by repository-relative file. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number>>;

/**
 * What a run annotates. A pull request annotates what it introduces and what sits on the
 * lines it changed (reviewdog's `added` filter): that is what its reviewer acts on, and every
 * check-run annotation batch is an API write. The rest stays in the summary, the comment and
 * the SARIF upload, which code scanning annotates by itself. Any other run annotates all.
 */
export interface AnnotationScope {
  /** Errors first, then what the change introduced, then lines it changed, then by urgency. */
  findings: readonly Finding[];
  /** `change`: only the pull request's own findings are candidates; `all`: every active finding is. */
  basis: 'change' | 'all';
  /** Active (unsuppressed) findings, withheld ones included, annotated or not. */
  active: number;
}

/**
 * `pullRequest` scopes to the change when there is something to scope by (a comparison with
 * the base, or the changed lines); without either, a pull request is annotated like a push.
 */
export function annotationScope(
  result: Compared,
  context: ReportContext,
  options: { changed?: ChangedLines | undefined; pullRequest?: boolean } = {},
): AnnotationScope {
  const { changed } = options;
  // Withheld findings are annotated too, saying what they wait for; after the others of their rank.
  const withheld = new Set<Finding>(result.withheld);
  const active = [...result.findings.filter((f) => !f.suppression), ...result.withheld];
  const introduced = new Set(result.comparison?.comparison.introduced);
  const onChangedLine = (f: Finding) => changed?.get(displayPath(f.file, context.cwd))?.has(f.line) ?? false;
  const rank = new Map(active.map((f) => [f, (introduced.has(f) ? 2 : 0) + (onChangedLine(f) ? 1 : 0)]));
  const basis = options.pullRequest && (result.comparison || changed) ? 'change' : 'all';
  const candidates = basis === 'change' ? active.filter((f) => rank.get(f)! > 0) : active;
  const findings = byUrgency(result, candidates).sort(
    (a, b) =>
      (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1) ||
      rank.get(b)! - rank.get(a)! ||
      (withheld.has(a) ? 1 : 0) - (withheld.has(b) ? 1 : 0),
  );
  return { findings, basis, active: active.length };
}

/** How many check-run annotations a run sends: every request is a write (github-limits.ts). */
export function checkRunAnnotationLimit(scope: AnnotationScope): number {
  return ANNOTATIONS_PER_REQUEST * (scope.basis === 'change' ? ANNOTATION_REQUESTS.pullRequest : ANNOTATION_REQUESTS.other);
}
