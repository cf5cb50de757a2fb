import type { Compared } from '../change/compare.js';
import type { LocatedDeadline } from '../engine/lint.js';
import { docsUrl } from '../rules/rule.js';
import type { Finding } from '../model/finding.js';
import { telemetryNote } from './telemetry-note.js';
import { daysBetween } from '../util/dates.js';
import { formatCount, plural } from '../util/format.js';
import type { ReportContext, Reporter } from './context.js';
import { countFindings } from '../engine/verdict.js';
import { displayPath } from '../util/paths.js';
import { countsLine } from './change-words.js';
import { suppressedMarkdown } from './weakening.js';
import { escapeForLog } from '../util/terminal.js';

export interface MarkdownOptions {
  /** Most the report may take, measured as `measure` says (GitHub's limits differ). */
  budget: number;
  measure: 'characters' | 'bytes';
  /** Prepended verbatim (a hidden marker that finds the comment again). */
  preamble?: string;
  /** Optional lines after the verdict (the change digest of a pull request). */
  lead?: string;
}

/**
 * GitHub's limits: a step summary upload is refused above 1024 KiB (the runner's
 * "supports content up to a size of 1024k"); an issue or comment body above 65,536
 * characters ("Body is too long (maximum is 65536 characters)", REST API).
 */
export const SUMMARY_BUDGET: MarkdownOptions = { budget: 1024 * 1024 - 16 * 1024, measure: 'bytes' };
export const COMMENT_BUDGET: MarkdownOptions = { budget: 65_536 - 1_536, measure: 'characters' };

const GANTT_HORIZON_DAYS = 365;
const GANTT_MAX_TASKS = 30;

export const markdownReporter: Reporter = (result, context) => markdownReport(result, context, SUMMARY_BUDGET);

export function markdownReport(result: Compared, context: ReportContext, options: MarkdownOptions): string {
  const size = (text: string) => (options.measure === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length);
  const counts = countFindings(result.findings);
  const head: string[] = [];
  if (options.preamble) head.push(options.preamble);
  head.push(verdict(result, counts));
  if (result.comparison) {
    const { comparison, base } = result.comparison;
    head.push(`This change **${countsLine(comparison)}** (compared with \`${base.length === 40 ? base.slice(0, 10) : base}\`).`);
    if (comparison.fixed.length > 0) {
      const fixed = comparison.fixed.slice(0, 50).map((f) => `- \`${f.ruleId}\`: ${cell(f.message)}`);
      head.push(
        `<details><summary>Fixed by this change (${comparison.fixed.length})</summary>\n\n${fixed.join('\n')}${comparison.fixed.length > 50 ? `\n- and ${comparison.fixed.length - 50} more` : ''}\n\n</details>`,
      );
    }
  }
  if (options.lead) head.push(options.lead);
  // New findings first, so that truncation keeps what the change is about.
  const introduced = new Set(result.comparison?.comparison.introduced);
  const active = result.findings.filter((f) => !f.suppression).sort((a, b) => Number(introduced.has(b)) - Number(introduced.has(a)));
  if (active.length > 0) head.push(ruleTable(active));
  const gantt = ganttChart(result.deadlines, result.asOf);
  if (gantt) head.push(gantt);

  let text = `${head.join('\n\n')}\n`;
  // The size so far, kept as we go: measuring the whole text for every row was quadratic.
  let used = size(text);
  // Room for the closing note, written once we know how much was left out.
  const reserve = 400;
  let shown = 0;
  const groups = groupByRule(active);
  outer: for (const [ruleId, findings] of groups) {
    const section = `\n### \`${ruleId}\` (${findings.length})\n\n[How to fix](${docsUrl(ruleId)})\n\n| Location | Message |\n|---|---|\n`;
    const sectionSize = size(section);
    if (used + sectionSize + reserve > options.budget) break;
    text += section;
    used += sectionSize;
    for (const finding of findings) {
      const row = `| ${location(finding, context)} | ${introduced.has(finding) ? '🆕 ' : ''}${cell(finding.message)} |\n`;
      const rowSize = size(row);
      if (used + rowSize + reserve > options.budget) break outer;
      text += row;
      used += rowSize;
      shown++;
    }
  }
  if (shown < active.length) {
    text += `\n_${formatCount(active.length - shown)} more ${active.length - shown === 1 ? 'finding is' : 'findings are'} not shown here, to stay within GitHub's size limit: see the check run, the SARIF upload, or run \`citrix-license-lint --format json\`._\n`;
  }
  // Listed with their reasons (issue 16): a suppression is a decision reviewers must see.
  const suppressed = suppressedMarkdown(result.findings);
  if (suppressed && size(text) + size(suppressed) + 2 <= options.budget) text += `\n${suppressed}\n`;
  else if (counts.suppressed > 0)
    text += `\n${plural(counts.suppressed, 'finding')} suppressed inline with a reason (listed in the SARIF and JSON reports).\n`;
  return text;
}

