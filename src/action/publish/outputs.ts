import { OUTPUT_REPORT_MAX } from '../../reporters/github-limits.js';
import { jsonReporter } from '../../reporters/json.js';
import type { PublishRun } from './publish-run.js';

/** The step's outputs; a JSON report too large for an output keeps its summary without findings. */
export function publishOutputs(run: PublishRun, sarifPath: string, setOutput: (name: string, value: unknown) => void): void {
  const { counts } = run.verdict;
  const report = jsonReporter(run.result, run.context);
  setOutput('errors', counts.errors);
  setOutput('warnings', counts.warnings);
  setOutput('compliant', counts.errors === 0 && run.verdict.withheld.errors === 0);
  setOutput('passed', run.words.passed);
  setOutput('verdict', run.words.title);
  setOutput('sarif-file', sarifPath);
  setOutput('report-json', report.length <= OUTPUT_REPORT_MAX ? report.trim() : withoutLists(report));
}

/** Cut, the report keeps its summary and counts (the withheld findings' too), not its lists. */
function withoutLists(report: string): string {
  const parsed = JSON.parse(report) as { comparison?: { fixedFindings?: unknown[] } };
  const comparison = parsed.comparison ? { comparison: { ...parsed.comparison, fixedFindings: [] } } : {};
  return JSON.stringify({ ...parsed, findings: [], withheld: [], ...comparison, truncated: true });
}
