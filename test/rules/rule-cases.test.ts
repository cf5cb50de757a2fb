import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  CASES_DIR,
  REGENERATE,
  caseFolders,
  caseYamlTexts,
  lineDiff,
  listCases,
  orphanOutFiles,
  outExists,
  registeredRules,
  runCase,
  type CaseRun,
  type RuleCase,
} from '../helpers/rule-cases.js';
import { harmfulReturnAdvice, listedHosts } from '../helpers/return-advice.js';

const cases = listCases();
const runs = new Map<RuleCase, CaseRun>();
const run = (c: RuleCase) => runs.get(c) ?? runs.set(c, runCase(c)).get(c)!;

for (const c of cases) {
  test(`${c.ruleId}: ${c.name}`, () => {
    assert.ok(outExists(c), `${path.relative(CASES_DIR, c.outFile)} is missing: run ${REGENERATE}`);
    const expected = readFileSync(c.outFile, 'utf8');
    const actual = run(c).text;
    if (actual !== expected) {
      assert.fail(
        `${path.relative(CASES_DIR, c.outFile)} differs from the findings (- expected, + actual):\n${lineDiff(expected, actual)}\nIf the change is intended, run ${REGENERATE} and review the diff.`,
      );
    }
  });
}

test('every .out file has its case beside it', () => {
  assert.deepEqual(
    orphanOutFiles(cases).map((f) => path.relative(CASES_DIR, f)),
    [],
    `remove them, or run ${REGENERATE}`,
  );
});

test('every registered rule has a case folder, and every folder a rule', () => {
  assert.deepEqual(
    caseFolders(),
    registeredRules()
      .map((r) => r.ruleId)
      .sort(),
  );
});

test('every rule fires in one of its own cases and stays quiet in another', () => {
  const lacking: string[] = [];
  for (const { ruleId } of registeredRules()) {
    const own = cases.filter((c) => c.ruleId === ruleId).map((c) => run(c).findings.some((f) => f.ruleId === ruleId));
    if (!own.includes(true)) lacking.push(`${ruleId}: no case where it fires`);
    if (!own.includes(false)) lacking.push(`${ruleId}: no case where it stays quiet`);
  }
  assert.deepEqual(lacking, []);
});

/**
 * Messages that no committed case can produce without an input made on the machine (a file of
 * over a megabyte, a symbolic link, a file that cannot be read, thousands of nesting levels):
 * the test named produces each.
 */
const PRODUCED_ELSEWHERE: Readonly<Record<string, string>> = {
  'collected/unreadable:tooLarge': 'test/finding-data.test.ts',
  'collected/unreadable:cannotRead': 'test/finding-data.test.ts',
  'collected/unreadable:outside': 'test/evidence-untrusted.test.ts',
  'inventory/reference:link': 'test/hostile-input.test.ts',
  'inventory/reference:linkOut': 'test/security-cli.test.ts',
  'inventory/yaml-syntax:tooLarge': 'test/hostile-input.test.ts',
  'inventory/yaml-syntax:cannotRead': 'test/finding-data.test.ts',
  'inventory/yaml-syntax:tooDeep': 'test/hostile-input.test.ts',
  'license-file/syntax:tooLarge': 'test/finding-data.test.ts',
};

test('every message a case cannot produce is one its rule has', () => {
  const known = new Set(registeredRules().flatMap(({ ruleId, messageIds }) => messageIds.map((id) => `${ruleId}:${id}`)));
  assert.deepEqual(
    Object.keys(PRODUCED_ELSEWHERE).filter((id) => !known.has(id)),
    [],
  );
});

test('every message id of every rule is produced by a case of that rule', () => {
  const missing: string[] = [];
  for (const { ruleId, messageIds } of registeredRules()) {
    const produced = new Set(
      cases
        .filter((c) => c.ruleId === ruleId)
        .flatMap((c) =>
          run(c)
            .findings.filter((f) => f.ruleId === ruleId)
            .map((f) => f.messageId),
        ),
    );
    for (const id of messageIds) if (!produced.has(id) && !PRODUCED_ELSEWHERE[`${ruleId}:${id}`]) missing.push(`${ruleId}:${id}`);
  }
  assert.deepEqual(missing, [], 'add a case under test/rules/<rule id>/ that produces each of these messages');
});

test('no case advises returning an allocation bound to a listed appliance, console, ANY, or another spelling of a host', () => {
  const harmful = cases.flatMap((c) =>
    harmfulReturnAdvice(run(c).findings, listedHosts(caseYamlTexts(c))).map((h) => `${c.ruleId}/${c.name}: ${h}`),
  );
  assert.deepEqual(harmful, []);
});
