import { appendFileSync } from 'node:fs';
import { STEP_SUMMARY_MAX } from '../../reporters/github-limits.js';
import { markdownReport } from '../../reporters/markdown.js';
import type { PublishLog, PublishRun } from './publish-run.js';
import { standingWarnings } from './warnings.js';
import { positionChangeSection, roomBeside } from './position-section.js';

/** The Markdown report on the run's page, appended to the file GITHUB_STEP_SUMMARY names, within its 1 MiB. */
export function publishJobSummary(run: PublishRun, log: PublishLog): void {
  const file = run.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    const position = positionChangeSection(run, STEP_SUMMARY_MAX - 16 * 1024);
    appendFileSync(
      file,
      markdownReport(run.result, run.context, {
        // Room for what other uses of the action in this step may have written.
        budget: STEP_SUMMARY_MAX - 16 * 1024 - roomBeside(position),
        warnings: standingWarnings(run),
        lead: run.digest ? undefined : run.pushPoint,
        digest: run.digest,
        verdict: run.verdict,
        runLinks: { checkRun: run.links.checkRun },
        whereAll: `the SARIF upload${run.links.checkRun ? ' and the check run' : ''} list more, and \`citrix-license-lint --format json\` lists everything`,
      }) + (position ? `\n${position}\n` : ''),
    );
  } catch (error) {
    log.warning(`could not write the job summary: ${(error as Error).message}`);
  }
}
