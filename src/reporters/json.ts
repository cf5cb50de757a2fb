import type { Reporter } from './context.js';
import { countFindings } from '../engine/verdict.js';
import type { Finding, WithheldFinding } from '../model/finding.js';
import { isWithheld } from '../change/compare.js';
import { displayPath } from '../util/paths.js';

/** The spec's JSON shape; extra fields are additions, never renames (docs/json-output.md). */
export const jsonReporter: Reporter = (result, context) => {
  const counts = countFindings(result.findings);
  const compared = result.comparison;
  const introduced = new Set(compared?.comparison.introduced);
  const finding = (f: Finding) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: displayPath(f.file, context.cwd),
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    fingerprint: f.fingerprint,
    messageId: f.messageId,
    data: f.data,
    ...(compared && !f.suppression ? { status: introduced.has(f) ? 'new' : 'unchanged' } : {}),
    ...(f.suppression
      ? {
          suppressed: {
            justification: f.suppression.justification,
            file: displayPath(f.suppression.file, context.cwd),
            line: f.suppression.line,
          },
        }
      : {}),
  });
  const waitsFor = ({ waitsFor: b }: WithheldFinding) => ({
    ruleId: b.ruleId,
    file: displayPath(b.file, context.cwd),
    line: b.line,
    column: b.column,
    message: b.message,
    fingerprint: b.fingerprint,
  });
  const output = {
    tool: { name: 'citrix-license-lint', version: context.toolVersion },
    asOf: result.asOf,
    summary: {
      ...counts,
      files: result.files.length,
      // Said when a named file was read with the rest of its inventory.
      ...(result.filesRead !== undefined && result.filesRead !== result.files.length ? { filesRead: result.filesRead } : {}),
      compliant: counts.errors === 0 && !result.withheld.some((f) => f.severity === 'error'),
      withheld: result.withheld.length,
      telemetryUnverified: result.telemetryUnverified?.length ?? 0,
    },
    ...(compared
      ? {
          comparison: {
            base: compared.base,
            introduced: compared.comparison.introduced.length,
            fixed: compared.comparison.fixed.length,
            unchanged: compared.comparison.unchanged.length,
            // Of the introduced and unchanged, those withheld: still present, never fixed.
            withheld: [...compared.comparison.introduced, ...compared.comparison.unchanged].filter(isWithheld).length,
            fixedFindings: compared.comparison.fixed.map((f) => ({
              ruleId: f.ruleId,
              message: f.message,
              fingerprint: f.fingerprint,
              messageId: f.messageId,
              data: f.data,
            })),
          },
        }
      : {}),
    // Named files linted on their own: they are in no declared or default inventory.
    ...(result.alone?.length ? { alone: result.alone.map((file) => displayPath(file, context.cwd)) } : {}),
    findings: result.findings.map((f) => finding(f)),
    // Findings that wait for an error to be fixed: listed, never dropped (docs/json-output.md).
    withheld: result.withheld.map((f) => ({ ...finding(f), waitsFor: waitsFor(f) })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
