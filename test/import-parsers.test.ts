import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from './helpers/run-cli.js';
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

test('parsers: the last telemetry upload, from the bundle manifest (JSON or XML), the partner API or the collection script', () => {
  const fixture = (name: string) => readExport(readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/import/telemetry', name)), name);
  for (const name of ['upload-manifest.json', 'upload-manifest.xml']) {
    const manifest = fixture(name);
    assert.equal(manifest.format, 'upload-manifest');
    assert.deepEqual(manifest.uploads, [{ at: '2026-11-27T02:05:11Z', field: 'UTCDate' }]);
  }
  const api = fixture('licenseservers.json');
  assert.equal(api.format, 'licenseservers-api');
  assert.equal(api.host, 'ctxls01.fabrikam.example');
  assert.deepEqual(api.uploads, [
    { host: 'ctxls01.fabrikam.example', at: '2026-11-27T02:05:11Z', field: 'lastPhoningHomeTime', everReported: true },
  ]);
  const never = read(
    '{"licenseServersStatus":[{"hostID":"a","isEverReported":false},{"fqdn":"b.example","lastPhoningHomeTime":"2026-11-01"}]}',
  );
  assert.equal(never.host, undefined, 'two servers: the response names no single host');
  assert.deepEqual(never.uploads, [
    { host: 'a', field: 'lastPhoningHomeTime', everReported: false },
    { host: 'b.example', at: '2026-11-01T00:00:00Z', field: 'lastPhoningHomeTime' },
  ]);
  const collector = read(
    '{"collectedAt":"2026-11-28T03:00:00Z","server":"ls1","slVersion":"11.17.2.0 build 56200","pools":[],"lastUploadBundle":"upload_1795745111.zip"}',
  );
  assert.deepEqual(collector.uploads, [{ at: '2026-11-27T02:05:11Z', field: 'lastUploadBundle', host: 'ls1' }]);
  assert.throws(
    () => read('{"UTCDate":"11/27/2026 2:05","Product":"LicenseServerCompliance"}'),
    /UTCDate "11\/27\/2026 2:05" is not a time/,
  );
  assert.throws(
    () => read('{"licenseServersStatus":[{"fqdn":"a","lastPhoningHomeTime":"yesterday"}]}'),
    /\(a\) lastPhoningHomeTime "yesterday"/,
  );
});
