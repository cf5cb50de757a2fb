import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quickParse } from '../src/yaml/quick-scanner.js';
import { lintFiles, only } from './helpers/lint-fixture.js';

const at = (f: { line: number; column: number }) => `${f.line}:${f.column}`;

test('a duplicate key is reported at the repeated key, and the rest is still checked', (t) => {
  const { findings } = lintFiles(t, {
    'inventory.yaml':
      'version: 1\nentitlements:\n  - id: a\n    product: XDT_PLT_UD\n    type: subscription\n    quantity: 10\n    quantity: 20\n    end: 2027-01-01\n',
  });
  const syntax = only(findings, 'inventory/yaml-syntax');
  assert.equal(syntax.length, 1);
  assert.equal(at(syntax[0]!), '7:5');
  assert.equal(syntax[0]!.endColumn, 13);
  assert.match(syntax[0]!.message, /`quantity` is repeated/);
});

test('a typo in a key is reported at the key with a suggestion', (t) => {
  const { findings } = lintFiles(t, {
    'inventory.yaml':
      'version: 1\nlicenseServers:\n  - hostname: ls1\n    environment: production\n    state: active\n    telemetry:\n      mode: automatic\n      lastReportd: 2026-11-27\n',
  });
  const schema = only(findings, 'inventory/schema');
  assert.equal(schema.length, 1);
  assert.equal(at(schema[0]!), '8:7');
  assert.equal(schema[0]!.message, 'unknown key `lastReportd` in telemetry of license server `ls1`: did you mean `lastReported`?');
});

test('a wrong enum value, a negative quantity and an invalid date are each located at their value', (t) => {
  const { findings } = lintFiles(t, {
    'inventory.yaml': [
      'version: 1',
      'entitlements:',
      '  - id: a',
      '    product: XDT_PLT_UD',
      '    type: subscripton',
      '    quantity: -5',
      '    end: 2027-02-30',
      '',
    ].join('\n'),
  });
  const schema = only(findings, 'inventory/schema');
  const byLine = new Map(schema.map((f) => [f.line, f]));
  assert.equal(at(byLine.get(5)!), '5:11');
  assert.match(byLine.get(5)!.message, /must be one of `subscription`, `perpetual`, not "subscripton": did you mean `subscription`\?/);
  assert.equal(at(byLine.get(6)!), '6:15');
  assert.match(byLine.get(6)!.message, /`quantity` in entitlement `a` must be at least 1, not -5/);
  assert.equal(at(byLine.get(7)!), '7:10');
  assert.match(byLine.get(7)!.message, /must be a real date written YYYY-MM-DD, not "2027-02-30"/);
});

test('a missing key is reported on the mapping that lacks it, with what to add', (t) => {
  const { findings } = lintFiles(t, {
    'inventory.yaml': 'version: 1\nentitlements:\n  - id: a\n    product: XDT_PLT_UD\n    type: subscription\n    quantity: 5\n',
  });
  const [finding] = only(findings, 'inventory/schema');
  assert.equal(at(finding!), '3:5');
  assert.match(finding!.message, /missing the key `end`: a subscription needs the last day of its term/);
});

test('positions in nested lists of several files point into the right file', (t) => {
  const { findings } = lintFiles(
    t,
    {
      'inv/a.yaml': 'version: 1\nentitlements:\n  - { id: e1, product: XDT_PLT_UD, type: subscription, quantity: 5, end: 2027-01-01 }\n',
      'inv/b/c.yaml': [
        'version: 1',
        'licenseServers:',
        '  - hostname: ls1',
        '    environment: production',
        '    state: active',
        '    licenseFiles:',
        '      - name: x.lic',
        '        features:',
        '          - product: XDT_PLT_UD',
        '            count: many',
        '            expires: permanent',
        '',
      ].join('\n'),
    },
    { inputs: ['inv'] },
  );
  const [finding] = only(findings, 'inventory/schema');
  assert.equal(finding!.file, 'inv/b/c.yaml');
  assert.equal(at(finding!), '10:20');
  assert.match(
    finding!.message,
    /`count` in feature `XDT_PLT_UD` of license file `x.lic` of license server `ls1` must be a whole number or `uncounted`, not "many"/,
  );
});

