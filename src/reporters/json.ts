import type { Reporter } from './context.js';
import { countFindings } from '../engine/verdict.js';
import { displayPath } from '../util/paths.js';

/** The spec's JSON shape; extra fields are additions, never renames (docs/json-output.md). */
export const jsonReporter: Reporter = (result, context) => {
  const counts = countFindings(result.findings);
  const compared = result.comparison;
  const introduced = new Set(compared?.comparison.introduced);
  const output = {
    tool: { name: 'citrix-license-lint', version: context.toolVersion },
    asOf: result.asOf,
    summary: {
      ...counts,
      files: result.files.length,
      compliant: counts.errors === 0,
      telemetryUnverified: result.telemetryUnverified?.length ?? 0,
    },
    ...(compared
      ? {
          comparison: {
            base: compared.base,
            introduced: compared.comparison.introduced.length,
            fixed: compared.comparison.fixed.length,
            unchanged: compared.comparison.unchanged.length,
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
    findings: result.findings.map((f) => ({
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
    })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
