import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readExport } from '../src/exports/read-export.js';
import { ExportError } from '../src/exports/export-error.js';

const read = (text: string, name = 'x') => readExport(new TextEncoder().encode(text), name);
const utf16 = (text: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));

test('parsers: each format is recognised from its content alone', () => {
  assert.equal(read('{"SLVersion":"v11.17.2.0 build 56200 i86_n3","HostName":"ls"}').format, 'Get-LicServerInfo');
  assert.equal(read('[{"PLD":"XDT_PLT_UD","Count":10}]').format, 'Citrix_GT_License_Pool');
  assert.equal(
    read('{"errorcode":0,"nsversion":[{"version":"NetScaler NS13.1: Build 49.15.nc, Date: Jan 1 2024"}]}').netscaler?.version,
    '13.1-49.15',
  );
  assert.equal(
    readExport(utf16('{"LicenseProductName":"XDT","LicenseEdition":"PLT","LicenseModel":"UD","LicensesAvailable":5}'), 'x').licenses[0]
      ?.product,
    'XDT_PLT_UD',
  );
  // `ConvertTo-Json -InputObject $array` in 5.1 wraps the list.
  assert.equal(read('{"value":[{"PLD":"XDT_PLT_UD","Count":10}],"Count":1}').licenses[0]?.count, 10);
});

test('parsers: version renderings of Get-LicServerInfo normalise to "x.y.z.w build n"', () => {
  for (const [raw, expected] of [
    ['v11.12.1.0 build 146690 (ipv6) i86_n3', '11.12.1.0 build 146690'],
    ['11.16.6.0. build 35000', '11.16.6.0 build 35000'],
  ]) {
    assert.equal(read(JSON.stringify({ SLVersion: raw })).licenseServerVersion, expected);
  }
  assert.throws(() => read('{"SLVersion":"unknown"}'), /has no "<x.y.z> build <n>"/);
});

test('parsers: broken exports are one clear ExportError, never a crash', () => {
  const cases: [string, RegExp][] = [
    [
      '{"errorcode":354,"message":"Invalid username or password","nslicense":{}}',
      /NITRO response is an error \(errorcode 354: Invalid username or password\)/,
    ],
    ['[]', /empty list/],
    ['[{"LicenseProductName":"XDT","LicensesAvailable":5}, null]', /not a list of objects/],
    ['[{"LicenseProductName":"XDT","LicensesAvailable":"many"}]', /LicensesAvailable is "many", not a whole number/],
    ['{"LicenseProductName": ', /does not parse/],
    ['"LicenseProductName","LicensesAvailable"\n"XDT"\n', /CSV row 1 has 1 fields where the header has 2/],
    ['Feature  Version  #licenses  Expires  Vendor\nXDT_PLT_UD 2027.1231 many 31-dec-2027 CITRIX\n', /#licenses "many"/],
    ['INCREMENT XDT_PLT_UD CITRIX\n', /line 1: INCREMENT needs five fields/],
    ['{"hello":"world"}', /not an export this importer reads \(it is JSON with the properties hello\)/],
  ];
  for (const [text, message] of cases) {
    assert.throws(
      () => read(text),
      (error: unknown) => error instanceof ExportError && message.test(error.message),
      text,
    );
  }
  assert.throws(() => readExport(new Uint8Array([0x00, 0x01, 0x02, 0x00, 0x00, 0x05]), 'x'), /binary/);
});
