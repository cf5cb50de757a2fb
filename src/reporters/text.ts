import type { Reporter } from './context.js';
import { countFindings } from '../engine/verdict.js';
import { telemetryNote } from './telemetry-note.js';
import { displayPath } from '../util/paths.js';
import { plural } from '../util/format.js';
import { countsLine } from './change-words.js';
import { aloneNote, filesWords } from './extent-words.js';
import { escapeForLog, pathForLog } from '../util/terminal.js';

const ansi = (code: string) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const identity = (text: string) => text;

/** Grouped by file, one finding a line as `file:line:col  severity  message  rule-id`. */
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
  for (const finding of active) {
    // Paths and messages carry inventory text: escaped, so it cannot repaint a terminal or
    // pass a workflow command to a runner.
    const file = pathForLog(displayPath(finding.file, context.cwd));
    if (file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      lines.push(paint.bold(file));
      currentFile = file;
    }
    const severity = finding.severity === 'error' ? paint.error('error  ') : paint.warning('warning');
    const fresh = result.comparison && introduced.has(finding) ? `${paint.bold('new')}  ` : '';
    lines.push(
      `  ${file}:${finding.line}:${finding.column}  ${severity}  ${fresh}${escapeForLog(finding.message)}  ${paint.dim(escapeForLog(finding.ruleId))}`,
    );
  }
  const counts = countFindings(result.findings);
  const files = filesWords(result);
  const suppressed = counts.suppressed > 0 ? `, ${counts.suppressed} suppressed` : '';
  if (lines.length > 0 && active.length > 0) lines.push('');
  // Said next to the summary: the verdict covers that file alone.
  const alone = aloneNote(result, context.cwd, pathForLog);
  if (alone) lines.push(alone);
  if (active.length === 0) {
    lines.push(paint.green(`No problems in ${files} as of ${result.asOf}${suppressed}.${telemetryNote(result)}`));
  } else {
    const summary = `${plural(counts.errors + counts.warnings, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}) in ${files} as of ${result.asOf}${suppressed}.${telemetryNote(result)}`;
    lines.push(counts.errors > 0 ? paint.error(summary) : paint.warning(summary));
  }
  return `${lines.join('\n')}\n`;
};
