import type { LintResult } from '../engine/lint.js';
import type { Finding } from '../model/finding.js';

const isError = (f: Finding) => f.severity === 'error';

/** The result as --quiet reports it: errors only, in the findings and in the comparison. */
export function errorsOnly(result: LintResult): LintResult {
  const compared = result.comparison;
  return {
    ...result,
    findings: result.findings.filter(isError),
    ...(compared
      ? {
          comparison: {
            ...compared,
            comparison: {
              ...compared.comparison,
              introduced: compared.comparison.introduced.filter(isError),
              fixed: compared.comparison.fixed.filter(isError),
              unchanged: compared.comparison.unchanged.filter(isError),
            },
          },
        }
      : {}),
  };
}
