// Issues 24 and 25: the counts an export states decide findings whose advice is to remove or
// buy licenses, and a pull request may write them. A count is a whole number a server can
// hold: never negative, never beyond what a number keeps exactly (1e308 made "remove Infinity
// installed licenses"), and the overdraft is part of the installed count, never more.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { cli } from './helpers/cli-in-process.js';
import { collectorJson, serverInventory } from './helpers/evidence-repo.js';
import { GitRepo } from './helpers/git-repo.js';

const AS_OF = '2026-11-28';

interface Report {
  findings: { ruleId: string; message: string; file: string }[];
}

const pool = (fields: Record<string, unknown>) => ({ product: 'XDT', edition: 'PLT', model: 'UD', type: 'RetailS', ...fields });

const licenseFile = (count: string) =>
  `SERVER this_host HOSTNAME=ctxls01\nVENDOR CITRIX\nUSE_SERVER\nINCREMENT XDT_PLT_UD CITRIX 2027.1231 31-dec-2027 ${count} VENDOR_STRING=;LT=RetailS;SA=1 SN=abc SIGN="0"\n`;

const INVENTORY = `${serverInventory('11.17.2.0 build 56200', '{ mode: manual, lastReported: 2026-11-20 }')}entitlements:
  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 1200, end: 2027-12-31 }
allocations:
  - { entitlement: uhmc, hostname: ctxls01, quantity: 1200 }
`;

