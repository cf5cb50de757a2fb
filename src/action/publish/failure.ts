import { appendFileSync } from 'node:fs';
import { mdMessage } from '../../reporters/markdown-escape.js';
import { escapeControls } from '../../util/terminal.js';
import type { Env, PublishLog } from './publish-run.js';

/**
 * When no verdict could be reached (bad configuration, or an internal error): the job
 * summary says what failed and the outputs say "not compliant", so that a later step or a
 * reader never mistakes the silence for a pass.
 */
export function publishFailure(
  env: Env,
  what: { stage: string; message: string; internal: boolean },
  setOutput: (name: string, value: unknown) => void,
  log: PublishLog,
): void {
  // The message may quote something read from the inventory: one line, bounded, inert.
  const message = escapeControls(what.message.length > 500 ? `${what.message.slice(0, 497)}...` : what.message);
  setOutput('compliant', false);
  setOutput('errors', '');
  setOutput('warnings', '');
  setOutput('sarif-file', '');
  setOutput('report-json', JSON.stringify({ error: { stage: what.stage, message, internal: what.internal } }));
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  const heading = what.internal ? 'internal error' : 'could not lint';
  const advice = what.internal
    ? 'This is a bug in citrix-license-lint: please report it with the log of this step.'
    : 'Fix the cause above and run again.';
  // Through the one Markdown escaper, as inventory text: a file name in the message must not
  // write HTML (an HTML comment included) into the summary.
  const body = `## ❗ citrix-license-lint: ${heading}\n\nNo verdict: the run stopped while ${what.stage}.\n\n> ${mdMessage(message)}\n\n${advice}\n`;
  try {
    appendFileSync(file, body);
  } catch (error) {
    log.warning(`could not write the job summary: ${(error as Error).message}`);
  }
}
