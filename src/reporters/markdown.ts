import type { Compared } from '../change/compare.js';
import type { ChangeDigest } from '../change/digest.js';
import type { LocatedDeadline } from '../engine/lint.js';
import { countFindings, judge, type Verdict } from '../engine/verdict.js';
import type { Finding, WithheldFinding } from '../model/finding.js';
import { withheldCount } from './withheld-words.js';
import { telemetryNote } from './telemetry-note.js';
import { daysBetween } from '../util/dates.js';
import { formatCount, plural } from '../util/format.js';
import { displayPath } from '../util/paths.js';
import { countsLine } from './change-words.js';
import { aloneNote, filesWords } from './extent-words.js';
import { suppressedMarkdown } from './weakening.js';
import type { ReportContext, Reporter } from './context.js';
import { digestMarkdown } from './digest-markdown.js';
import { fitWarning, type StandingWarning } from './standing-warning.js';
import { githubSize, STEP_SUMMARY_MAX } from './github-limits.js';
import { blobUrl, mdCell, mdCode, mdMessage, mermaidName } from './markdown-escape.js';
import { mdFinding, rulesById } from './markdown-message.js';
import { byUrgency } from './urgency.js';
import { verdictWords } from './verdict-words.js';

export interface MarkdownOptions {
  /** Most the report may take, in UTF-8 bytes (GitHub's limits, github-limits.ts). */
  budget: number;
  /**
   * The hidden marker the action finds its comment or issue by: the body's first line, where
   * it is read (action/publish/marker.ts); never cut, counted in the budget.
   */
  marker?: string;
  /** Said before the verdict, in this order, each cut to fit but never dropped; together at most half the budget. */
  warnings?: readonly StandingWarning[];
  /** Markdown after the verdict, already safe (a push's compliance point); counted in the budget. */
  lead?: string;
  /** What a pull request does to licensing; given at most a third of the budget. */
  digest?: ChangeDigest;
  /** The verdict every output states; judged at fail-on error when not given. */
  verdict?: Verdict;
  /** Links to the workflow run and the check run, shown last. */
  runLinks?: { run?: string; checkRun?: string };
  /** Where the whole report is, for the lines that say what was left out. */
  whereAll?: string;
}

const GANTT_HORIZON_DAYS = 365;
const GANTT_MAX_TASKS = 30;
const DEADLINE_LIST_MAX = 10;
const FIXED_LIST_MAX = 50;

/** The job summary's budget: GitHub's 1 MiB per step, less room for other steps' headers. */
export const SUMMARY_OPTIONS: MarkdownOptions = { budget: STEP_SUMMARY_MAX - 16 * 1024 };

export const markdownReporter: Reporter = (result, context) => markdownReport(result, context, SUMMARY_OPTIONS);

/**
 * The Markdown report, built to `options.budget` by construction: every part is measured
 * before it is added, the change digest gets at most a third, and the findings are shared
 * out between the rules round by round (most urgent rule first), so a cut report still
 * shows some of every rule and says what it left out and where to see it all.
 */
