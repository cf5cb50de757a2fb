import type { Finding } from '../../model/finding.js';
import { importance } from '../../reporters/rank.js';
import { displayPath } from '../../util/paths.js';
import { formatCount } from '../../util/format.js';
import type { GithubClient } from '../github-client.js';
import type { RepoRef } from './sticky-comment.js';

/** The Checks API takes at most 50 annotations per request (REST API, check runs). */
export const ANNOTATIONS_PER_REQUEST = 50;
/** A check run's output summary and text are limited to 65,535 characters. */
const OUTPUT_TEXT_LIMIT = 65_535;

/**
 * GitHub allows about 500 content-creating requests an hour and 80 a minute (REST API,
 * secondary rate limits); each batch of 50 annotations is one. 1,000 annotations (20
 * requests) leave room for everything else a workflow does; the rest are counted in the
 * check run's summary and are all in the SARIF and the job summary.
 */
export const MAX_ANNOTATIONS = 1_000;

/**
 * One completed check run carrying the findings as annotations, in batches of 50: those
 * this change introduces first, then errors before warnings, at most `maxAnnotations`.
 */
export async function publishCheckRun(
  client: GithubClient,
  ref: RepoRef,
  options: {
    headSha: string;
    findings: readonly Finding[];
    introduced?: ReadonlySet<Finding>;
    cwd: string;
    title: string;
    summary: string;
    failed: boolean;
    maxAnnotations?: number;
  },
): Promise<{ id: number; requests: number; annotated: number }> {
  const max = options.maxAnnotations ?? MAX_ANNOTATIONS;
  const active = options.findings
    .filter((f) => !f.suppression)
    .sort((a, b) => importance(a, options.introduced) - importance(b, options.introduced));
  const annotations = active.slice(0, max).map((f) => ({
    path: displayPath(f.file, options.cwd),
    start_line: f.line,
    end_line: f.endLine,
    ...(f.line === f.endLine ? { start_column: f.column, end_column: f.endColumn } : {}),
    annotation_level: f.severity === 'error' ? ('failure' as const) : ('warning' as const),
    title: f.ruleId,
    message: f.message,
  }));
  const left = active.length - annotations.length;
  const summary =
    left > 0
      ? `${options.summary}\n\n${formatCount(left)} more ${left === 1 ? 'finding is' : 'findings are'} not annotated here (GitHub limits how many requests an action may make): all are in the job summary and the SARIF upload.`
      : options.summary;
  const output = (batch: typeof annotations) => ({
    title: options.title,
    summary: summary.slice(0, OUTPUT_TEXT_LIMIT),
    annotations: batch,
  });
  const created = await client.rest.checks.create({
    ...ref,
    name: 'citrix-license-lint',
    head_sha: options.headSha,
    status: 'completed',
    conclusion: options.failed ? 'failure' : 'success',
    output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST)),
  });
  let requests = 1;
  for (let start = ANNOTATIONS_PER_REQUEST; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    // Each update appends its annotations to those the check run already has.
    await client.rest.checks.update({
      ...ref,
      check_run_id: created.data.id,
      output: output(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST)),
    });
    requests++;
  }
  return { id: created.data.id, requests, annotated: annotations.length };
}
