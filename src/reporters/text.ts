import type { Reporter } from './context.js';
import { countFindings } from '../engine/verdict.js';
import { telemetryNote } from './telemetry-note.js';
import { displayPath } from '../util/paths.js';
import { plural } from '../util/format.js';
import { countsLine } from './change-words.js';
import { aloneNote, filesWords } from './extent-words.js';
import { escapeForLog, pathForLog } from '../util/terminal.js';
import type { Finding, WithheldFinding } from '../model/finding.js';
import { blockerKey, blockerWords, withheldCount } from './withheld-words.js';

const ansi = (code: string) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const identity = (text: string) => text;

/**
 * Grouped by file, one finding a line as `file:line:col  severity  message  rule-id`; the
 * findings withheld until an error is fixed are listed under that error.
 */
export const textReporter: Reporter = (result, context) => {
  const paint = context.color
    ? { error: ansi('31'), warning: ansi('33'), dim: ansi('2'), bold: ansi('1'), green: ansi('32') }
    : { error: identity, warning: identity, dim: identity, bold: identity, green: identity };
  const lines: string[] = [];
  let currentFile: string | undefined;
  const active = result.findings.filter((f) => !f.suppression);
  const introduced = new Set(result.comparison?.comparison.introduced);
  if (result.comparison)
    lines.push(`Compared with ${escapeForLog(result.comparison.base)}: ${countsLine(result.comparison.comparison)}.`, '');
  const waiting = new Map<string, WithheldFinding[]>();
  for (const finding of result.withheld) {
    const key = blockerKey(finding.waitsFor);
    waiting.set(key, [...(waiting.get(key) ?? []), finding]);
  }
  const line = (finding: Finding, indent: string) => {
    const file = pathForLog(displayPath(finding.file, context.cwd));
    const severity = finding.severity === 'error' ? paint.error('error  ') : paint.warning('warning');
    const fresh = result.comparison && introduced.has(finding) ? `${paint.bold('new')}  ` : '';
    return `${indent}${file}:${finding.line}:${finding.column}  ${severity}  ${fresh}${escapeForLog(finding.message)}  ${paint.dim(escapeForLog(finding.ruleId))}`;
  };
  for (const finding of active) {
    // Paths and messages carry inventory text: escaped, so it cannot repaint a terminal or
    // pass a workflow command to a runner.
    const file = pathForLog(displayPath(finding.file, context.cwd));
    if (file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      lines.push(paint.bold(file));
      currentFile = file;
    }
    lines.push(line(finding, '  '));
    const held = waiting.get(blockerKey(finding));
    if (!held) continue;
    waiting.delete(blockerKey(finding));
    lines.push(
      `      ${paint.dim(`withheld until this is fixed (${plural(held.length, 'finding')}; ${held.length === 1 ? 'its' : 'their'} advice may rest on what could not be read):`)}`,
    );
    for (const finding of held) lines.push(line(finding, '        '));
  }
  // Waiting for an error not shown here (suppressed, or left out by --quiet): listed apart.
  for (const held of waiting.values()) {
    if (lines.length > 0) lines.push('');
    lines.push(paint.bold(`Withheld until ${pathForLog(escapeForLog(blockerWords(held[0]!.waitsFor, context.cwd)))} is fixed:`));
    for (const finding of held) lines.push(line(finding, '  '));
  }
  const counts = countFindings(result.findings);
  const files = filesWords(result);
  const suppressed = `${counts.suppressed > 0 ? `, ${counts.suppressed} suppressed` : ''}${result.withheld.length > 0 ? `, ${withheldCount(result.withheld)}` : ''}`;
  if (lines.length > 0) lines.push('');
  // Said next to the summary: the verdict covers that file alone.
  const alone = aloneNote(result, context.cwd, pathForLog);
  if (alone) lines.push(alone);
  if (active.length === 0 && result.withheld.length === 0) {
    lines.push(paint.green(`No problems in ${files} as of ${result.asOf}${suppressed}.${telemetryNote(result)}`));
  } else {
    const summary = `${plural(counts.errors + counts.warnings, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}) in ${files} as of ${result.asOf}${suppressed}.${telemetryNote(result)}`;
    lines.push(counts.errors > 0 || result.withheld.some((f) => f.severity === 'error') ? paint.error(summary) : paint.warning(summary));
  }
  return `${lines.join('\n')}\n`;
};
