import { plural } from '../../util/format.js';
import type { PublishRun } from './publish-run.js';

/** Where the whole report is, for the lines that say what a body left out. */
export function whereAll(run: PublishRun): string {
  const places = [run.links.run ? `the [job summary](${run.links.run})` : 'the job summary'];
  if (run.links.checkRun) places.push(`the [check run](${run.links.checkRun})`);
  if (run.inputs['sarif-file']) places.push('the SARIF upload');
  return `see ${places.join(', ')}, or run \`citrix-license-lint --format json\``;
}

/** A few lines that replace a refused body: the verdict, and where the report is. */
export function shortReport(run: PublishRun, marker: string): string {
  const { counts } = run.verdict;
  return `${marker}\n## ${run.words.icon} citrix-license-lint: ${run.words.title}\n\n**${plural(counts.errors, 'error')}**, ${plural(counts.warnings, 'warning')} as of ${run.result.asOf}. GitHub refused the full report here: ${whereAll(run)}.\n`;
}