export function markdownReport(result: Compared, context: ReportContext, options: MarkdownOptions): string {
  const counts = countFindings(result.findings);
  const verdict =
    options.verdict ??
    judge(result.findings, result.comparison?.comparison.introduced, { failOn: 'error', onlyNew: false }, result.withheld);
  const whereAll = options.whereAll ?? 'run `citrix-license-lint --format json` for everything';
  const closingReserve = 600;
  const budget = options.budget - closingReserve;
  const parts: string[] = [];
  const rules = rulesById(context.rules);
  const introduced = new Set(result.comparison?.comparison.introduced);
  let used = 0;
  const add = (text: string, max = budget): boolean => {
    const size = githubSize(`${text}\n\n`);
    if (used + size > Math.min(max, budget)) return false;
    parts.push(text);
    used += size;
    return true;
  };

  if (options.marker) {
    parts.push(options.marker);
    used += githubSize(`${options.marker}\n\n`);
  }
  const warnings = options.warnings ?? [];
  let warningRoom = Math.floor((budget - used) / 2);
  warnings.forEach((warning, i) => {
    const text = fitWarning(warning, Math.floor(warningRoom / (warnings.length - i)), whereAll);
    warningRoom -= githubSize(`${text}\n\n`);
    parts.push(text);
    used += githubSize(`${text}\n\n`);
  });
  add(headline(result, verdict));
  const alone = aloneNote(result, context.cwd, mdCode);
  if (alone) add(alone);
  if (result.comparison) {
    const { comparison, base } = result.comparison;
    add(`This change **${countsLine(comparison)}** (compared with ${mdCode(base.length === 40 ? base.slice(0, 10) : base)}).`);
    if (comparison.fixed.length > 0) {
      const fixed = comparison.fixed.slice(0, FIXED_LIST_MAX).map((f) => `- ${mdCode(f.ruleId)}: ${mdFinding(f, rules)}`);
      const more = comparison.fixed.length > FIXED_LIST_MAX ? `\n- and ${comparison.fixed.length - FIXED_LIST_MAX} more` : '';
      add(
        `<details><summary>Fixed by this change (${comparison.fixed.length})</summary>\n\n${fixed.join('\n')}${more}\n\n</details>`,
        used + budget / 6,
      );
    }
  }
  if (options.lead) add(options.lead);
  if (options.digest) add(digestMarkdown(options.digest, Math.floor((budget - used) / 3), whereAll));

  const active = byUrgency(
    result,
    result.findings.filter((f) => !f.suppression),
  );
  const groups = groupByRule(active);
  if (active.length > 0) add(ruleTable(groups, context), used + budget / 6);
  const withheld = withheldMarkdown(result.withheld, context, rules, introduced, Math.floor(budget / 6));
  if (withheld) add(withheld);
  const deadlines = deadlineList(result.deadlines, result.asOf);
  if (deadlines) add(deadlines, used + budget / 8);
  const gantt = ganttChart(result.deadlines, result.asOf);
  if (gantt) add(gantt, used + budget / 6);

  const shown = shareRows(
    groups,
    budget - used,
    (f) => row(f, context, rules, introduced.has(f)),
    (id, group) => sectionHead(id, group, context),
  );
  let text = `${parts.join('\n\n')}\n`;
  let shownCount = 0;
  for (const [ruleId, group] of groups) {
    const rows = shown.get(ruleId);
    if (rows === undefined) continue;
    text += sectionHead(ruleId, group, context);
    text += rows.map((f) => row(f, context, rules, introduced.has(f))).join('');
    if (rows.length < group.length) text += `\n_${formatCount(group.length - rows.length)} more of this rule not shown._\n`;
    shownCount += rows.length;
  }
  if (shownCount < active.length) {
    const left = active.length - shownCount;
    text += `\n_${formatCount(left)} more ${left === 1 ? 'finding is' : 'findings are'} not shown here, to stay within GitHub's size limit: ${whereAll}._\n`;
  }
  // Listed with their reasons (issue 16): a suppression is a decision reviewers must see.
  const suppressed = suppressedMarkdown(result.findings);
  if (suppressed && githubSize(text) + githubSize(suppressed) + 2 <= options.budget) text += `\n${suppressed}\n`;
  else if (counts.suppressed > 0)
    text += `\n${plural(counts.suppressed, 'finding')} suppressed inline with a reason (listed in the SARIF and JSON reports).\n`;
  const links = [
    options.runLinks?.run ? `[Workflow run](${options.runLinks.run})` : '',
    options.runLinks?.checkRun ? `[Check run](${options.runLinks.checkRun})` : '',
  ].filter(Boolean);
  if (links.length > 0) text += `\n${links.join(' · ')}\n`;
  return text;
}

function headline(result: Compared, verdict: Verdict): string {
  const { counts } = verdict;
  const words = verdictWords(verdict);
  const files = filesWords(result, 'inventory file');
  const suppressed = `${counts.suppressed > 0 ? `, ${formatCount(counts.suppressed)} suppressed` : ''}${
    result.withheld.length > 0 ? `, ${withheldCount(result.withheld)}` : ''
  }`;
  const scope = verdict.onlyNew
    ? ` (judged on what this change introduces: ${plural(verdict.judged.errors, 'error')}, ${plural(verdict.judged.warnings, 'warning')})`
    : '';
  if (counts.errors === 0 && counts.warnings === 0 && result.withheld.length === 0)
    return `## ${words.icon} citrix-license-lint: ${words.title}\n\nNo problems in ${files} as of ${result.asOf}${suppressed}.${telemetryNote(result)}`;
  return `## ${words.icon} citrix-license-lint: ${words.title}\n\n**${plural(counts.errors, 'error')}**, ${plural(counts.warnings, 'warning')} in ${files} as of ${result.asOf}${suppressed}${scope}.${telemetryNote(result)}`;
}

/**
 * The findings withheld until an error is fixed, with what each waits for, within `room`
 * bytes: listed so that none passes for fixed, their advice not to be followed yet.
 */
function withheldMarkdown(
  withheld: readonly WithheldFinding[],
  context: ReportContext,
  rules: ReturnType<typeof rulesById>,
  introduced: ReadonlySet<Finding>,
  room: number,
): string | undefined {
  if (withheld.length === 0) return undefined;
  let text = `### Withheld until the errors they wait for are fixed (${formatCount(withheld.length)})\n\nThese may rest on what could not be read: fix the error each waits for before following their advice. They count in the verdict as they are.\n\n| Location | Message | Waits for |\n|---|---|---|\n`;
  let shown = 0;
  for (const finding of withheld) {
    const waits = `${mdCell(mdCode(finding.waitsFor.ruleId))} at ${mdCell(mdCode(`${displayPath(finding.waitsFor.file, context.cwd)}:${finding.waitsFor.line}`))}`;
    const row = `| ${location(finding, context)} | ${introduced.has(finding) ? '🆕 ' : ''}${mdCell(mdFinding(finding, rules))} | ${waits} |\n`;
    if (githubSize(text) + githubSize(row) + 80 > room) break;
    text += row;
    shown++;
  }
  if (shown < withheld.length) text += `\n_${formatCount(withheld.length - shown)} more withheld, not shown here._\n`;
  return text.trimEnd();
}

