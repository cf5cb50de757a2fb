import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ExportError } from '../src/exports/export-error.js';
import { readExport } from '../src/exports/read-export.js';
import { assertScalesLinearly } from './helpers/scaling.js';

// Issue 24 point 2: every export reader, through readExport (what both `import` and the lint
// of collected/ call), on hostile text at n and at 10n (helpers/scaling.ts). Collected files
// may be 64 MB, and they are read on every lint.

/** Reads `text` as an export; the outcome (observations or a clear refusal) is checked by `expect`. */
function reading(text: string, expect: (outcome: unknown) => void): () => void {
  const bytes = Buffer.from(text);
  return () => {
    let outcome: unknown;
    try {
      outcome = readExport(bytes, 'export');
    } catch (error) {
      assert.ok(error instanceof ExportError, String(error));
      outcome = error;
    }
    expect(outcome);
  };
}

const refused = (pattern: RegExp) => (outcome: unknown) => {
  assert.ok(outcome instanceof ExportError, 'refused');
  assert.match(outcome.message, pattern);
};
const read = (format: string) => (outcome: unknown) => assert.equal((outcome as { format: string }).format, format);

// Each test has a timeout: the old patterns ran for minutes at 10n.
const LIMIT = { timeout: 120_000 };

test('upload manifest (XML): an unclosed UTCDate followed by spaces (4,000 took 40 s)', LIMIT, () => {
  assertScalesLinearly(
    'unclosed',
    (n) => reading(`<Manifest><Product>LicenseServerCompliance</Product><UTCDate>${' '.repeat(n)}x`, refused(/UTCDate/)),
    1_000,
  );
  assertScalesLinearly(
    'spaces around the date',
    (n) =>
      reading(
        `<Manifest><Product>LicenseServerCompliance</Product><UTCDate>${' '.repeat(n)}2026-11-27T02:05:11Z${' '.repeat(n)}</UTCDate></Manifest>`,
        read('upload-manifest'),
      ),
    20_000,
  );
  assertScalesLinearly(
    'product after spaces',
    (n) => reading(`<Manifest><UTCDate>x</UTCDate><Product>${' '.repeat(n)}x</Product></Manifest>`, refused(/not an export/)),
    20_000,
  );
});

test('upload manifest (JSON) and the partner API: long values', LIMIT, () => {
  assertScalesLinearly(
    'UTCDate',
    (n) => reading(JSON.stringify({ UTCDate: `2026-11-27${' '.repeat(n)}x`, Product: 'LicenseServerCompliance' }), refused(/UTCDate/)),
    20_000,
  );
  assertScalesLinearly(
    'lastPhoningHomeTime',
    (n) =>
      reading(
        JSON.stringify({
          licenseServersStatus: [{ fqdn: 'ctxls01.corp.example', lastPhoningHomeTime: `2026-11-27T02:05${' '.repeat(n)}Z` }],
        }),
        refused(/lastPhoningHomeTime/),
      ),
    20_000,
  );
});

test('lmstat -i: a file of one-space lines (100 KB took 12.6 s) and a long table', LIMIT, () => {
  assertScalesLinearly('one-space lines', (n) => reading(' \n'.repeat(n), refused(/not an export/)), 5_000);
  assertScalesLinearly(
    'rows',
    (n) =>
      reading(
        `Feature   Version   #licenses   Expires   Vendor\n${'XDT_PLT_UD   2027.1231   10   31-dec-2027   CITRIX\n'.repeat(n)}`,
        read('lmstat -i'),
      ),
    2_000,
  );
});

test('license file: blank lines before the first keyword, and many INCREMENT lines', LIMIT, () => {
  const increment = 'INCREMENT XDT_PLT_UD CITRIX 2027.1231 31-dec-2027 10 VENDOR_STRING=;LT=RetailS SN=LA-1:1 SIGN="00"\n';
  assertScalesLinearly(
    'blank lines',
    (n) => reading(`${' \n'.repeat(n)}SERVER this_host HOSTNAME=ctxls01\nVENDOR CITRIX\n${increment}`, read('license-file')),
    10_000,
  );
  assertScalesLinearly(
    'increments',
    (n) => reading(`SERVER this_host HOSTNAME=ctxls01\nVENDOR CITRIX\n${increment.repeat(n)}`, read('license-file')),
    500,
  );
});

test('CSV (Export-Csv): a header line ending in spaces, leading blank lines, many rows', LIMIT, () => {
  assertScalesLinearly(
    'header',
    (n) => reading(`"LicenseProductName","LicensesAvailable"${' '.repeat(n)}!\n`, refused(/not an export/)),
    5_000,
  );
  const header = '"LicenseProductName","LicenseEdition","LicenseModel","LicensesAvailable","LicenseType"\n';
  assertScalesLinearly(
    'blank lines',
    (n) => reading(`${'\n'.repeat(n)}${header}"XDT","PLT","UD","10","Retail"\n`, read('Get-LicInventory')),
    100_000,
  );
  assertScalesLinearly('rows', (n) => reading(`${header}${'"XDT","PLT","UD","10","Retail"\n'.repeat(n)}`, read('Get-LicInventory')), 2_000);
});

test('Get-LicInventory, Get-LicServerInfo, the collection script, WMI and NITRO (JSON): long fields and many rows', LIMIT, () => {
  assertScalesLinearly(
    'SLVersion of digits',
    (n) => reading(JSON.stringify({ HostName: 'ctxls01', SLVersion: '1'.repeat(n) }), refused(/has no "<x\.y\.z> build <n>"/)),
    20_000,
  );
  assertScalesLinearly(
    'slVersion of digits',
    (n) =>
      reading(
        JSON.stringify({ collectedAt: '2026-11-27T03:00:00Z', server: 'ctxls01', slVersion: '1'.repeat(n), pools: [] }),
        read('collector-json'),
      ),
    20_000,
  );
  assertScalesLinearly(
    'a date of spaces',
    (n) =>
      reading(
        JSON.stringify([{ LicenseProductName: 'XDT', LicensesAvailable: 10, LicenseExpirationDate: `1${' '.repeat(n)}x` }]),
        refused(/LicenseExpirationDate/),
      ),
    20_000,
  );
  assertScalesLinearly(
    'inventory rows',
    (n) =>
      reading(
        JSON.stringify(
          Array.from({ length: n }, () => ({
            LicenseProductName: 'XDT',
            LicenseEdition: 'PLT',
            LicenseModel: 'UD',
            LicensesAvailable: 10,
            LicenseExpirationDate: '2027-12-31',
          })),
        ),
        read('Get-LicInventory'),
      ),
    1_000,
  );
  assertScalesLinearly(
    'WMI pools',
    (n) =>
      reading(
        JSON.stringify(Array.from({ length: n }, () => ({ PLD: 'XDT_PLT_UD', Count: 10, LicenseType: 'Retail' }))),
        read('Citrix_GT_License_Pool'),
      ),
    1_000,
  );
  assertScalesLinearly(
    'nsversion of digits',
    (n) => reading(JSON.stringify({ errorcode: 0, nsversion: { version: `NetScaler NS${'1'.repeat(n)}` } }), refused(/nsversion/)),
    20_000,
  );
});
