import path from 'node:path';
import type { TestContext } from 'node:test';
import { lint, type LintOptions, type LintResult } from '../../src/engine/lint.js';
import type { Finding } from '../../src/model/finding.js';
import { tempRepo } from './temp-repo.js';

export const AS_OF = '2026-11-28';

export interface FixtureOptions extends Partial<Omit<LintOptions, 'inputs' | 'cwd'>> {
  inputs?: string[];
}

/** Lints `files` in a temporary repository; findings keep paths relative to it. */
export function lintFiles(
  t: TestContext,
  files: Record<string, string | Buffer>,
  options: FixtureOptions = {},
): LintResult & { root: string } {
  const root = tempRepo(t, files);
  const inputs = options.inputs ?? [Object.keys(files).find((f) => /\.ya?ml$/.test(f)) ?? '.'];
  const result = lint({ asOf: AS_OF, ...options, inputs, cwd: root });
  for (const finding of result.findings) {
    finding.file = path.relative(root, finding.file);
    if (finding.suppression) finding.suppression.file = path.relative(root, finding.suppression.file);
  }
  return { ...result, root };
}

export function only(findings: readonly Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}