test('references resolve across files of a folder', (t) => {
  const { findings } = lintFiles(
    t,
    {
      'inv/entitlements.yaml':
        'version: 1\nentitlements:\n  - { id: e1, product: XDT_PLT_UD, type: subscription, quantity: 5, end: 2027-01-01 }\n',
      'inv/allocations.yaml':
        'version: 1\nallocations:\n  - { entitlement: e1, hostname: ls1, quantity: 5 }\n  - { entitlement: e2, hostname: ls1, quantity: 5 }\n',
      'inv/servers.yml': 'version: 1\nlicenseServers:\n  - { hostname: ls1, environment: production, state: active }\n',
    },
    { inputs: ['inv'] },
  );
  const references = only(findings, 'inventory/reference');
  assert.deepEqual(
    references.map((f) => `${f.file}:${f.line}:${f.column}`),
    ['inv/allocations.yaml:4:20'],
  );
  assert.equal(only(findings, 'allocation/orphaned-hostname').length, 0);
});

test('one broken file does not hide the findings of the others', (t) => {
  const { findings } = lintFiles(
    t,
    {
      'inv/a.yaml': 'version: 1\nentitlements: [\n',
      'inv/b.yaml':
        'version: 1\nlicenseServers:\n  - { hostname: ls1, environment: production, state: active, telemetry: { mode: disabled } }\n',
    },
    { inputs: ['inv'] },
  );
  assert.ok(only(findings, 'inventory/yaml-syntax').every((f) => f.file === 'inv/a.yaml'));
  assert.ok(only(findings, 'inventory/yaml-syntax').length >= 1);
  assert.equal(only(findings, 'license-server/telemetry-disabled').length, 1);
});

test('odd but valid files: CRLF line ends and a UTF-8 BOM keep exact columns', (t) => {
  const { findings } = lintFiles(t, {
    'inventory.yaml': '\uFEFFversion: 1\r\nlicenseServers:\r\n  - hostname: ls1\r\n    environment: prod\r\n    state: active\r\n',
  });
  const [finding] = only(findings, 'inventory/schema');
  assert.equal(at(finding!), '4:18');
});

test('an empty file, a file of comments, a list and a scalar each get one clear finding', (t) => {
  const cases: Record<string, RegExp> = {
    'empty.yaml': /empty: start it with `version: 1`/,
    'comments.yaml': /empty: start it with `version: 1`/,
    'list.yaml': /must be a mapping/,
    'scalar.yaml': /must be a mapping/,
  };
  const { findings } = lintFiles(
    t,
    { 'empty.yaml': '', 'comments.yaml': '# nothing yet\n', 'list.yaml': '- a\n- b\n', 'scalar.yaml': 'hello\n' },
    { inputs: ['.'] },
  );
  for (const [file, pattern] of Object.entries(cases)) {
    const mine = findings.filter((f) => f.file === file);
    assert.equal(mine.length, 1, `${file}: ${mine.map((f) => f.message).join('; ')}`);
    assert.match(mine[0]!.message, pattern);
    assert.equal(mine[0]!.line, 1);
  }
});

test('a second YAML document in a file is reported, not silently read', (t) => {
  const { findings } = lintFiles(t, { 'inventory.yaml': 'version: 1\n---\nversion: 1\n' });
  const [finding] = only(findings, 'inventory/yaml-syntax');
  assert.equal(finding!.line, 2);
  assert.match(finding!.message, /second YAML document/);
});

