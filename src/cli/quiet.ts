import type { Compared } from '../change/compare.js';
import type { Finding } from '../model/finding.js';

const isError = (f: Finding) => f.severity === 'error';

/** The run as --quiet reports it: errors only, in the findings and in the comparison. */
export function errorsOnly(run: Compared): Compared {
  const compared = run.comparison;
  return {
    ...run,
    findings: run.findings.filter(isError),
    withheld: run.withheld.filter(isError),
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
