import { RULES } from '../rules/index.js';
import type { CliOptions } from './args.js';
import { versionedDocsUrl } from './docs-url.js';
import type { CliIo } from './io.js';
import { writeOutput } from './write-output.js';

export interface RuleListing {
  id: string;
  severity: string;
  description: string;
  docs: string;
}

export function listRules(): RuleListing[] {
  return RULES.map((r) => ({
    id: r.meta.id,
    severity: r.meta.severity,
    description: r.meta.description,
    docs: versionedDocsUrl(`docs/rules/${r.meta.id}.md`),
  })).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** `--list-rules`: one rule a line, id, default severity and what it checks (or JSON). */
export function runListRules(options: CliOptions, io: CliIo): number {
  const rules = listRules();
  if (options.format === 'json') {
    writeOutput(io, options.output, `${JSON.stringify({ rules }, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  writeOutput(io, options.output, rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n`).join(''));
  return 0;
}
