import assert from 'node:assert/strict';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import { lint, type LintOptions, type LintResult } from '../../src/engine/lint.js';
import type { Finding } from '../../src/model/finding.js';
import { tempRepo } from './temp-repo.js';

export const AS_OF = '2026-11-28';

export interface FixtureOptions extends Partial<Omit<LintOptions, 'inputs' | 'cwd'>> {
  inputs?: string[];
}

/** Lints `files` in a temporary repository; findings keep paths relative to it. */
export function lintFiles(t: TestContext, files: Record<string, string | Buffer>, options: FixtureOptions = {}): LintResult & { root: string } {
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

export interface RuleCase {
  name: string;
  /** The inventory: one YAML text (inventory.yaml), or several files. */
  yaml?: string;
  files?: Record<string, string>;
  asOf?: string;
  options?: FixtureOptions;
  /** Lines the rule must report on, in order (file `inventory.yaml` unless a `file:line` string). */
  lines: (number | string)[];
  /** Each string must appear in the message of the finding at the same index. */
  messages?: string[];
  severities?: ('error' | 'warning')[];
}

/** ESLint's RuleTester, reduced: for each case, exactly these lines, nothing else. */
export function ruleTests(ruleId: string, cases: RuleCase[]): void {
  for (const c of cases) {
    test(`${ruleId}: ${c.name}`, (t) => {
      const files = c.files ?? { 'inventory.yaml': c.yaml ?? '' };
      const result = lintFiles(t, files, { asOf: c.asOf ?? AS_OF, ...c.options, inputs: c.options?.inputs ?? ['.'] });
      const found = only(result.findings, ruleId);
      const where = found.map((f) => (f.file === 'inventory.yaml' ? f.line : `${f.file}:${f.line}`));
      assert.deepEqual(where, c.lines, `findings were:\n${found.map((f) => `${f.file}:${f.line} ${f.message}`).join('\n')}`);
      c.messages?.forEach((text, i) => assert.ok(found[i]?.message.includes(text), `message ${i} "${found[i]?.message}" lacks "${text}"`));
      c.severities?.forEach((severity, i) => assert.equal(found[i]?.severity, severity));
    });
  }
}
