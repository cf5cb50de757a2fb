import path from 'node:path';
import { compareRuns } from '../change/compare.js';
import type { BlobCache } from '../change/commit-tree.js';
import { git, repositoryTop } from '../change/git.js';
import { lintAtCommit } from '../change/lint-at.js';
import { resolveConfig } from '../config/resolve-config.js';
import type { LintResult } from '../engine/lint.js';
import { defaultInputs } from '../load/discover.js';
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
  introduced: number;
  fixed: number;
}

/**
 * `history`: every commit that touched the inventory, oldest first, each judged as of its
 * own commit date with today's configuration, so the timeline shows when compliance was
 * lost and won back.
 */
export async function runHistory(options: CliOptions, io: CliIo): Promise<number> {
  const inputs = options.paths.length > 0 ? options.paths : defaultInputs(io.cwd);
  const top = repositoryTop(io.cwd);
  if (!top) throw new UsageError('history needs a git repository: run it inside the clone');
  const config = resolveConfig({ explicit: options.config, inputs, cwd: io.cwd });
  const pathspecs = inputs.map((input) => path.relative(top, path.resolve(io.cwd, input)) || '.');
  const log = git(top, [
    'log',
    '--reverse',
    '--format=%H%x09%cI%x09%s',
    ...(options.since ? [`--since=${options.since}`] : []),
    '--',
    ...pathspecs,
  ]).toString('utf8');
  const cache: BlobCache = new Map();
  const points: HistoryPoint[] = [];
  // The previous commit's run: a finding withheld in the next one is not fixed there.
  let previous: Pick<LintResult, 'findings' | 'withheld'> = { findings: [], withheld: [] };
  // The committer date is whatever the committer wrote: backdating a commit would judge it
  // before its deadlines. So no commit is judged before the one listed ahead of it, nor
  // after the run's own date, and the outputs say whose date this is.
  const runDate = options.asOf ?? config.asOf ?? todayUtc(io.now());
  let floor = '';
  for (const line of log.split('\n')) {
    if (!line) continue;
    const [commit, date, ...subject] = line.split('\t');
    const claimed = date!.slice(0, 10);
    // biome-ignore lint/complexity/useMathMinMax: ISO dates are text; Math.min and Math.max compare numbers
    const asOf = claimed < floor ? floor : claimed > runDate ? runDate : claimed;
    floor = asOf;
    const result = lintAtCommit(
      top,
      commit!,
      { inputs, cwd: io.cwd, asOf, settings: config.settings, ruleLevels: config.ruleLevels, limits: config.limits },
      cache,
    );
    const counts = countFindings(result.findings);
    const comparison = compareRuns(previous, result);
    points.push({
      commit: commit!,
      date: asOf,
      subject: subject.join('\t'),
      errors: counts.errors,
      warnings: counts.warnings,
      introduced: comparison.introduced.length,
      fixed: comparison.fixed.length,
    });
    previous = result;
  }
  const format = options.format ?? 'text';
  const text =
    format === 'json'
      ? `${JSON.stringify({ datesJudged: DATES_JUDGED, points }, null, 2)}\n`
      : format === 'markdown'
        ? historyMarkdown(points)
        : historyText(points);
  writeOutput(io, options.output, text);
  return 0;
}

/** Whose date each point is judged as of, in every format. */
export const DATES_JUDGED =
  "each commit's committer date (chosen by whoever committed), raised to the date of the commit before it and capped at the run's date";

function historyText(points: readonly HistoryPoint[]): string {
  if (points.length === 0) return 'No commit touches the inventory.\n';
  const rows = points.map((p) => [
    p.date,
    p.commit.slice(0, 10),
    String(p.errors),
    String(p.warnings),
    `+${p.introduced}`,
    `-${p.fixed}`,
    escapeForLog(p.subject).slice(0, 60),
  ]);
  const header = ['DATE', 'COMMIT', 'ERRORS', 'WARNINGS', 'NEW', 'FIXED', 'SUBJECT'];
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
  const rows = points.map(
    (p) =>
      `| ${p.date} | \`${p.commit.slice(0, 10)}\` | ${p.errors} | ${p.warnings} | +${p.introduced} / -${p.fixed} | ${markdownText(p.subject.slice(0, 80))} |`,
  );
  return `### Compliance over time\n\nErrors (first line) and warnings (second line) of the last ${last.length} commits that touched the inventory, each judged as of ${DATES_JUDGED}.\n\n${chart}\n\n| Date | Commit | Errors | Warnings | New / fixed | Subject |\n|---|---|---:|---:|---|---|\n${rows.join('\n')}\n`;
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
