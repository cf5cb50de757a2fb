import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultSettings } from '../src/domain/settings.js';
import { RULES, ruleCatalog } from '../src/rules/index.js';
import { describeRule } from '../src/rules/thresholds.js';

const description = (id: string, settings = defaultSettings()) => describeRule(RULES.find((r) => r.meta.id === id)!.meta, settings);

test('rule descriptions quote the configured thresholds, and the defaults read as before', () => {
  assert.match(description('deadlines/upcoming'), /within 30 days/);
  assert.match(description('netscaler-console/auto-telemetry-unsupported'), /\(below 13\.1-53\.22 or 14\.1-25\.53\)/);
  const settings = defaultSettings();
  settings.policy.deadlineHorizonDays = 45;
  settings.policy.manualUploadIntervalDays = 60;
  settings.netscaler.lasMinimum = '14.1-60.1';
  assert.match(description('deadlines/upcoming', settings), /within 45 days/);
  assert.match(description('license-server/telemetry-overdue', settings), /manual mode by the recorded date \(60 days\)/);
  assert.match(description('netscaler-console/las-version', settings), /older than 14\.1-60\.1\./);
});

test('every description and message placeholder has a value (a rule that quotes an unknown threshold fails here)', () => {
  for (const rule of ruleCatalog(defaultSettings())) assert.doesNotMatch(rule.description, /\{\{/, rule.id);
});

test('messages quote the configured thresholds too', async () => {
  const { lint } = await import('../src/engine/lint.js');
  const settings = defaultSettings();
  settings.policy.manualUploadIntervalDays = 60;
  const cwd = new URL('../examples/fabrikam/', import.meta.url).pathname;
  const messages = lint({ inputs: ['.'], cwd, asOf: '2026-11-28', settings }).findings.map((f) => f.message);
  assert.ok(messages.some((m) => m.includes('at least every 60 days')));
  assert.ok(!messages.some((m) => m.includes('every 90 days')));
});
