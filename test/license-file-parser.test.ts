import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLicenseText } from '../src/licfile/parse.js';

const REALISTIC = [
  '# License file for Example Corp',
  '# Do not edit: the signatures break.',
  'SERVER this_host HOSTNAME=ctxls01.corp.example',
  'VENDOR CITRIX',
  'USE_SERVER',
  'INCREMENT XDT_PLT_UD CITRIX 2026.0115 permanent 500 \\',
  '\tVENDOR_STRING=;LT=Retail;GP=720;CL=VDS,VDA,VDE,VDP;SA=0;ODP=0 \\',
  '\tDUP_GROUP=NONE ISSUED=15-jan-2025 NOTICE="Example Corp" \\',
  '\tSN=LA-0001234567-12345:67890 START=14-Jan-2025 SIGN="0A1B 2C3D \\',
  '\t4E5F 6A7B"',
  'INCREMENT MPS_ENT_CCU CITRIX 2025.1231 31-DEC-2027 uncounted \\',
  '\tVENDOR_STRING=;LT=RetailS;GP=720 SN=UP-0001234567-2222:1 SIGN="99"',
  'FEATURE PVS_STD_CCS CITRIX 2024.0601 01-Jun-2026 0 VENDOR_STRING=LT=Eval SN=CHY-1',
  '',
].join('\n');

test('a realistic file: server binding, several INCREMENTs, continuation inside a quoted SIGN', () => {
  const parsed = parseLicenseText(REALISTIC);
  assert.deepEqual(parsed.problems, []);
  assert.equal(parsed.server?.hostname, 'ctxls01.corp.example');
  assert.deepEqual(parsed.server && [parsed.server.line, parsed.server.column], [3, 18]);
  assert.deepEqual(parsed.vendors, ['CITRIX']);
  assert.equal(parsed.useServer, true);
  const [xdt, mps, pvs] = parsed.increments;
  assert.deepEqual(
    {
      product: xdt!.product,
      line: xdt!.line,
      count: xdt!.count,
      expires: xdt!.expires,
      cssDate: xdt!.cssDate,
      lt: xdt!.licenseType,
      sn: xdt!.serial,
      issued: xdt!.issued,
      start: xdt!.start,
    },
    {
      product: 'XDT_PLT_UD',
      line: 6,
      count: 500,
      expires: 'permanent',
      cssDate: '2026-01-15',
      lt: 'Retail',
      sn: 'LA-0001234567-12345:67890',
      issued: '2025-01-15',
      start: '2025-01-14',
    },
  );
  assert.equal(xdt!.vendorFields.CL, 'VDS,VDA,VDE,VDP');
  assert.deepEqual(
    [mps!.line, mps!.count, mps!.expires, mps!.serial, mps!.licenseType],
    [11, 'uncounted', '2027-12-31', 'UP-0001234567-2222:1', 'RetailS'],
  );
  assert.deepEqual(
    [pvs!.keyword, pvs!.line, pvs!.count, pvs!.expires, pvs!.licenseType],
    ['FEATURE', 13, 'uncounted', '2026-06-01', 'Eval'],
  );
});

test('CRLF line ends and tabs read the same as LF', () => {
  const parsed = parseLicenseText(REALISTIC.replace(/\n/g, '\r\n'));
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(
    parsed.increments.map((i) => [i.product, i.line]),
    [
      ['XDT_PLT_UD', 6],
      ['MPS_ENT_CCU', 11],
      ['PVS_STD_CCS', 13],
    ],
  );
});

test('the startup license parses as feature CITRIX, uncounted and permanent', () => {
  const parsed = parseLicenseText(
    'SERVER this_host ANY\nVENDOR CITRIX\nINCREMENT CITRIX CITRIX 2017.0101 permanent uncounted VENDOR_STRING=;LT=SYS SIGN="00"\n',
  );
  assert.equal(parsed.server?.hostname, undefined);
  assert.equal(parsed.server?.hostid, 'ANY');
  assert.deepEqual(
    parsed.increments.map((i) => [i.product, i.count, i.expires, i.licenseType]),
    [['CITRIX', 'uncounted', 'permanent', 'SYS']],
  );
});

test('a truncated file (a SIGN quote never closed) is a problem at the entry that opens it', () => {
  const parsed = parseLicenseText('SERVER h HOSTNAME=x\nVENDOR CITRIX\nINCREMENT A CITRIX 2026.0101 permanent 5 \\\n\tSIGN="0A1B \\\n');
  assert.equal(parsed.increments.length, 0);
  assert.equal(parsed.problems.length, 1);
  assert.equal(parsed.problems[0]!.line, 3);
  assert.match(parsed.problems[0]!.message, /never closed: the file is truncated/);
});

test('a PDF or a YAML file given by mistake is not a license file', () => {
  for (const text of ['%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'version: 1\nlicenseServers: []\n']) {
    const parsed = parseLicenseText(text);
    assert.equal(parsed.problems.length, 1);
    assert.equal(parsed.problems[0]!.line, 1);
    assert.match(parsed.problems[0]!.message, /not a FlexNet license file/);
  }
});

test('an empty file and a file of only comments are problems on line 1', () => {
  assert.match(parseLicenseText('').problems[0]!.message, /empty/);
  assert.match(parseLicenseText('# only a comment\n').problems[0]!.message, /not a FlexNet license file/);
});

test('bad fields are reported at their own column, the other entries still read', () => {
  const parsed = parseLicenseText(
    [
      'SERVER h HOSTNAME=x',
      'INCREMENT A CITRIX 2026.0101 31-feb-2027 5',
      'INCREMENT B CITRIX 2026.0101 permanent lots',
      'INCREMENT C CITRIX 2026.0101 permanent',
      'INCREMENT D CITRIX v2026 permanent 7',
      'INCREMENT E CITRIX 2026.0101 permanent 9',
      'PACKAGE SUITE CITRIX 1.0 COMPONENTS="A B"',
    ].join('\n'),
  );
  assert.deepEqual(
    parsed.problems.map((p) => `${p.line}:${p.column}`),
    ['2:30', '3:40', '4:1', '5:20'],
  );
  assert.match(parsed.problems[0]!.message, /expiry field of A must be `permanent` or a date like 31-dec-2027, not "31-feb-2027"/);
  assert.match(parsed.problems[1]!.message, /count field of B must be a whole number or `uncounted`/);
  assert.match(parsed.problems[2]!.message, /five fields .* this one has 4/);
  assert.match(parsed.problems[3]!.message, /version field of D must be a date written YYYY.MMDD/);
  assert.deepEqual(
    parsed.increments.map((i) => i.product),
    ['D', 'E'],
  );
  assert.deepEqual(parsed.otherKeywords, [{ keyword: 'PACKAGE', line: 7 }]);
});

test('no signature or other content beyond parsed fields reaches a problem message', () => {
  const parsed = parseLicenseText('SERVER h HOSTNAME=x\nINCREMENT A CITRIX 2026.0101 nonsense 5 SIGN="SECRET-SIGNATURE-0A1B"\n');
  assert.equal(parsed.problems.length, 1);
  assert.ok(!parsed.problems[0]!.message.includes('SECRET'));
});
