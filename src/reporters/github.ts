import type { Compared } from '../change/compare.js';
import type { Finding } from '../model/finding.js';
import { plural } from '../util/format.js';
import type { ReportContext } from './context.js';
import { displayPath } from '../util/paths.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: { title: string; file?: string; startLine?: number; endLine?: number; startColumn?: number; endColumn?: number };
}

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step
 * (actions/toolkit, docs/problem-matchers.md: "Limitations"). Past that it drops them
 * silently, so we pick: errors before warnings, findings on lines the pull request
 * changed first, and one notice that says how many more there are and where.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

/** Lines changed by the pull request, by repository-relative file. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number>>;

export function selectAnnotations(result: Compared, context: ReportContext, changed?: ChangedLines): Annotation[] {
  const active = result.findings.filter((f) => !f.suppression);
  const onChangedLine = (f: Finding) => changed?.get(displayPath(f.file, context.cwd))?.has(f.line) ?? false;
  // New findings first, then those on changed lines: what the pull request is about.
  const introduced = new Set(result.comparison?.comparison.introduced);
  const rank = (f: Finding) => (introduced.has(f) ? 2 : 0) + (onChangedLine(f) ? 1 : 0);
  const ordered = [...active].sort((a, b) => rank(b) - rank(a));
  const picked: Annotation[] = [];
  for (const level of ['error', 'warning'] as const) {
    for (const finding of ordered.filter((f) => f.severity === level).slice(0, ANNOTATIONS_PER_LEVEL)) {
      picked.push(toAnnotation(finding, context));
    }
  }
  const left = active.length - picked.length;
  if (left > 0) {
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
  return {
    level: finding.severity,
    message: finding.message,
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

/** Emits annotations as workflow commands through @actions/core, which escapes them. */
export async function emitAnnotations(annotations: readonly Annotation[]): Promise<void> {
  const core = await import('@actions/core');
  for (const annotation of annotations) core[annotation.level](annotation.message, annotation.properties);
}