test('a binary file and invalid UTF-8 are findings, not crashes', (t) => {
  const { findings } = lintFiles(
    t,
    {
      'a.yaml': Buffer.from([0x76, 0x00, 0x01, 0x02]),
      'b.yaml': Buffer.concat([Buffer.from('version: 1\norganization: { name: "'), Buffer.from([0xff, 0xfe]), Buffer.from('" }\n')]),
    },
    { inputs: ['.'] },
  );
  assert.match(findings.find((f) => f.file === 'a.yaml')!.message, /binary file/);
  const utf8 = findings.find((f) => f.file === 'b.yaml')!;
  assert.match(utf8.message, /not valid UTF-8/);
  assert.equal(utf8.line, 2);
});

// The timeout guards against a hang (an expanded bomb never finishes); it measures nothing.
test('an alias bomb is refused with a finding', { timeout: 30_000 }, (t) => {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 12; i++)
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  const { findings } = lintFiles(t, { 'inventory.yaml': `${lines.join('\n')}\n` });
  const [finding] = only(findings, 'inventory/yaml-syntax');
  assert.match(finding!.message, /aliases/);
});

test('in a large file (entities recorded, deeper nodes found on demand) deep findings keep exact positions', (t) => {
  const padding = Array.from({ length: 4000 }, (_, i) => `  - { entitlement: e1, hostname: ls1, quantity: 1 } # filler ${i}`).join('\n');
  const lines = [
    'version: 1',
    'entitlements:',
    '  - { id: e1, product: XDT_PLT_UD, type: subscription, quantity: 9000, end: 2027-01-01 }',
    'allocations:',
    padding,
    'licenseServers:',
    '  - hostname: ls1',
    '    environment: production',
    '    state: active',
    '    version: 11.17.2.0 build 56200',
    '    telemetry:',
    '      mode: manual',
    '      lastReported: 2026-08-01',
    '    licenseFiles:',
    '      - name: a.lic',
    '        hostname: ls1',
    '        features:',
    '          - { product: XDT_PLT_UD, count: 10, expires: 2026-01-01 }',
  ];
  const text = `${lines.join('\n')}\n`;
  assert.ok(text.length > 256 * 1024, 'above the small-file threshold');
  const { findings } = lintFiles(t, { 'inventory.yaml': text });
  const first = 5 + 4000; // line of `licenseServers:`
  const overdue = only(findings, 'license-server/telemetry-overdue')[0]!;
  assert.equal(`${overdue.line}:${overdue.column}-${overdue.endLine}:${overdue.endColumn}`, `${first + 7}:21-${first + 7}:31`);
  const expired = only(findings, 'license-file/expired')[0]!;
  assert.equal(`${expired.line}:${expired.column}`, `${first + 12}:13`);
  assert.equal(expired.endLine, first + 12, 'a mapping is shown by its first line');
  const [version] = only(findings, 'license-server/file-based-activation');
  assert.equal(version, undefined);
});

test('a file read by the quick reader and one read by yaml give the same findings at the same places', (t) => {
  const inventory = [
    'version: 1',
    'entitlements:',
    '  - { id: e1, product: XDT_PLT_UD, type: subscription, quantity: 5, end: 2026-01-01 }',
    'licenseServers:',
    '  - hostname: ls1',
    '    environment: prod # a typo',
    '    state: active',
    '    telemetry: { mode: manual, lastReported: 2026-01-01 }',
    'allocations:',
    '  - entitlement: e1',
    '    hostname: gone',
    '    quantity: 9',
    '',
  ].join('\n');
  const shape = (
    findings: readonly { ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string }[],
  ) => findings.map((f) => `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`);
  // A closing `...` is valid YAML that the quick reader leaves to yaml.
  const ended = `${inventory}...\n`;
  assert.ok(quickParse(inventory) && !quickParse(ended), 'one file for each reader');
  const quick = lintFiles(t, { 'inventory.yaml': inventory });
  const full = lintFiles(t, { 'inventory.yaml': ended });
  assert.ok(quick.findings.length >= 4, 'the inventory has findings to compare');
  assert.deepEqual(shape(full.findings), shape(quick.findings));
});
