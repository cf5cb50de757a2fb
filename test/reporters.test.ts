import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import ajvDraft04 from 'ajv-draft-04';
import type { LintResult } from '../src/engine/lint.js';
import { RULES } from '../src/rules/index.js';
import type { Finding } from '../src/model/finding.js';
import { addedLines } from '../src/action/publish/changed-lines.js';
import { annotationScope } from '../src/reporters/annotation-scope.js';
import { selectAnnotations } from '../src/reporters/github.js';
import { ganttChart, markdownReport, SUMMARY_OPTIONS as SUMMARY_BUDGET } from '../src/reporters/markdown.js';
import { COMMENT_BODY_MAX } from '../src/reporters/github-limits.js';
const COMMENT_BUDGET = { budget: COMMENT_BODY_MAX };
import { sarifReporter } from '../src/reporters/sarif.js';
import { lintFiles } from './helpers/lint-fixture.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';
import { ruleCatalog } from '../src/rules/index.js';
import { defaultSettings } from '../src/domain/settings.js';

const RULE_CATALOG = ruleCatalog(defaultSettings());

const CONTEXT = {
  cwd: '/repo',
  color: false,
  toolVersion: '1.2.3',
  rules: RULE_CATALOG,
  links: { serverUrl: 'https://github.com', repository: 'acme/inv', sha: 'c'.repeat(40) },
};

function manyFindings(count: number): LintResult {
  const findings: Finding[] = Array.from({ length: count }, (_, i) => ({
    ruleId: RULES[i % RULES.length]!.meta.id,
    severity: i % 3 === 0 ? 'warning' : 'error',
    messageId: 'none',
    data: { subjects: [], advice: [], values: {} },
    message: `finding number ${i} | with a pipe and <html> and a long explanation of what to do about it in the licensing portal`,
    file: `/repo/inventory/region-${i % 7}.yaml`,
    line: i + 1,
    column: 3,
    endLine: i + 1,
    endColumn: 20,
    fingerprint: `fp${i}`,
  }));
  return { asOf: '2026-11-28', files: ['/repo/inventory/a.yaml'], findings, withheld: [], unread: [], deadlines: [], inventory: undefined };
}

function sarifSchemaValidator() {
  const require = createRequire(import.meta.url);
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  // The official SARIF schema is JSON Schema draft-04. The package is CommonJS whose
  // module.exports is the class; TypeScript sees the namespace, hence the cast.
  const AjvDraft04 = ((ajvDraft04 as { default?: unknown }).default ?? ajvDraft04) as new (
    options: object,
  ) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown[] | null } };
  return new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
}

test('SARIF passes the SARIF 2.1.0 schema, and every rule carries descriptions and help', (t) => {
  const result = lintFiles(t, { 'examples.yaml': readFileSync(path.join(PROJECT_ROOT, 'examples/fabrikam/license-servers.yaml'), 'utf8') });
  const sarif = JSON.parse(sarifReporter(result, { cwd: result.root, color: false, toolVersion: '0.1.0', rules: RULE_CATALOG }));
  const validate = sarifSchemaValidator();
  assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
  const rules = sarif.runs[0].tool.driver.rules as {
    id: string;
    shortDescription: { text: string };
    fullDescription: { text: string };
    help: { text: string; markdown: string };
    helpUri: string;
  }[];
  assert.equal(rules.length, RULES.length);
  for (const rule of rules) {
    assert.ok(rule.shortDescription.text.length > 10 && rule.fullDescription.text.length > 40, rule.id);
    assert.ok(rule.help.text.length > 20 && rule.help.markdown.includes('How to fix'), rule.id);
    assert.ok(rule.helpUri.endsWith(`/docs/rules/${rule.id}.md`));
  }
  const results = sarif.runs[0].results as {
    locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    partialFingerprints: Record<string, string>;
  }[];
  assert.ok(results.length > 5);
  for (const r of results) {
    assert.ok(!r.locations[0]!.physicalLocation.artifactLocation.uri.startsWith('/'), 'repository-relative');
    assert.ok(r.partialFingerprints['citrixLicenseLint/v1']);
  }
  assert.equal(sarif.runs[0].automationDetails.id, 'citrix-license-lint/');
});

