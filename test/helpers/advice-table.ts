import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { lint } from '../../src/engine/lint.js';

export interface Expected {
  /** `line` in inventory.yaml, or `file:line` for another file. */
  at: number | string;
  severity: 'error' | 'warning';
  /** The whole message, word for word: advice is what an admin acts on. */
  message: string;
}

export interface AdviceCase {
  name: string;
  /** inventory.yaml, or several files. */
  yaml?: string;
  files?: Record<string, string>;
  /** Every finding of the rule, in order; [] for a case that must stay quiet. */
  expect: Expected[];
}

/** For each case: lint a throwaway repository as of 2026-11-28 and compare the rule's findings exactly. */
export function adviceTable(ruleId: string, cases: AdviceCase[]): void {
  for (const c of cases) {
    test(`${ruleId}: ${c.name}`, (t) => {
      const root = mkdtempSync(path.join(tmpdir(), 'cll-advice-'));
      t.after(() => rmSync(root, { recursive: true, force: true }));
      mkdirSync(path.join(root, '.git'));
      for (const [name, text] of Object.entries(c.files ?? { 'inventory.yaml': c.yaml ?? '' })) {
        mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        writeFileSync(path.join(root, name), text);
      }
      const { findings } = lint({ inputs: ['.'], cwd: root, asOf: '2026-11-28' });
      const got = findings
        .filter((f) => f.ruleId === ruleId)
        .map((f) => {
          const file = path.relative(root, f.file);
          return { at: file === 'inventory.yaml' ? f.line : `${file}:${f.line}`, severity: f.severity, message: f.message };
        });
      assert.deepEqual(got, c.expect);
    });
  }
}
