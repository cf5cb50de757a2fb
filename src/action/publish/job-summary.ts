import { appendFileSync } from 'node:fs';
import { markdownReport, SUMMARY_BUDGET } from '../../reporters/markdown.js';
import type { PublishLog, PublishRun } from './publish-run.js';
import { weakeningMarkdown } from '../../reporters/weakening.js';

/** The Markdown report on the run's page, appended to the file GITHUB_STEP_SUMMARY names. */
export function publishJobSummary(run: PublishRun, log: PublishLog): void {
  const file = run.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    const preamble = weakeningMarkdown(run.configChange);
    appendFileSync(
      file,
      markdownReport(run.result, run.context, { ...SUMMARY_BUDGET, ...(preamble ? { preamble } : {}), lead: run.digest ?? run.pushPoint }),
    );
  } catch (error) {
    log.warning(`could not write the job summary: ${(error as Error).message}`);
  }
}
