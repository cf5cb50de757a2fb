import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareFindings } from '../src/change/compare.js';
import type { Finding } from '../src/model/finding.js';

const finding = (fingerprint: string, line: number): Finding =>
  ({
    ruleId: 'allocation/orphaned-hostname',
    severity: 'error',
    messageId: 'ghost',
    message: 'm',
    data: { subjects: [], advice: [], values: {} },
    file: 'f',
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    fingerprint,
  }) satisfies Finding;

test('findings sharing a fingerprint are matched by count: extra ones are new, missing ones fixed, in order', () => {
  const base = [finding('a', 1), finding('a', 2), finding('a', 3), finding('b', 4)];
  const head = [finding('a', 10), finding('c', 11), finding('a', 12)];
  const { introduced, fixed, unchanged } = compareFindings(base, head);
  assert.deepEqual(
    unchanged.map((f) => f.line),
    [10, 12],
  );
  assert.deepEqual(
    introduced.map((f) => f.line),
    [11],
  );
  assert.deepEqual(
    fixed.map((f) => f.line),
    [3, 4],
  );
});

test('200,000 findings of one fingerprint (one ghost host allocated again and again) compare without a stack overflow', () => {
  const base = Array.from({ length: 200_000 }, (_, i) => finding('same', i));
  const head = base.slice(0, 50_000);
  const { fixed, unchanged, introduced } = compareFindings(base, head);
  assert.equal(unchanged.length, 50_000);
  assert.equal(introduced.length, 0);
  assert.equal(fixed.length, 150_000);
  assert.equal(fixed[0]!.line, 50_000);
});