function ruleTable(groups: Map<string, Finding[]>, context: ReportContext): string {
  const rows = [...groups].map(([ruleId, group]) => {
    const errors = group.filter((f) => f.severity === 'error').length;
    return `| ${ruleLink(ruleId, context)} | ${errors} | ${group.length - errors} |`;
  });
  return `| Rule | Errors | Warnings |\n|---|---:|---:|\n${rows.join('\n')}`;
}

function ruleLink(ruleId: string, context: ReportContext): string {
  const url = context.rules.find((r) => r.id === ruleId)?.url;
  return url ? `[${mdCell(mdCode(ruleId))}](${url})` : mdCell(mdCode(ruleId));
}

/** Rules in the order of their most urgent finding (the findings come sorted by urgency). */
function groupByRule(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.ruleId);
    if (group) group.push(finding);
    else groups.set(finding.ruleId, [finding]);
  }
  return groups;
}

/** The rule's fix, once per rule, instead of in every row. */
function sectionHead(ruleId: string, group: readonly Finding[], context: ReportContext): string {
  const rule = context.rules.find((r) => r.id === ruleId);
  const fix = rule?.help?.fix ? `**How to fix.** ${mdMessage(rule.help.fix.replace(/\s*\n\s*/g, ' '))} ` : '';
  const more = rule ? `[Rule documentation](${rule.url})` : '';
  return `\n### ${mdCode(ruleId)} (${group.length})\n\n${fix}${more}\n\n| Location | Message |\n|---|---|\n`;
}

function row(finding: Finding, context: ReportContext, rules: ReturnType<typeof rulesById>, isNew: boolean): string {
  return `| ${location(finding, context)} | ${isNew ? '🆕 ' : ''}${mdCell(mdFinding(finding, rules))} |\n`;
}

/**
 * Rows per rule within `room` bytes, shared out round by round: every rule that fits gets its
 * heading and first row before any rule gets its second, so a cut report keeps some of each.
 */
function shareRows(
  groups: Map<string, Finding[]>,
  room: number,
  rowText: (f: Finding) => string,
  headText: (ruleId: string, group: Finding[]) => string,
): Map<string, Finding[]> {
  const shown = new Map<string, Finding[]>();
  let used = 0;
  const moreLine = 80;
  for (let round = 0; ; round++) {
    let added = false;
    for (const [ruleId, group] of groups) {
      const finding = group[round];
      if (!finding) continue;
      const rows = shown.get(ruleId);
      if (round > 0 && rows?.length !== round) continue;
      const cost = githubSize(rowText(finding)) + (round === 0 ? githubSize(headText(ruleId, group)) + moreLine : 0);
      if (used + cost > room) continue;
      used += cost;
      if (rows) rows.push(finding);
      else shown.set(ruleId, [finding]);
      added = true;
    }
    if (!added) return shown;
  }
}

function location(finding: Finding, context: ReportContext): string {
  const file = displayPath(finding.file, context.cwd);
  const label = mdCell(mdCode(`${file}:${finding.line}`));
  if (!context.links) return label;
  return `[${label}](${blobUrl(context.links, file, finding.line)})`;
}

/** The nearest deadlines as a list, soonest first: what to do next, in days. */
function deadlineList(deadlines: readonly LocatedDeadline[], asOf: string): string | undefined {
  const soon = [...deadlines].sort((a, b) => (a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : 0)).slice(0, DEADLINE_LIST_MAX);
  if (soon.length === 0) return undefined;
  const lines = soon.map((d) => {
    const days = daysBetween(asOf, d.lastDay);
    return `- **${d.lastDay}** (${days === 0 ? 'today' : `in ${plural(days, 'day')}`}): ${mdMessage(d.subject)}: ${mdMessage(d.action)}`;
  });
  return `### Nearest deadlines\n\n${lines.join('\n')}`;
}

/** A Mermaid gantt of what falls due in the next year, one milestone per deadline, soonest first. */
export function ganttChart(deadlines: readonly LocatedDeadline[], asOf: string): string | undefined {
  const upcoming = [...deadlines]
    .filter((d) => daysBetween(asOf, d.lastDay) <= GANTT_HORIZON_DAYS)
    .sort((a, b) => (a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : 0))
    .slice(0, GANTT_MAX_TASKS);
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
    lines.push(`    section ${mermaidName(kind.charAt(0).toUpperCase() + kind.slice(1))}`);
    for (const deadline of group) lines.push(`    ${mermaidName(deadline.subject)} :milestone, d${++id}, ${deadline.lastDay}, 0d`);
  }
  lines.push('```');
  const more = deadlines.length - upcoming.length;
  return `### Upcoming deadlines\n\n${lines.join('\n')}${more > 0 ? `\n\n_${plural(more, 'later deadline')} not charted._` : ''}`;
}