test('a count no server holds (1e308, 20 digits, negative, an overdraft above the installed count it is part of) is collected/unreadable, never a finding that says to remove or buy', async (t) => {
  const repo = new GitRepo(t);
  repo.commit(
    'hostile counts',
    {
      'inventory.yaml': INVENTORY,
      'collected/ctxls01/a-huge.json': collectorJson({ pools: [pool({ installed: 1e308, inUse: 1e308 })] }),
      'collected/ctxls01/b-digits.json': collectorJson({ pools: [pool({ installed: '99999999999999999999' })] }),
      'collected/ctxls01/c-negative.json': collectorJson({ pools: [pool({ installed: 1320, overdraft: 120, inUse: -5 })] }),
      'collected/ctxls01/d-overdraft.json': collectorJson({ pools: [pool({ installed: 100, overdraft: 200, inUse: 5 })] }),
      'collected/ctxls01/e-wmi.json': JSON.stringify([{ PLD: 'XDT_PLT_UD', Count: 1e300, Overdraft: 0, InUseCount: 1 }]),
      'collected/ctxls01/f-history.csv': `Date,Product,In Use\n2026-11-20,XDT_PLT_UD,${'9'.repeat(400)}\n`,
      'collected/ctxls01/g-history.csv': 'Date,Product,Installed,Overdraft,In Use\n2026-11-20,XDT_PLT_UD,10,20,5\n',
      'collected/ctxls01/h-lmstat.txt': `Feature                         Version     #licenses    Vendor        Expires\n________                        _________   _________    ______        ________\nXDT_PLT_UD                      2027.1231   ${'9'.repeat(23)}     CITRIX        31-dec-2027\n`,
      'collected/ctxls01/i-file.lic': licenseFile('9'.repeat(30)),
    },
    '2026-11-27T04:00:00Z',
  );
  const run = await cli(['inventory.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: repo.root });
  assert.equal(run.stderr, '');
  const report = JSON.parse(run.stdout) as Report;
  assert.deepEqual(
    report.findings.filter((f) => f.ruleId !== 'collected/unreadable').map((f) => `${f.ruleId}: ${f.message}`),
    [],
    'before: licenses/installed-exceeds-purchased said "remove Infinity installed licenses"',
  );
  assert.deepEqual(
    report.findings.map((f) => path.basename(f.file)),
    [
      'a-huge.json',
      'b-digits.json',
      'c-negative.json',
      'd-overdraft.json',
      'e-wmi.json',
      'f-history.csv',
      'g-history.csv',
      'h-lmstat.txt',
      'i-file.lic',
    ],
  );
  const reasons = report.findings.map((f) => f.message.replace('collected export not read: ', ''));
  assert.deepEqual(reasons, [
    'pools[0].installed is 1e+308, not a count of licenses',
    'pools[0].installed is "99999999999999999999", not a count of licenses',
    'pools[0].inUse is -5, not a count of licenses',
    'pools[0]: the overdraft (200) is more than the licenses installed (100), which include it',
    'pool 1 Count is 1e+300, not a count of licenses',
    `row 1 In Use is "${'9'.repeat(57)}...", not a count of licenses`,
    'row 1: the overdraft (20) is more than the licenses installed (10), which include it',
    'line 3: #licenses "99999999999999999999999" is not what lmstat -i prints',
    `line 4: the count field of XDT_PLT_UD must be a whole number or \`uncounted\`, not "${'9'.repeat(30)}"`,
  ]);
  assert.doesNotMatch(run.stdout, /Infinity/);
});

test('a license file of the inventory whose count no server holds is a license-file/syntax finding at the count', async (t) => {
  const repo = new GitRepo(t);
  repo.commit('a huge count', {
    'inventory.yaml': INVENTORY.replace('activation: las-online', 'activation: files\n    licenseFiles: [{ path: FID_a.lic }]'),
    'FID_a.lic': licenseFile('9'.repeat(30)),
  });
  const run = await cli(['inventory.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: repo.root });
  const report = JSON.parse(run.stdout) as Report;
  const syntax = report.findings.filter((f) => f.ruleId === 'license-file/syntax').map((f) => f.message);
  assert.deepEqual(syntax, [`the count field of XDT_PLT_UD must be a whole number or \`uncounted\`, not "${'9'.repeat(30)}"`]);
  assert.equal(
    report.findings.some((f) => f.ruleId === 'licenses/installed-exceeds-purchased'),
    false,
    'before: "remove 1e+30 installed licenses"',
  );
});

test('a product that is not a feature code (a formula, markup, a line break) is no product: the export is collected/unreadable, the license file line a license-file/syntax finding', async (t) => {
  const repo = new GitRepo(t);
  repo.commit(
    'hostile products',
    {
      'inventory.yaml': INVENTORY.replace('activation: las-online', 'activation: files\n    licenseFiles: [{ path: FID_a.lic }]'),
      'FID_a.lic': licenseFile('5').replace('XDT_PLT_UD', '=HYPERLINK("x")'),
      'collected/ctxls01/a-formula.json': collectorJson({ pools: [pool({ product: 'XDT;=1+2', installed: 10, inUse: 50 })] }),
      'collected/ctxls01/b-markup.json': JSON.stringify([{ PLD: 'A|B_<img src=x>_```', Count: 10, Overdraft: 0, InUseCount: 50 }]),
      'collected/ctxls01/c-line-break.json': JSON.stringify([
        { LicenseProductName: 'XDT', LicenseEdition: 'PLT\u2028x', LicenseModel: 'UD', LicensesAvailable: 10, LicensesInUse: 50 },
      ]),
      'collected/ctxls01/d-lmstat.txt': `Feature                         Version     #licenses    Vendor        Expires\n________                        _________   _________    ______        ________\n=1+2                            2027.1231   10           CITRIX        31-dec-2027\n`,
    },
    '2026-11-27T04:00:00Z',
  );
  const run = await cli(['inventory.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: repo.root });
  assert.equal(run.stderr, '');
  const report = JSON.parse(run.stdout) as Report;
  assert.deepEqual(
    report.findings.filter((f) => f.ruleId.startsWith('licenses/')).map((f) => f.message),
    [],
    'before: "=HYPERLINK(x): 5 licenses installed … remove 5 installed licenses, or buy more" and "buy 50" of `A|B_<img src=x>_```',
  );
  assert.deepEqual(
    report.findings
      .filter((f) => f.ruleId === 'collected/unreadable' || f.ruleId === 'license-file/syntax')
      .map((f) => `${path.basename(f.file)}: ${f.message}`),
    [
      'FID_a.lic: the feature name "=HYPERLINK(x)" is not a feature code: letters, digits and underscores, such as XDT_PLT_UD',
      'a-formula.json: collected export not read: pools[0] product "XDT;=1+2_PLT_UD" is not a feature code: letters, digits and underscores, such as XDT_PLT_UD',
      'b-markup.json: collected export not read: pool 1 PLD "A|B_<img src=x>_```" is not a feature code: letters, digits and underscores, such as XDT_PLT_UD',
      'c-line-break.json: collected export not read: row 1 product "XDT_PLT\\u2028x_UD" is not a feature code: letters, digits and underscores, such as XDT_PLT_UD',
      'd-lmstat.txt: collected export not read: line 3: product "=1+2" is not a feature code: letters, digits and underscores, such as XDT_PLT_UD',
    ],
  );
});

test('two copies of one license file in collected/<host>/ count once at lint time, as import counts them (2,400 installed, "remove 900", before); two files count twice', async (t) => {
  const repo = new GitRepo(t);
  const inventory = INVENTORY.replace('quantity: 1200, end', 'quantity: 1500, end');
  repo.commit(
    'one file saved twice',
    {
      'inventory.yaml': inventory,
      'collected/ctxls01/FID_a.lic': licenseFile('1200'),
      'collected/ctxls01/FID_a (1).lic': licenseFile('1200'),
    },
    '2026-11-27T04:00:00Z',
  );
  const lint = async () =>
    JSON.parse((await cli(['inventory.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: repo.root })).stdout) as Report;
  assert.deepEqual((await lint()).findings, []);
  // Another file (another serial number) is more licenses.
  repo.commit('a second file', { 'collected/ctxls01/FID_b.lic': licenseFile('1200').replace('SN=abc', 'SN=def') }, '2026-11-27T05:00:00Z');
  assert.deepEqual(
    (await lint()).findings.map((f) => f.message),
    [
      'XDT_PLT_UD: 2,400 licenses installed (ctxls01: 2,400) but 1,500 purchased in active entitlements (uhmc): remove 900 installed licenses, or buy more',
    ],
  );
});

test("a NetScaler export beside a license server's export of every pool does not make the pools unread: the overdraft in use is still a finding", async (t) => {
  const repo = new GitRepo(t);
  repo.commit(
    'pools, and a NetScaler export beside them',
    {
      'inventory.yaml': INVENTORY,
      'collected/ctxls01/collected.json': collectorJson({ pools: [pool({ installed: 1320, overdraft: 120, inUse: 1250 })] }),
      'collected/ctxls01/nslicense.json': JSON.stringify({ errorcode: 0, nslicense: { modelid: '1000' } }),
    },
    '2026-11-27T04:00:00Z',
  );
  const run = await cli(['inventory.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: repo.root });
  // Before: no finding at all, and nothing said why (the folder's exports disagreed on the host's kind).
  assert.deepEqual((JSON.parse(run.stdout) as Report).findings.map((f) => f.ruleId).sort(), [
    'licenses/in-use-exceeds-purchased',
    'licenses/overdraft-in-use',
  ]);
  const position = await cli(['position', 'inventory.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: repo.root });
  const row = (JSON.parse(position.stdout) as { products: { inUse: number | null }[] }).products[0]!;
  assert.equal(row.inUse, 1250);
});

test('an expired pool a LAS server still lists grants nothing: it is not counted installed, as an expired license file line is not ("remove 700" before)', async (t) => {
  const repo = new GitRepo(t);
  const row = (available: number, expires: string) => ({
    LicenseProductName: 'XDT',
    LicenseEdition: 'PLT',
    LicenseModel: 'UD',
    LicenseType: 'RetailS',
    LicensesAvailable: available,
    LicenseOverdraft: 0,
    LicensesInUse: 0,
    LicenseExpirationDate: expires,
  });
  repo.commit(
    'last year and this year',
    {
      'inventory.yaml': INVENTORY.replace('quantity: 1200, end', 'quantity: 1500, end'),
      'collected/ctxls01/inventory.json': JSON.stringify([row(1000, '2025-12-31T00:00:00Z'), row(1200, '2027-12-31T00:00:00Z')]),
    },
    '2026-11-27T04:00:00Z',
  );
  const run = await cli(['inventory.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: repo.root });
  assert.deepEqual(
    (JSON.parse(run.stdout) as Report).findings.map((f) => f.message),
    [],
  );
  const position = await cli(['position', 'inventory.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: repo.root });
  assert.equal((JSON.parse(position.stdout) as { products: { installed: number | null }[] }).products[0]!.installed, 1200);
});
