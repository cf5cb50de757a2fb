import type { Finding } from '../../model/finding.js';
import { displayPath } from '../../reporters/context.js';
import type { GithubClient } from '../github-client.js';
import type { RepoRef } from './sticky-comment.js';

/** The Checks API takes at most 50 annotations per request (REST API, check runs). */
export const ANNOTATIONS_PER_REQUEST = 50;
/** A check run's output summary and text are limited to 65,535 characters. */
const OUTPUT_TEXT_LIMIT = 65_535;

/** One completed check run carrying every finding as an annotation, in batches of 50. */
export async function publishCheckRun(
  client: GithubClient,
  ref: RepoRef,
  options: { headSha: string; findings: readonly Finding[]; cwd: string; title: string; summary: string; failed: boolean },
): Promise<{ id: number; requests: number }> {
  const annotations = options.findings
    .filter((f) => !f.suppression)
    .map((f) => ({
      path: displayPath(f.file, options.cwd),
      start_line: f.line,
      end_line: f.endLine,
      ...(f.line === f.endLine ? { start_column: f.column, end_column: f.endColumn } : {}),
      annotation_level: f.severity === 'error' ? ('failure' as const) : ('warning' as const),
      title: f.ruleId,
      message: f.message,
    }));
  const output = (batch: typeof annotations) => ({ title: options.title, summary: options.summary.slice(0, OUTPUT_TEXT_LIMIT), annotations: batch });
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
    await client.rest.checks.update({ ...ref, check_run_id: created.data.id, output: output(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST)) });
    requests++;
  }
  return { id: created.data.id, requests };
}
