import { resolveConfig } from '../config/resolve-config.js';
import type { Settings } from '../domain/settings.js';
import { RULES } from '../rules/index.js';
import { describeRule } from '../rules/thresholds.js';
import { versionedDocsUrl } from '../util/docs-url.js';
import type { CliOptions } from './args.js';
import type { CliIo } from './io.js';
import { writeOutput } from './write-output.js';

export interface RuleListing {
  id: string;
  severity: string;
  description: string;
  docs: string;
}

/** Every rule, its description with the thresholds of `settings` written in (never a raw `{{placeholder}}`). */
export function listRules(settings: Settings): RuleListing[] {
  return RULES.map((r) => ({
    id: r.meta.id,
    severity: r.meta.severity,
    description: describeRule(r.meta, settings),
    docs: versionedDocsUrl(`docs/rules/${r.meta.id}.md`),
  })).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** `--list-rules`: one rule a line, id, default severity and what it checks (or JSON), with the configuration's thresholds. */
export function runListRules(options: CliOptions, io: CliIo): number {
  const rules = listRules(resolveConfig({ explicit: options.config, inputs: [], cwd: io.cwd }).settings);
  if (options.format === 'json') {
    writeOutput(io, options.output, `${JSON.stringify({ rules }, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  writeOutput(io, options.output, rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n`).join(''));
  return 0;
}
