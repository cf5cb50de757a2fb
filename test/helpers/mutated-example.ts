import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';
import { cli } from './cli-in-process.js';
import { PROJECT_ROOT } from './run-cli.js';

export interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  data: { advice: string[]; subjects: string[] };
}

export interface ExampleRun {
  status: number | null;
  stderr: string;
  findings: JsonFinding[];
}

/** A copy of `examples/<name>` in a throwaway repository, with `edit` applied to one file's text. */
export function mutatedExample(t: TestContext, name: string, file: string, edit: (text: string) => string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'cll-admins-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  cpSync(path.join(PROJECT_ROOT, 'examples', name), root, { recursive: true });
  mkdirSync(path.join(root, '.git'));
  const target = path.join(root, file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit changed nothing in ${name}/${file}`);
  writeFileSync(target, after);
  return root;
}

/** Runs the CLI on `args` (relative to `cwd`) with a fixed as-of date; findings with paths relative to `cwd`. */
export async function lintJson(cwd: string, args: string[], asOf = '2026-11-28'): Promise<ExampleRun> {
  const run = await cli([...args, '--format', 'json', '--as-of', asOf], { cwd });
  let findings: JsonFinding[] = [];
  try {
    findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
  } catch {
    throw new Error(`no JSON from the CLI (exit ${run.status}): ${run.stdout.slice(0, 500)} ${run.stderr.slice(0, 500)}`);
  }
  return {
    status: run.status,
    stderr: run.stderr,
    findings: findings.map((f) => ({ ...f, file: path.relative(cwd, path.resolve(cwd, f.file)).split(path.sep).join('/') })),
  };
}

/** `rule@file:line` for each finding, for exact comparisons. */
export function brief(findings: readonly JsonFinding[]): string[] {
  return findings.map((f) => `${f.ruleId}@${f.file}:${f.line}`);
}

/** Advice that is harmful when built on a misread value: return an allocation, remove licenses, buy more. */
export const HARMFUL = ['return', 'remove', 'buy'];

/** True when the finding's data advises a harmful step (its advice kind, whatever its words). */
export const advisesHarm = (f: Pick<JsonFinding, 'data'>) => f.data.advice.some((kind) => HARMFUL.includes(kind));