function verdict(result: Compared, counts: ReturnType<typeof countFindings>): string {
  const files = plural(result.files.length, 'inventory file');
  const suppressed = counts.suppressed > 0 ? `, ${formatCount(counts.suppressed)} suppressed` : '';
  if (counts.errors === 0 && counts.warnings === 0) {
    return `## ✅ citrix-license-lint: compliant\n\nNo problems in ${files} as of ${result.asOf}${suppressed}.${telemetryNote(result)}`;
  }
  const icon = counts.errors > 0 ? '❌' : '⚠️';
  const word = counts.errors > 0 ? 'not compliant' : 'compliant, with warnings';
  return `## ${icon} citrix-license-lint: ${word}\n\n**${plural(counts.errors, 'error')}**, ${plural(counts.warnings, 'warning')} in ${files} as of ${result.asOf}${suppressed}.${telemetryNote(result)}`;
}

function ruleTable(findings: readonly Finding[]): string {
  const rows = [...groupByRule(findings)].map(([ruleId, group]) => {
    const errors = group.filter((f) => f.severity === 'error').length;
    return `| [\`${ruleId}\`](${docsUrl(ruleId)}) | ${errors} | ${group.length - errors} |`;
  });
  return `| Rule | Errors | Warnings |\n|---|---:|---:|\n${rows.join('\n')}`;
}

function groupByRule(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.ruleId);
    if (group) group.push(finding);
    else groups.set(finding.ruleId, [finding]);
  }
  // Rules with errors first, then by id, so the most important sections survive truncation.
  return new Map(
    [...groups].sort(([a, fa], [b, fb]) => {
      const ea = fa.some((f) => f.severity === 'error') ? 0 : 1;
      const eb = fb.some((f) => f.severity === 'error') ? 0 : 1;
      return ea - eb || (a < b ? -1 : 1);
    }),
  );
}

function location(finding: Finding, context: ReportContext): string {
  const file = displayPath(finding.file, context.cwd);
  const label = `${file}:${finding.line}`;
  if (!context.links) return `\`${escapeForLog(label)}\``;
  const { serverUrl, repository, sha } = context.links;
  return `[${cell(label)}](${serverUrl}/${repository}/blob/${sha}/${encodeURI(file)}#L${finding.line})`;
}

function cell(text: string): string {
  // Control characters from the inventory are shown escaped (issue 16), after the
  // backslashes of the text itself are doubled so the escapes read as written.
  return escapeForLog(text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;'));
}

/** A Mermaid gantt of what falls due in the next year, one milestone per deadline. */
export function ganttChart(deadlines: readonly LocatedDeadline[], asOf: string): string | undefined {
  const upcoming = deadlines.filter((d) => daysBetween(asOf, d.lastDay) <= GANTT_HORIZON_DAYS).slice(0, GANTT_MAX_TASKS);
  if (upcoming.length === 0) return undefined;
  const lines = [
    '```mermaid',
    'gantt',
    `    title Licensing deadlines after ${asOf}`,
    '    dateFormat YYYY-MM-DD',
    '    axisFormat %Y-%m-%d',
  ];
  const bySection = new Map<string, LocatedDeadline[]>();
  for (const deadline of upcoming) {
    const group = bySection.get(deadline.kind);
    if (group) group.push(deadline);
    else bySection.set(deadline.kind, [deadline]);
  }
  let id = 0;
  for (const [kind, group] of bySection) {
    lines.push(`    section ${mermaidText(kind.charAt(0).toUpperCase() + kind.slice(1))}`);
    for (const deadline of group) lines.push(`    ${mermaidText(deadline.subject)} :milestone, d${++id}, ${deadline.lastDay}, 0d`);
  }
  lines.push('```');
  const more = deadlines.length - upcoming.length;
  return `### Upcoming deadlines\n\n${lines.join('\n')}${more > 0 ? `\n\n_${plural(more, 'later deadline')} not charted._` : ''}`;
}

/** Mermaid task and section names end at `:` and break on `#` or `;`. */
function mermaidText(text: string): string {
  return text
    .replace(/[`:#;]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
}
