import { escapeForLog } from '../util/terminal.js';
import { isWithheld } from '../change/compare.js';
import { withheldNote } from './withheld-words.js';
import type { Finding } from '../model/finding.js';
import { plural } from '../util/format.js';
import type { ReportContext, Reporter } from './context.js';
import { displayPath } from '../util/paths.js';
import { ANNOTATION_MESSAGE_MAX, ANNOTATIONS_PER_LEVEL, cutToSize } from './github-limits.js';
import { annotationScope, type AnnotationScope } from './annotation-scope.js';

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

/**
 * GitHub shows at most 10 annotations per level and step and drops the rest silently, so we
 * pick from the scope (annotation-scope.ts: a pull request's own findings, else all): errors
 * before warnings, in the scope's order; the slots in `reserved` are left free, and one
 * notice says how many findings are not annotated and where they are.
 */
export function selectAnnotations(
  scope: AnnotationScope,
  context: ReportContext,
  reserved: ReservedSlots = { error: 0, warning: 0, notice: 0 },
): Annotation[] {
  const picked: Annotation[] = [];
  for (const level of ['error', 'warning'] as const) {
    const room = Math.max(0, ANNOTATIONS_PER_LEVEL - reserved[level]);
    for (const finding of scope.findings.filter((f) => f.severity === level).slice(0, room)) {
      picked.push(toAnnotation(finding, context));
    }
  }
  const left = scope.active - picked.length;
  if (left > 0 && reserved.notice < ANNOTATIONS_PER_LEVEL) {
    const why =
      scope.basis === 'change'
        ? `annotations mark what this change introduces and the lines it changes, at most ${ANNOTATIONS_PER_LEVEL} errors and ${ANNOTATIONS_PER_LEVEL} warnings per step`
        : `GitHub shows ${ANNOTATIONS_PER_LEVEL} errors and ${ANNOTATIONS_PER_LEVEL} warnings per step`;
    picked.push({
      level: 'notice',
      message: `${plural(left, 'more finding')} ${left === 1 ? 'is' : 'are'} not annotated here (${why}): see the job summary, the check run or the SARIF upload.`,
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
export const githubReporter: Reporter = (result, context) =>
  formatAnnotations(selectAnnotations(annotationScope(result, context), context));

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