test('SARIF holds at most 25,000 results, errors first, and says how many it left out', () => {
  const result = manyFindings(30_000);
  result.findings[6]!.suppression = { justification: 'lab', file: 'f', line: 1 };
  const sarif = JSON.parse(sarifReporter(result, CONTEXT));
  const validate = sarifSchemaValidator();
  assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
  const run = sarif.runs[0];
  const levels = run.results as { level: string; suppressions?: unknown }[];
  assert.equal(levels.length, 25_000);
  // 20,000 errors and 10,000 warnings (one of them suppressed): every error is kept.
  assert.equal(levels.filter((r) => r.level === 'error').length, 20_000);
  assert.equal(
    levels.some((r) => r.suppressions),
    false,
  );
  assert.match(run.invocations[0].toolExecutionNotifications[0].message.text, /^5000 more findings are not in this file/);
  assert.equal(run.columnKind, 'utf16CodeUnits');
});

test('SARIF keeps suppressed findings with their in-source justification', (t) => {
  const result = lintFiles(t, {
    'inventory.yaml':
      'version: 1\nlicenseServers:\n  # citrix-license-lint-disable-next-line license-server/telemetry-disabled -- lab\n  - { hostname: a, environment: test, state: active, version: 11.17.2.0 build 56200, telemetry: { mode: disabled } }\n',
  });
  const sarif = JSON.parse(sarifReporter(result, { cwd: result.root, color: false, toolVersion: '0', rules: RULE_CATALOG }));
  const suppressed = (sarif.runs[0].results as { ruleId: string; suppressions?: unknown[] }[]).find(
    (r) => r.ruleId === 'license-server/telemetry-disabled',
  );
  assert.deepEqual(suppressed!.suppressions, [{ kind: 'inSource', status: 'accepted', justification: 'lab' }]);
});

