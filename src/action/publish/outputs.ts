import { jsonReporter } from '../../reporters/json.js';
import type { PublishRun } from './publish-run.js';

/** Outputs are capped at 1 MB per job (GitHub docs, "output limitations"); stay well below. */
const REPORT_OUTPUT_LIMIT = 512 * 1024;

/** The step's outputs; a JSON report too large for an output keeps its summary without findings. */
export function publishOutputs(run: PublishRun, sarifPath: string, setOutput: (name: string, value: unknown) => void): void {
  const { counts } = run.verdict;
  const report = jsonReporter(run.result, run.context);
  setOutput('errors', counts.errors);
  setOutput('warnings', counts.warnings);
  setOutput('compliant', counts.errors === 0);
  setOutput('sarif-file', sarifPath);
  setOutput(
    'report-json',
    report.length <= REPORT_OUTPUT_LIMIT ? report.trim() : JSON.stringify({ ...JSON.parse(report), findings: [], truncated: true }),
  );
}
