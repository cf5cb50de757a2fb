// A rule table for the advice tests: each case lints one inventory with the real engine and
// asserts the whole of every finding of one rule (line, severity, exact message).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { lint } from '../../src/engine/lint.js';
import { applyConfig } from '../../src/config/resolve-config.js';
import type { ConfigFile } from '../../src/config/config-schema.js';

export const TODAY = '2026-11-28';

export interface Expected {
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface AdviceCase {
  name: string;
  yaml: string;
  asOf?: string;
  /** What `.citrix-license-lint.yml` would say, applied as the CLI applies it. */
  config?: ConfigFile;
  /** Other files of the repository (collected evidence), by path. */
  files?: Record<string, string>;
  expect: Expected[];
}

export function lintYaml(yaml: string, asOf: string, config: ConfigFile = {}, files: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cll-advice-'));
  try {
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, 'inventory.yaml'), yaml);
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), content);
    }
    return lint({ inputs: ['inventory.yaml'], cwd: dir, asOf, settings: applyConfig(config).settings });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function adviceTests(ruleId: string, cases: AdviceCase[]): void {
  for (const c of cases) {
    test(`${ruleId}: ${c.name}`, () => {
      const result = lintYaml(c.yaml, c.asOf ?? TODAY, c.config, c.files);
      const found = result.findings
        .filter((f) => f.ruleId === ruleId)
        .map((f) => ({ line: f.line, severity: f.severity, message: f.message }));
      assert.deepEqual(found, c.expect);
    });
  }
}