test('with 10,000 findings the summary stays under 1 MiB and the comment under 65,536 characters, saying what was left out', () => {
  const result = manyFindings(10_000);
  const summary = markdownReport(result, CONTEXT, SUMMARY_BUDGET);
  const comment = markdownReport(result, CONTEXT, COMMENT_BUDGET);
  assert.ok(Buffer.byteLength(summary) <= 1024 * 1024, `${Buffer.byteLength(summary)} bytes`);
  assert.ok(comment.length <= 65_536, `${comment.length} characters`);
  assert.match(comment, /_[\d,]+ more findings are not shown here, to stay within GitHub's size limit/);
  assert.match(summary, /more findings are not shown here/);
  const shownRows = (comment.match(/^\| \[`inventory\/region-/gm) ?? []).length;
  const leftOut = Number(/_([\d,]+) more findings/.exec(comment)![1]!.replace(/,/g, ''));
  assert.equal(shownRows + leftOut, 10_000, 'every finding is either shown or counted');
});

// 40,000 findings of one rule took two minutes when each group was copied per finding and
// the text measured again for every row; the timeout only guards against a hang.
test('40,000 findings of one rule: the summary is filled to its budget and counts the rest', { timeout: 60_000 }, () => {
  const result = manyFindings(40_000);
  for (const finding of result.findings) finding.ruleId = 'allocation/orphaned-hostname';
  const summary = markdownReport(result, CONTEXT, SUMMARY_BUDGET);
  const bytes = Buffer.byteLength(summary);
  assert.ok(bytes <= 1024 * 1024 && bytes > 1000 * 1024, `${bytes} bytes`);
  const shownRows = (summary.match(/^\| \[`inventory\/region-/gm) ?? []).length;
  const leftOut = Number(/_([\d,]+) more findings/.exec(summary)![1]!.replace(/,/g, ''));
  assert.equal(shownRows + leftOut, 40_000);
});

test('markdown: verdict, counts, a table per rule, links to lines, cells escaped', () => {
  const text = markdownReport(manyFindings(5), CONTEXT, COMMENT_BUDGET);
  assert.match(text, /^## ❌ citrix-license-lint: not compliant\n\n\*\*3 errors\*\*, 2 warnings in 1 inventory file as of 2026-11-28\./m);
  assert.match(text, /\| Rule \| Errors \| Warnings \|\n\|---\|---:\|---:\|/);
  assert.match(
    text,
    /\| \[`inventory\/region-1\.yaml:2`\]\(https:\/\/github\.com\/acme\/inv\/blob\/c{40}\/inventory\/region-1\.yaml#L2\) \| finding number 1 `\\\|` with a pipe and `<html>`/,
  );
  for (const line of text.split('\n').filter((l) => l.startsWith('| '))) {
    assert.equal(
      line.replace(/\\\|/g, '').split('|').length,
      line.startsWith('| Rule') || (/^\| \[`/.test(line) && !line.includes('/inventory/region-')) ? 5 : 4,
      line,
    );
  }
});

test('the deadlines chart is a Mermaid gantt of milestones with valid lines', () => {
  const chart = ganttChart(
    [
      {
        kind: 'term end',
        lastDay: '2026-12-15',
        subject: 'entitlement `pvs-2024` (PVS_STD_CCS): odd; #chars',
        action: '',
        entity: 'e',
        file: 'f',
        line: 1,
      },
      { kind: 'manual upload', lastDay: '2026-12-19', subject: 'license server `ls1`', action: '', entity: 's', file: 'f', line: 2 },
      { kind: 'upgrade', lastDay: '2028-01-01', subject: 'too far away', action: '', entity: 'x', file: 'f', line: 3 },
    ],
    '2026-11-28',
  )!;
  const body = /```mermaid\n([\s\S]*?)\n```/.exec(chart)![1]!.split('\n');
  assert.equal(body[0], 'gantt');
  const grammar = [
    /^ {4}title [^:#;]+$/,
    /^ {4}dateFormat YYYY-MM-DD$/,
    /^ {4}axisFormat %Y-%m-%d$/,
    /^ {4}section [^:#;]+$/,
    /^ {4}[^:#;`]+ :milestone, d\d+, \d{4}-\d{2}-\d{2}, 0d$/,
  ];
  for (const line of body.slice(1))
    assert.ok(
      grammar.some((g) => g.test(line)),
      `not valid gantt: ${line}`,
    );
  assert.equal(body.filter((l) => l.includes(':milestone')).length, 2);
  assert.match(chart, /1 later deadline not charted/);
});

test('annotations: errors before warnings, changed lines first, at most 10 of each, and a notice for the rest', () => {
  const result = manyFindings(40);
  const changed = new Map([['inventory/region-4.yaml', new Set([33])]]);
  const annotations = selectAnnotations(annotationScope(result, CONTEXT, { changed }), CONTEXT);
  assert.equal(annotations.filter((a) => a.level === 'error').length, 10);
  assert.equal(annotations.filter((a) => a.level === 'warning').length, 10);
  assert.deepEqual(annotations[0]!.properties, {
    title: result.findings[32]!.ruleId,
    file: 'inventory/region-4.yaml',
    startLine: 33,
    endLine: 33,
    startColumn: 3,
    endColumn: 20,
  });
  assert.match(annotations.at(-1)!.message, /^20 more findings are not annotated here/);
});

test('added lines are read from diff hunks', () => {
  const patch = '@@ -1,3 +1,4 @@\n version: 1\n-old: 1\n+new: 1\n+more: 2\n context\n@@ -10,2 +11,2 @@\n a\n+b';
  assert.deepEqual([...addedLines(patch)], [2, 3, 12]);
});

test('counts are grouped by thousands as the licensing portal shows them', async () => {
  const { formatCount } = await import('../src/util/format.js');
  assert.deepEqual([0, 7, 999, 1000, 1500, 27500, 1234567, -4200].map(formatCount), [
    '0',
    '7',
    '999',
    '1,000',
    '1,500',
    '27,500',
    '1,234,567',
    '-4,200',
  ]);
});
