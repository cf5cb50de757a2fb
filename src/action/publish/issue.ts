import { COMMENT_BODY_MAX, githubSize } from '../../reporters/github-limits.js';
import { markdownReport } from '../../reporters/markdown.js';
import { mdCode, mdText } from '../../reporters/markdown-escape.js';
import { isWithheld } from '../../change/compare.js';
import type { Finding } from '../../model/finding.js';
import { withheldNote } from '../../reporters/withheld-words.js';
import { mdFinding, rulesById } from '../../reporters/markdown-message.js';
import { byUrgency } from '../../reporters/urgency.js';
import { displayPath } from '../../util/paths.js';
import { plural } from '../../util/format.js';
import { ISSUE_LABEL, issueMarker, issueTitle } from './marker.js';
import { type PublishLog, type PublishRun, withApi } from './publish-run.js';
import type { TrackedViolation } from './tracking-issue.js';
import { standingWarnings } from './warnings.js';
import { positionTableSection, roomBeside } from './position-section.js';

/** Violations the state line can hold: at 15 characters a key (a fingerprint), under 16 KB of the body. */
const MAX_TRACKED = 1_000;
const STATE_ROOM = MAX_TRACKED * 15 + 200;

/**
 * The tracking issue: scheduled and manual runs on the default branch only (a run on another
 * branch would report that branch's state as the repository's). `tracking-issue-on` chooses
 * what opens it: errors, or warnings too (upcoming deadlines are warnings).
 */
export async function publishTrackingIssue(run: PublishRun, log: PublishLog): Promise<void> {
  const { api, github } = run;
  if (!api || api.readOnly || !run.inputs['tracking-issue']) return;
  if (github.eventName !== 'schedule' && github.eventName !== 'workflow_dispatch') return;
  if (!github.onDefaultBranch) {
    log.info(`tracking issue left alone: this run is on ${github.ref || 'another ref'}, not the default branch`);
    return;
  }
  const level = run.inputs['tracking-issue-on'];
  const tracked = (f: Finding) => !f.suppression && (level === 'warning' || f.severity === 'error');
  // A withheld finding is still a violation: it must not read as resolved while it waits.
  const active = [
    ...byUrgency(run.result, run.result.findings.filter(tracked)),
    ...byUrgency(run.result, run.result.withheld.filter(tracked)),
  ];
  const rules = rulesById(run.context.rules);
  const violations: TrackedViolation[] = active.slice(0, MAX_TRACKED).map((f) => ({
    // The fingerprint, not the message: a message that counts days changes every day.
    key: f.fingerprint,
    line: `- ${f.severity === 'error' ? '❌' : '⚠️'} ${mdCode(f.ruleId)} ${mdCode(`${displayPath(f.file, run.context.cwd)}:${f.line}`)}: ${mdFinding(f, rules)}${isWithheld(f) ? ` (${mdText(withheldNote(f, run.context.cwd))})` : ''}`,
  }));
  const marker = issueMarker(run.id);
  const runLink = run.links.run ? ` ([workflow run](${run.links.run}))` : '';
  const position = positionTableSection(run, COMMENT_BODY_MAX - STATE_ROOM);
  const report = markdownReport(run.result, run.context, {
    budget: COMMENT_BODY_MAX - STATE_ROOM - roomBeside(position),
    marker,
    warnings: standingWarnings(run),
    verdict: run.verdict,
    runLinks: run.links,
  });
  const body = position ? `${report}\n${position}\n` : report;
  const changeComment = (added: readonly TrackedViolation[], resolved: number): string => {
    let text = `${marker}\n**${plural(added.length, 'new violation')}**${resolved > 0 ? `, ${plural(resolved, 'resolved')}` : ''} as of ${run.result.asOf}${runLink}.\n\n`;
    let shown = 0;
    for (const v of added) {
      if (githubSize(text) + githubSize(v.line) + 400 > COMMENT_BODY_MAX) break;
      text += `${v.line}\n`;
      shown++;
    }
    if (shown < added.length) text += `\n_and ${added.length - shown} more: see the issue and the workflow run._\n`;
    return text;
  };
  await withApi(api, log, 'update the tracking issue', 'issues', github.eventName, async () => {
    const outcome = await api.module.syncTrackingIssue(api.client, api.ref, {
      marker,
      label: ISSUE_LABEL,
      title: issueTitle(run.id),
      login: await api.identity(),
      violations,
      body,
      changeComment,
      closingComment: `${marker}\nNo violations as of ${run.result.asOf}${runLink}: closing.`,
    });
    log.info(`tracking issue: ${outcome}`);
  });
}
