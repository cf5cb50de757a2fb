import { escapeForLog } from '../util/terminal.js';
import { isWithheld, type Compared } from '../change/compare.js';
import { withheldNote } from './withheld-words.js';
import type { Finding } from '../model/finding.js';
import { plural } from '../util/format.js';
import type { ReportContext, Reporter } from './context.js';
import { displayPath } from '../util/paths.js';
import { ANNOTATION_MESSAGE_MAX, ANNOTATIONS_PER_LEVEL, cutToSize } from './github-limits.js';
import { byUrgency } from './urgency.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: { title: string; file?: string; startLine?: number; endLine?: number; startColumn?: number; endColumn?: number };
}

/**
 * Slots per level kept for the step's own messages (the closing error, API warnings), which
 * would otherwise be the 11th annotation of their level and dropped (github-limits.ts).
 */
export interface ReservedSlots {
  error: number;
  warning: number;
  notice: number;
}

/** Lines changed by the pull request, by repository-relative file. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number>>;

/**
 * GitHub shows at most 10 annotations per level and step and drops the rest silently, so we
 * pick: errors before warnings, findings the change introduced or on lines it changed, then
 * by urgency; the slots in `reserved` are left free, and one notice says how many more there
 * are and where.
 */
export function selectAnnotations(
  result: Compared,
  context: ReportContext,
  changed?: ChangedLines,
  reserved: ReservedSlots = { error: 0, warning: 0, notice: 0 },
): Annotation[] {
  // Withheld findings after the rest: shown, saying what they wait for.
  const active = [
    ...byUrgency(
      result,
      result.findings.filter((f) => !f.suppression),
    ),
    ...byUrgency(result, result.withheld),
  ];
  const onChangedLine = (f: Finding) => changed?.get(displayPath(f.file, context.cwd))?.has(f.line) ?? false;
  // New findings first, then those on changed lines: what the pull request is about.
  const introduced = new Set(result.comparison?.comparison.introduced);
  const rank = (f: Finding) => (introduced.has(f) ? 2 : 0) + (onChangedLine(f) ? 1 : 0);
  const ordered = [...active].sort((a, b) => rank(b) - rank(a));
  const picked: Annotation[] = [];
  for (const level of ['error', 'warning'] as const) {
    const room = Math.max(0, ANNOTATIONS_PER_LEVEL - reserved[level]);
    for (const finding of ordered.filter((f) => f.severity === level).slice(0, room)) {
      picked.push(toAnnotation(finding, context));
    }
  }
  const left = active.length - picked.length;
  if (left > 0 && reserved.notice < ANNOTATIONS_PER_LEVEL) {
    picked.push({
      level: 'notice',
      message: `${plural(left, 'more finding')} ${left === 1 ? 'is' : 'are'} not annotated here (GitHub shows ${ANNOTATIONS_PER_LEVEL} errors and ${ANNOTATIONS_PER_LEVEL} warnings per step): see the job summary, the check run or the SARIF upload.`,
      properties: { title: 'citrix-license-lint: more findings' },
    });
  }
  return picked;
}

export function toAnnotation(finding: Finding, context: ReportContext): Annotation {
  const sameLine = finding.line === finding.endLine;
  const message = isWithheld(finding) ? `${withheldNote(finding, context.cwd)}: ${finding.message}` : finding.message;
  return {
    level: finding.severity,
    message: cutToSize(message, ANNOTATION_MESSAGE_MAX - 1024),
    properties: {
      title: finding.ruleId,
      file: displayPath(finding.file, context.cwd),
      startLine: finding.line,
      endLine: finding.endLine,
      // GitHub takes columns only for single-line annotations.
      ...(sameLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
    },
  };
}

/**
 * Annotations as workflow commands (`::error file=…,line=…::message`), escaped as
 * @actions/core escapes them (actions/toolkit packages/core/src/command.ts): `%`, CR and LF
 * everywhere, and `:` and `,` in properties too. Empty properties are left out.
 */
export function formatAnnotations(annotations: readonly Annotation[]): string {
  return annotations.map((a) => `${workflowCommand(a.level, commandProperties(a.properties), a.message)}\n`).join('');
}

/** Findings as annotations on standard output: GitHub reads workflow commands only there. */
export const githubReporter: Reporter = (result, context) => formatAnnotations(selectAnnotations(result, context));

function commandProperties(p: Annotation['properties']): Record<string, string | number | undefined> {
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}

function workflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const pairs = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}

// After CR and LF are encoded, the other control characters (an ESC sequence in a
// hostname) are shown escaped and `##[` is broken up (issue 16): inventory text stays text.
const escapeData = (s: string) => escapeForLog(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
