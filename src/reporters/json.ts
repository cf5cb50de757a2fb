import { countFindings, displayPath, type Reporter } from './context.js';

/** The spec's JSON shape; extra fields are additions, never renames. */
export const jsonReporter: Reporter = (result, context) => {
  const counts = countFindings(result.findings);
  const output = {
    tool: { name: 'citrix-license-lint', version: context.toolVersion },
    asOf: result.asOf,
    summary: { ...counts, files: result.files.length, compliant: counts.errors === 0 },
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
      ...(f.suppression ? { suppressed: { justification: f.suppression.justification, file: displayPath(f.suppression.file, context.cwd), line: f.suppression.line } } : {}),
    })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
