import { isWithheld } from '../../change/compare.js';
import type { Finding } from '../../model/finding.js';
import { ANNOTATION_MESSAGE_MAX, ANNOTATIONS_PER_REQUEST, CHECK_TITLE_MAX, cutToSize } from '../../reporters/github-limits.js';
import { withheldNote } from '../../reporters/withheld-words.js';
import { displayPath } from '../../util/paths.js';
import { createOnce, type GithubClient } from '../github-client.js';
import type { RepoRef } from './sticky-comment.js';

/**
 * One completed check run carrying the findings as annotations, in batches of 50, in the
 * order given (the caller chose them: each batch is a write). The summary comes built to its
 * limit. The create is never repeated blindly: after a failure that may have reached GitHub,
 * the commit's check runs are searched for ours (by `external_id`) first. Annotation batches
 * append, so they are not retried at all; a lost batch is reported.
 */
export async function publishCheckRun(
  client: GithubClient,
  ref: RepoRef,
  options: {
    name: string;
    externalId: string;
    headSha: string;
    findings: readonly Finding[];
    cwd: string;
    title: string;
    summary: string;
    failed: boolean;
  },
): Promise<{ id: number; url: string; requests: number; annotated: number; lost: number }> {
  const annotations = options.findings.map((f) => ({
    path: displayPath(f.file, options.cwd),
    start_line: f.line,
    end_line: f.endLine,
    ...(f.line === f.endLine ? { start_column: f.column, end_column: f.endColumn } : {}),
    annotation_level: f.severity === 'error' ? ('failure' as const) : ('warning' as const),
    title: f.ruleId,
    // A withheld finding says so, as the workflow's annotations do: its advice may rest on what could not be read.
    message: cutToSize(isWithheld(f) ? `${withheldNote(f, options.cwd)}: ${f.message}` : f.message, ANNOTATION_MESSAGE_MAX - 1024),
  }));
  const title = cutToSize(options.title, CHECK_TITLE_MAX);
  const output = (batch: typeof annotations) => ({ title, summary: options.summary, annotations: batch });
  const created = await createOnce(
    async () =>
      (
        await client.rest.checks.create({
          ...ref,
          name: options.name,
          head_sha: options.headSha,
          external_id: options.externalId,
          status: 'completed',
          conclusion: options.failed ? 'failure' : 'success',
          output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST)),
        })
      ).data,
    async () => {
      const { data } = await client.rest.checks.listForRef({ ...ref, ref: options.headSha, check_name: options.name, per_page: 100 });
      return data.check_runs.find((r) => r.external_id === options.externalId);
    },
  );
  let requests = 1;
  let lost = 0;
  for (let start = ANNOTATIONS_PER_REQUEST; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    const batch = annotations.slice(start, start + ANNOTATIONS_PER_REQUEST);
    try {
      // Each update appends its annotations to those the check run already has.
      await client.rest.checks.update({ ...ref, check_run_id: created.id, output: output(batch) });
    } catch {
      lost += batch.length;
    }
    requests++;
  }
  return { id: created.id, url: created.html_url ?? '', requests, annotated: annotations.length - lost, lost };
}
