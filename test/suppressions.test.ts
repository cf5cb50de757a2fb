import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintFiles, only } from './helpers/lint-fixture.js';
import { textReporter } from '../src/reporters/text.js';
import { jsonReporter } from '../src/reporters/json.js';
import { ruleCatalog } from '../src/rules/index.js';
import { defaultSettings } from '../src/domain/settings.js';

const RULE_CATALOG = ruleCatalog(defaultSettings());

const inventory = (comments: { above?: string; top?: string } = {}) => `version: 1
${comments.top ?? ''}licenseServers:
${comments.above ?? ''}  - { hostname: ls-test, environment: test, state: active, version: 11.17.2.0 build 56200, telemetry: { mode: disabled } }
  - { hostname: ls-lab, environment: test, state: active, version: 11.17.2.0 build 56200, telemetry: { mode: disabled } }
`;

test('disable-next-line with a reason suppresses the finding on the next line only, and keeps it for auditors', (t) => {
  const result = lintFiles(t, {
    'inventory.yaml': inventory({
      above: '  # citrix-license-lint-disable-next-line license-server/telemetry-disabled -- rebuilt this week, ticket CHG-1234\n',
    }),
  });
  const disabled = only(result.findings, 'license-server/telemetry-disabled');
  assert.equal(disabled.length, 2);
  assert.deepEqual(disabled[0]!.suppression, { justification: 'rebuilt this week, ticket CHG-1234', file: 'inventory.yaml', line: 3 });
  assert.equal(disabled[1]!.suppression, undefined);
  assert.match(
    textReporter(result, { cwd: result.root, color: false, toolVersion: 't', rules: RULE_CATALOG }),
    /1 problem \(1 error, 0 warnings\) in 1 file as of 2026-11-28, 1 suppressed\./,
  );
  assert.deepEqual(JSON.parse(jsonReporter(result, { cwd: result.root, color: false, toolVersion: 't', rules: RULE_CATALOG })).summary, {
    errors: 1,
    warnings: 0,
    suppressed: 1,
    files: 1,
    compliant: false,
    telemetryUnverified: 0,
    withheld: 0,
  });
});

test('a file-wide disable covers every finding of that rule in the file', (t) => {
  const result = lintFiles(t, {
    'inventory.yaml': inventory({
      top: '# citrix-license-lint-disable license-server/telemetry-disabled -- lab servers, air-gapped by design\n',
    }),
  });
  assert.ok(only(result.findings, 'license-server/telemetry-disabled').every((f) => f.suppression));
  assert.equal(only(result.findings, 'inventory/unused-suppression').length, 0);
});

test('a suppression without a reason is itself a finding and suppresses nothing', (t) => {
  const result = lintFiles(t, {
    'inventory.yaml': inventory({ above: '  # citrix-license-lint-disable-next-line license-server/telemetry-disabled\n' }),
  });
  const [invalid] = only(result.findings, 'inventory/invalid-suppression');
  assert.equal(invalid!.line, 3);
  assert.match(invalid!.message, /has no reason/);
  assert.ok(only(result.findings, 'license-server/telemetry-disabled').every((f) => !f.suppression));
});

test('an unknown rule id in a suppression is named, with a suggestion', (t) => {
  const result = lintFiles(t, {
    'inventory.yaml': inventory({ above: '  # citrix-license-lint-disable-next-line license-server/telemetry-disable -- typo\n' }),
  });
  assert.match(
    only(result.findings, 'inventory/invalid-suppression')[0]!.message,
    /unknown rule `license-server\/telemetry-disable` \(did you mean `license-server\/telemetry-disabled`\?\)/,
  );
});

test('an expiry date: before it the suppression applies, after it it stops and says so', (t) => {
  const text = inventory({
    above: '  # citrix-license-lint-disable-next-line license-server/telemetry-disabled -- until 2026-12-31: rebuilt this month\n',
  });
  const before = lintFiles(t, { 'inventory.yaml': text }, { asOf: '2026-12-31' });
  assert.ok(only(before.findings, 'license-server/telemetry-disabled')[0]!.suppression);
  assert.equal(only(before.findings, 'license-server/telemetry-disabled')[0]!.suppression!.justification, 'rebuilt this month');
  const after = lintFiles(t, { 'inventory.yaml': text }, { asOf: '2027-01-01' });
  assert.ok(only(after.findings, 'license-server/telemetry-disabled').every((f) => !f.suppression));
  assert.match(only(after.findings, 'inventory/expired-suppression')[0]!.message, /expired on 2026-12-31 and no longer applies/);
});

test('a suppression that suppresses nothing is reported as unused', (t) => {
  const result = lintFiles(t, {
    'inventory.yaml': inventory({ above: '  # citrix-license-lint-disable-next-line license-file/expired -- old habit\n' }),
  });
  const [unused] = only(result.findings, 'inventory/unused-suppression');
  assert.equal(unused!.line, 3);
  assert.equal(unused!.severity, 'warning');
  assert.match(unused!.message, /suppresses nothing on the next line/);
});

test('a malformed expiry date is invalid', (t) => {
  const result = lintFiles(t, {
    'inventory.yaml': inventory({
      above: '  # citrix-license-lint-disable-next-line license-server/telemetry-disabled -- until soon: rebuild\n',
    }),
  });
  assert.match(only(result.findings, 'inventory/invalid-suppression')[0]!.message, /the expiry "soon" of this suppression is not a date/);
});

test('when a file-wide and a next-line suppression both cover a finding, the one written first applies', (t) => {
  const wide = '# citrix-license-lint-disable license-server/telemetry-disabled -- file-wide reason\n';
  const line = '  # citrix-license-lint-disable-next-line license-server/telemetry-disabled -- next-line reason\n';
  const wideFirst = lintFiles(t, { 'inventory.yaml': inventory({ top: wide, above: line }) });
  const [first] = only(wideFirst.findings, 'license-server/telemetry-disabled');
  assert.equal(first!.suppression?.justification, 'file-wide reason');
  // The next-line directive covered nothing the file-wide one had not: it is unused.
  assert.equal(only(wideFirst.findings, 'inventory/unused-suppression').length, 1);

  const lineFirst = lintFiles(t, {
    'inventory.yaml': `version: 1\nlicenseServers:\n${line}  - { hostname: ls-test, environment: test, state: active, version: 11.17.2.0 build 56200, telemetry: { mode: disabled } }\n${wide}`,
  });
  assert.equal(only(lineFirst.findings, 'license-server/telemetry-disabled')[0]!.suppression?.justification, 'next-line reason');
});

test('thousands of suppressions over thousands of findings each land on their own line', (t) => {
  const servers = Array.from(
    { length: 3000 },
    (_, i) =>
      `  # citrix-license-lint-disable-next-line license-server/telemetry-disabled -- lab ${i}\n  - { hostname: ls${i}, environment: test, state: active, version: 11.17.2.0 build 56200, telemetry: { mode: disabled } }\n`,
  );
  const result = lintFiles(t, { 'inventory.yaml': `version: 1\nlicenseServers:\n${servers.join('')}` });
  const disabled = only(result.findings, 'license-server/telemetry-disabled');
  assert.equal(disabled.length, 3000);
  assert.ok(disabled.every((f) => f.suppression?.justification === `lab ${Number(f.message.match(/`ls(\d+)`/)?.[1])}`));
  assert.equal(only(result.findings, 'inventory/unused-suppression').length, 0);
});
