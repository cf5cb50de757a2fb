// Issue 22.1, nothing withheld in silence: a suppression cannot make a part of the inventory that
// could not be read pass. A syntax error that loses the rest of a file, or an unknown top-level key
// that holds entries, keeps what is there from being judged at all (no finding exists to
// withhold): the error stays an error whatever directive names it, and the directive says why.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli } from './helpers/cli-in-process.js';
import { tempRepo } from './helpers/temp-repo.js';

const DISABLED = (host: string) =>
  `  - { hostname: ${host}, environment: production, state: active, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: disabled } }`;

interface Report {
  summary: { errors: number; compliant: boolean; suppressed: number };
  findings: { ruleId: string; messageId: string; line: number; suppressed?: unknown }[];
}

async function lint(text: string, t: Parameters<typeof tempRepo>[0]) {
  const root = tempRepo(t, { 'inventory/a.yaml': text });
  const json = await cli(['-f', 'json', '--as-of', '2026-11-28'], { cwd: root });
  const markdown = await cli(['-f', 'markdown', '--as-of', '2026-11-28'], { cwd: root });
  return { status: json.status, report: JSON.parse(json.stdout) as Report, markdown: markdown.stdout };
}

test('a suppressed tab that loses two servers with telemetry disabled is not compliant (was "No problems", exit 0)', async (t) => {
  const text = [
    '# citrix-license-lint-disable inventory/yaml-syntax -- reformat later',
    'version: 1',
    'licenseServers:',
    '  - hostname: first',
    '\tenvironment: production',
    '    state: active',
    '    version: 11.17.2.0 build 56200',
    '    activation: las-online',
    '    telemetry: { mode: manual, lastReported: 2026-11-20 }',
    DISABLED('ls2'),
    DISABLED('ls3'),
    '',
  ].join('\n');
  const { status, report, markdown } = await lint(text, t);
  assert.equal(status, 1);
  assert.equal(report.summary.compliant, false);
  const syntax = report.findings.filter((f) => f.ruleId === 'inventory/yaml-syntax');
  assert.ok(syntax.length > 0 && syntax.every((f) => f.suppressed === undefined), 'the error that loses the servers is not suppressed');
  assert.deepEqual(
    report.findings.filter((f) => f.ruleId === 'inventory/invalid-suppression').map((f) => [f.messageId, f.line]),
    [['unreadPart', 1]],
  );
  assert.match(markdown, /^## ❌ citrix-license-lint: not compliant$/m);
});

test('a suppressed misspelt list key (netScalerConsoles) hides no console: not compliant', async (t) => {
  const text = [
    'version: 1',
    '# citrix-license-lint-disable-next-line inventory/schema -- the old name',
    'netScalerConsoles:',
    '  - { hostname: adm01, deployment: on-premises, environment: production, state: active, version: "14.1-51.83", activation: las, telemetry: { mode: disabled } }',
    '',
  ].join('\n');
  const { status, report } = await lint(text, t);
  assert.equal(status, 1);
  assert.equal(report.summary.compliant, false);
  assert.ok(report.findings.some((f) => f.ruleId === 'inventory/schema' && f.suppressed === undefined));
  assert.deepEqual(
    report.findings.filter((f) => f.ruleId === 'inventory/invalid-suppression').map((f) => f.messageId),
    ['unreadPart'],
  );
});

test('a suppressed unknown key that holds no entry (notes: see the wiki) stays suppressed', async (t) => {
  const text = [
    'version: 1',
    '# citrix-license-lint-disable-next-line inventory/schema -- our notes',
    'notes: see the wiki',
    DISABLED('ls1').replace('  - ', 'licenseServers:\n  - '),
    '',
  ].join('\n');
  const { report } = await lint(text, t);
  assert.equal(report.summary.suppressed, 1);
  assert.ok(!report.findings.some((f) => f.ruleId === 'inventory/invalid-suppression'));
});
