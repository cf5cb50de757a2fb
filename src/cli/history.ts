import path from 'node:path';
import { compareRuns, isWithheld, type RunFindings } from '../change/compare.js';
import { git, repositoryTop } from '../change/git.js';
import { HistoryLinter } from '../change/history-linter.js';
import { resolveInputs } from '../config/inventory-inputs.js';
import { countFindings } from '../engine/verdict.js';
import { UsageError } from '../util/errors.js';
import { todayUtc } from '../util/dates.js';
import type { CliOptions } from './args.js';
import type { CliIo } from './io.js';
import { writeOutput } from './write-output.js';
import { escapeControls, escapeForLog } from '../util/terminal.js';

export interface HistoryPoint {
  commit: string;
  date: string;
  subject: string;
  errors: number;
  warnings: number;
  /** Findings waiting for an error to be fixed (or found before in a part it cannot read): not in errors or warnings, not fixed. */
  withheld: number;
  introduced: number;
  fixed: number;
}

/**
 * `history`: every commit that touched the inventory, oldest first, each judged as of its
 * own commit date with today's configuration, so the timeline shows when compliance was
 * lost and won back.
 */
export async function runHistory(options: CliOptions, io: CliIo): Promise<number> {
  const top = repositoryTop(io.cwd);
  if (!top) throw new UsageError('history needs a git repository: run it inside the clone');
  const { inputs, config } = resolveInputs({ explicit: options.config, paths: options.paths, cwd: io.cwd });
  const pathspecs = inputs.map((input) => path.relative(top, path.resolve(io.cwd, input)) || '.');
  const log = git(top, [
    'log',
    '--reverse',
    '--format=%H%x09%T%x09%cI%x09%s',
    ...(options.since ? [`--since=${options.since}`] : []),
    '--',
    ...pathspecs,
  ]).toString('utf8');
  const points: HistoryPoint[] = [];
  // The previous commit's run: a finding withheld in the next one is not fixed there.
  let previous: RunFindings = { findings: [], withheld: [], unread: [] };
  // The committer date is whatever the committer wrote: backdating a commit would judge it
  // before its deadlines. So no commit is judged before the one listed ahead of it, nor
  // after the run's own date, and the outputs say whose date this is.
  const runDate = options.asOf ?? config.asOf ?? todayUtc(io.now());
  let floor = '';
  const linter = new HistoryLinter(top, {
    inputs,
    inventory: config.inventory,
    cwd: io.cwd,
    settings: config.settings,
    ruleLevels: config.ruleLevels,
    limits: config.limits,
  });
  try {
    for (const line of log.split('\n')) {
      if (!line) continue;
      const [commit, tree, date, ...subject] = line.split('\t');
      const claimed = date!.slice(0, 10);
      const asOf = raisedAndCapped(claimed, floor, runDate);
      floor = asOf;
      const run = await linter.runAt(commit!, tree!, asOf);
      points.push(historyPoint(commit!, asOf, subject.join('\t'), previous, run));
      previous = run;
    }
  } finally {
    linter.close();
  }
  writeOutput(io, options.output, historyOutput(points, options.format));
  return 0;
}

/** The timeline in `format`: json, markdown, or text for any other. */
export function historyOutput(points: readonly HistoryPoint[], format = 'text'): string {
  if (format === 'json') return `${JSON.stringify({ datesJudged: DATES_JUDGED, points }, null, 2)}\n`;
  return format === 'markdown' ? historyMarkdown(points) : historyText(points);
}

/** One commit's point: its counts, and what changed since the commit listed before it. */
export function historyPoint(commit: string, date: string, subject: string, previous: RunFindings, run: RunFindings): HistoryPoint {
  const counts = countFindings(run.findings);
  const comparison = compareRuns(previous, run);
  return {
    commit,
    date,
    subject,
    errors: counts.errors,
    warnings: counts.warnings,
    withheld: [...comparison.introduced, ...comparison.unchanged].filter(isWithheld).length,
    introduced: comparison.introduced.length,
    fixed: comparison.fixed.length,
  };
}

/** `date` raised to `floor` and capped at `ceiling` (ISO dates, which compare as strings). */
function raisedAndCapped(date: string, floor: string, ceiling: string): string {
  if (date < floor) return floor;
  return date > ceiling ? ceiling : date;
}

/** Whose date each point is judged as of, in every format. */
export const DATES_JUDGED =
  "each commit's committer date (chosen by whoever committed), raised to the date of the commit before it and capped at the run's date";

function historyText(points: readonly HistoryPoint[]): string {
  if (points.length === 0) return 'No commit touches the inventory.\n';
  const withheld = points.some((p) => p.withheld > 0);
  const rows = points.map((p) => [
    p.date,
    p.commit.slice(0, 10),
    String(p.errors),
    String(p.warnings),
    ...(withheld ? [String(p.withheld)] : []),
    `+${p.introduced}`,
    `-${p.fixed}`,
    escapeForLog(p.subject).slice(0, 60),
  ]);
  const header = ['DATE', 'COMMIT', 'ERRORS', 'WARNINGS', ...(withheld ? ['WITHHELD'] : []), 'NEW', 'FIXED', 'SUBJECT'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return `Judged as of ${DATES_JUDGED}.\n${[header, ...rows]
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

export function historyMarkdown(points: readonly HistoryPoint[]): string {
  if (points.length === 0) return '_No commit touches the inventory._\n';
  const last = points.slice(-60);
  const max = Math.max(1, ...last.map((p) => p.errors + p.warnings));
  const chart = [
    '```mermaid',
    'xychart-beta',
    '    title "Licensing findings per commit"',
    `    x-axis [${last.map((p) => `"${p.date}"`).join(', ')}]`,
    `    y-axis "findings" 0 --> ${max}`,
    `    line [${last.map((p) => p.errors).join(', ')}]`,
    `    line [${last.map((p) => p.warnings).join(', ')}]`,
    '```',
  ].join('\n');
  // Withheld findings wait for an error to be fixed: a column of their own, where there are any.
  const withheld = points.some((p) => p.withheld > 0);
  const rows = points.map(
    (p) =>
      `| ${p.date} | \`${p.commit.slice(0, 10)}\` | ${p.errors} | ${p.warnings} |${withheld ? ` ${p.withheld} |` : ''} +${p.introduced} / -${p.fixed} | ${markdownText(p.subject.slice(0, 80))} |`,
  );
  const head = withheld
    ? '| Date | Commit | Errors | Warnings | Withheld | New / fixed | Subject |\n|---|---|---:|---:|---:|---|---|'
    : '| Date | Commit | Errors | Warnings | New / fixed | Subject |\n|---|---|---:|---:|---|---|';
  return `### Compliance over time\n\nErrors (first line) and warnings (second line) of the last ${last.length} commits that touched the inventory, each judged as of ${DATES_JUDGED}.\n\n${chart}\n\n${head}\n${rows.join('\n')}\n`;
}

/**
 * A commit subject (anyone's text) as plain text in a table cell: every character Markdown
 * or HTML would act on is escaped, so a subject cannot add links, images, mentions or rows.
 */
function markdownText(text: string): string {
  return escapeControls(text)
    .replace(/[\\`*_{}[\]()<>#+\-!|~&"']/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b');
}
