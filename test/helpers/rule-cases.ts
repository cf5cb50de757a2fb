// Rule cases: test/rules/<group>/<name>/<case>.yaml (or a <case>/ folder) beside <case>.out,
// the exact findings of that case. Shared by test/rules/rule-cases.test.ts and
// scripts/update-rule-goldens.ts. The only imports of src/ for the rule tests are here.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { RULES } from '../../src/rules/index.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import type { Finding } from '../../src/model/finding.js';
import { PROJECT_ROOT } from './run-cli.js';

export const CASES_DIR = path.join(PROJECT_ROOT, 'test', 'rules');
/** The day every case is judged on unless its `.citrix-license-lint.yml` sets `asOf`. */
export const CASE_AS_OF = '2026-11-28';
export const REGENERATE = 'npm run golden:rules';

export interface RuleCase {
  /** The folder's rule id, `<group>/<name>`. */
  ruleId: string;
  /** The file or folder name, without `.yaml`. */
  name: string;
  /** Absolute path of `<case>.yaml` or of the `<case>/` folder. */
  input: string;
  /** Absolute path of `<case>.out`. */
  outFile: string;
}

export interface CaseRun {
  findings: Finding[];
  /** The `.out` text: one finding a line. */
  text: string;
}

const CASE_FILE = /\.ya?ml$/;

/** The rule folders that exist under test/rules, as rule ids. */
export function caseFolders(): string[] {
  const ids: string[] = [];
  for (const group of readdirSync(CASES_DIR, { withFileTypes: true })) {
    if (!group.isDirectory()) continue;
    for (const rule of readdirSync(path.join(CASES_DIR, group.name), { withFileTypes: true })) {
      if (rule.isDirectory()) ids.push(`${group.name}/${rule.name}`);
    }
  }
  return ids.sort();
}

/** Every case of every rule folder, sorted by rule id then name. */
export function listCases(): RuleCase[] {
  const cases: RuleCase[] = [];
  for (const ruleId of caseFolders()) {
    const folder = path.join(CASES_DIR, ruleId);
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const isCase = entry.isDirectory() || (entry.isFile() && CASE_FILE.test(entry.name));
      if (!isCase) continue;
      const name = entry.isDirectory() ? entry.name : entry.name.replace(CASE_FILE, '');
      cases.push({ ruleId, name, input: path.join(folder, entry.name), outFile: path.join(folder, `${name}.out`) });
    }
  }
  return cases.sort((a, b) => (a.ruleId === b.ruleId ? (a.name < b.name ? -1 : 1) : a.ruleId < b.ruleId ? -1 : 1));
}

/** `.out` files with no case beside them (a case renamed or removed). */
export function orphanOutFiles(cases: readonly RuleCase[]): string[] {
  const expected = new Set(cases.map((c) => c.outFile));
  return caseFolders()
    .flatMap((ruleId) =>
      readdirSync(path.join(CASES_DIR, ruleId))
        .filter((f) => f.endsWith('.out'))
        .map((f) => path.join(CASES_DIR, ruleId, f)),
    )
    .filter((file) => !expected.has(file));
}

/**
 * Lints a case as the CLI would lint a repository holding it: copied into a throwaway
 * repository, every YAML file in it read, its `.citrix-license-lint.yml` (folder cases)
 * applied through the real configuration resolver.
 */
export function runCase(c: RuleCase): CaseRun {
  const root = mkdtempSync(path.join(tmpdir(), 'cll-case-'));
  try {
    mkdirSync(path.join(root, '.git'));
    if (statSync(c.input).isDirectory()) cpSync(c.input, root, { recursive: true });
    else cpSync(c.input, path.join(root, path.basename(c.input)));
    pinModificationTimes(root);
    const config = resolveConfig({ inputs: ['.'], cwd: root });
    const result = lint({
      inputs: ['.'],
      cwd: root,
      asOf: config.asOf ?? CASE_AS_OF,
      settings: config.settings,
      ruleLevels: config.ruleLevels,
      limits: config.limits,
    });
    const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
    const findings = result.findings.map((f) => ({
      ...f,
      file: relative(f.file),
      ...(f.suppression ? { suppression: { ...f.suppression, file: relative(f.suppression.file) } } : {}),
    }));
    return { findings, text: formatFindings(findings) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * Collected evidence that does not state its own time is dated by its file's modification
 * time (there is no git history in a case): every file is given one fixed time, the day
 * before the cases' as-of, so that outputs do not depend on when the case was copied.
 */
export const CASE_FILE_TIME = new Date('2026-11-27T03:00:00Z');

function pinModificationTimes(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) utimesSync(path.join(entry.parentPath, entry.name), CASE_FILE_TIME, CASE_FILE_TIME);
  }
}

/** The text of every inventory file of a case (its `.yaml`, or each `.yaml` in its folder). */
export function caseYamlTexts(c: RuleCase): string[] {
  if (!statSync(c.input).isDirectory()) return [readFileSync(c.input, 'utf8')];
  return readdirSync(c.input, { recursive: true, encoding: 'utf8' })
    .filter((f) => CASE_FILE.test(f) && !path.basename(f).startsWith('.'))
    .map((f) => readFileSync(path.join(c.input, f), 'utf8'));
}

/** `file:line:col severity message rule`, as actionlint's testdata/err/*.out; suppressed ones say by what. */
export function formatFindings(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const suppressed = f.suppression
        ? ` (suppressed by ${f.suppression.file}:${f.suppression.line}: ${f.suppression.justification})`
        : '';
      return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} ${f.ruleId}${suppressed}\n`;
    })
    .join('');
}

/** Every registered rule with the keys of its `meta.messages` (empty for loader-reported rules). */
export function registeredRules(): { ruleId: string; messageIds: string[] }[] {
  return RULES.map((rule) => ({ ruleId: rule.meta.id, messageIds: Object.keys(rule.meta.messages) }));
}

export function outExists(c: RuleCase): boolean {
  return existsSync(c.outFile);
}

/** A line diff (longest common subsequence), `-` expected and `+` actual, for a failing case. */
export function lineDiff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i++]}`);
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      out.push(`+ ${b[j++]}`);
    } else {
      out.push(`- ${a[i++]}`);
    }
  }
  return out.join('\n');
}
