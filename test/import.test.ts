import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import { parse } from 'yaml';
import { parseExportDate } from '../src/exports/dates.js';
import { cli } from './helpers/cli-in-process.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';

const FIXTURES = 'test/fixtures/import';
const fx = (name: string) => path.join(FIXTURES, name);
const noStackTrace = (text: string) => assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/);

function tempDir(t: TestContext): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cll-import-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

interface Feature {
  product: string;
  count: number | string;
  expires: string;
  cssDate?: string;
  licenseType?: string;
}
interface Server {
  hostname: string;
  fqdn?: string;
  version?: string;
  environment: string;
  state: string;
  licenseFiles?: { name: string; features: Feature[] }[];
}

/** Runs `import`, checks it succeeded, and lints what it printed with the CLI. */
async function importAndLint(
  t: TestContext,
  args: string[],
): Promise<{ text: string; data: { version: number; licenseServers?: Server[] } }> {
  const run = await cli(['import', ...args]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '');
  const dir = tempDir(t);
  const file = path.join(dir, 'inventory.yaml');
  writeFileSync(file, run.stdout);
  const lint = await cli([file, '--format', 'json', '--as-of', '2026-11-28']);
  assert.ok(lint.status === 0 || lint.status === 1, lint.stderr);
  const findings = (JSON.parse(lint.stdout) as { findings: { ruleId: string; message: string }[] }).findings;
  const broken = findings.filter((f) => f.ruleId === 'inventory/schema' || f.ruleId === 'inventory/yaml-syntax');
  assert.deepEqual(broken, [], `${args.join(' ')} printed an inventory the linter rejects:\n${run.stdout}`);
  return { text: run.stdout, data: parse(run.stdout) };
}

const PLT = { product: 'XDT_PLT_UD', count: 1200, expires: '2027-12-31', cssDate: '2027-12-31', licenseType: 'RetailS' };
const ENT = { product: 'XDT_ENT_UD', count: 200, expires: 'permanent', cssDate: '2026-03-15', licenseType: 'Retail' };

test('Get-LicInventory + Get-LicServerInfo from Windows PowerShell 5.1 (UTF-16LE, \\/Date()\\/): counts without overdraft, UTC dates, version, no start-up license', async (t) => {
  const raw = readFileSync(fx('ps51/get-licinventory.json'));
  assert.deepEqual([...raw.subarray(0, 2)], [0xff, 0xfe], 'the fixture is UTF-16LE with a BOM');
  assert.match(raw.toString('utf16le'), /\\\/Date\(1830211200000\)\\\//);
  const { text, data } = await importAndLint(t, [fx('ps51')]);
  const [server] = data.licenseServers!;
  // The short name, as Citrix binds licenses (CTX696555); the full one beside it (issue 24).
  assert.deepEqual([server!.hostname, server!.fqdn], ['ctxls01', 'ctxls01.fabrikam.example']);
  assert.equal(server!.version, '11.17.2.0 build 56200');
  assert.deepEqual(server!.licenseFiles![0]!.features, [PLT, ENT]);
  assert.match(text, /\+120 overdraft, 412 in use/);
  assert.match(text, /system licenses seen and left out \(they count for nothing\): CITRIX/);
  assert.match(text, /entitlements: one entry per purchase line/, 'what an export cannot know is left to fill in');
  assert.doesNotMatch(text, /^entitlements:|^allocations:/m, 'purchases and allocations are never invented');
});

test('the UTF-16 \\/Date()\\/ exports give the same inventory as their PowerShell 7 twins (ISO dates with offsets, UTF-8, the other CSS property name)', async (t) => {
  const ps7 = readFileSync(fx('ps7/get-licinventory.json'), 'utf8');
  assert.match(ps7, /"LicenseCustomerSuccessServicesDate": "2027-12-30T19:00:00-05:00"/);
  const a = (await importAndLint(t, [fx('ps51')])).data;
  const b = (await importAndLint(t, [fx('ps7')])).data;
  assert.deepEqual(a, b);
});

test('Export-Csv with the #TYPE line (en-US, local time) and without it (de-DE, -UseCulture) give the same licenses', async (t) => {
  assert.match(readFileSync(fx('csv/get-licinventory-type.csv'), 'utf8'), /^#TYPE /);
  const typed = (await importAndLint(t, [fx('csv/get-licinventory-type.csv'), fx('csv/get-licserverinfo.csv')])).data;
  const ps7 = (await importAndLint(t, [fx('ps7')])).data;
  assert.deepEqual(typed, ps7);
  const untyped = (await importAndLint(t, [fx('csv/get-licinventory-notype.csv'), '--host', 'ctxls01.fabrikam.example'])).data;
  assert.deepEqual(untyped.licenseServers![0]!.licenseFiles![0]!.features, [PLT, ENT]);
});

test('the collection script JSON: its collection time is kept', async (t) => {
  const { text, data } = await importAndLint(t, [fx('collector')]);
  assert.deepEqual(data.licenseServers![0]!.licenseFiles![0]!.features, [PLT, ENT]);
  assert.match(text, /version: 11\.17\.2\.0 build 56200 # from ctxls01\.inventory\.json, collected 2026-11-27T02:05:11\.123Z/);
});

test('WMI Citrix_GT_License_Pool: Count less Overdraft, no invented expiry (left as comments to fill in)', async (t) => {
  const { text, data } = await importAndLint(t, [fx('wmi'), '--host', 'ctxls01']);
  assert.equal(data.licenseServers![0]!.licenseFiles, undefined);
  assert.match(text, /XDT_PLT_UD, count 1200, \+120 overdraft, 412 in use, RetailS/);
  assert.match(text, /left out \(they count for nothing\): CITRIX/);
});

test('lmstat -i in both column orders reads the same licenses', async (t) => {
  const expected = [
    { product: 'XDT_PLT_UD', count: 1200, expires: '2027-12-31', cssDate: '2027-12-31' },
    { product: 'XDT_ENT_UD', count: 200, expires: 'permanent', cssDate: '2026-03-15' },
  ];
  for (const file of ['lmstat/lmstat-i-expires-vendor.txt', 'lmstat/lmstat-i-vendor-expires.txt']) {
    const { data } = await importAndLint(t, [fx(file), '--host', 'ctxls01']);
    assert.deepEqual(data.licenseServers![0]!.licenseFiles![0]!.features, expected, file);
  }
});

test('a folder of .lic files: one entry per file, host from the SERVER line, serials kept', async (t) => {
  const { data } = await importAndLint(t, [fx('lic')]);
  const [server] = data.licenseServers!;
  assert.deepEqual([server!.hostname, server!.fqdn], ['ctxls01', 'ctxls01.fabrikam.example']);
  assert.deepEqual(server!.licenseFiles!.map((f) => f.name).sort(), ['FID_2f0a9e70.lic', 'citrix_startup.lic']);
  const fid = server!.licenseFiles!.find((f) => f.name === 'FID_2f0a9e70.lic')!;
  assert.deepEqual(fid.features, [
    { ...PLT, serial: 'LA-0002250117-40112:31337' },
    { ...ENT, serial: 'LA-0002250117-40112:31338' },
  ]);
});

test('NetScaler NITRO nslicense, nscapacity, nsversion and a host-id-bound .lic: version and host id, platform left to fill in', async (t) => {
  const { text, data } = await importAndLint(t, [fx('nitro'), fx('lic-netscaler'), '--host', 'vpx-dmz-01']);
  assert.equal(data.licenseServers, undefined);
  assert.match(text, /^# {3}- name: vpx-dmz-01$/m);
  assert.match(text, /^# {5}version: "14\.1-25\.53"$/m);
  assert.match(text, /^# {5}hostId: 000C29A1B2C3$/m);
  assert.match(text, /licensing mode LAS; Platinum license; 512 days to expiration; capacity 1000 Mbps Platinum/);
});

test('a locale-ambiguous date is refused with how to export an unambiguous one', async () => {
  const run = await cli(['import', fx('refused/ambiguous-dates.csv'), '--host', 'x']);
  assert.equal(run.status, 2);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /ambiguous-dates\.csv: row 1 LicenseExpirationDate "03\/04\/2027 00:00:00" reads as March 4 or April 3/);
  assert.match(run.stderr, /ToString\('yyyy-MM-dd'\)/);
  noStackTrace(run.stderr);
});

test('an unrecognised file is one error naming the accepted formats; usage errors exit 2', async (t) => {
  const run = await cli(['import', fx('refused/not-an-export.txt')]);
  assert.equal(run.status, 2);
  assert.equal(run.stderr.trim().split('\n').length, 1);
  for (const format of ['.lic', 'Get-LicInventory', 'Citrix_GT_License_Pool', 'lmstat -i', 'NITRO nslicense, nscapacity or nsversion'])
    assert.ok(run.stderr.includes(format), format);
  const hostless = await cli(['import', fx('ps51/get-licinventory.json')]);
  assert.equal(hostless.status, 2);
  assert.match(hostless.stderr, /does not say which license server it comes from: pass --host NAME/);
  assert.equal((await cli(['import'])).status, 2);
  assert.equal((await cli(['import', 'no/such/file.json'])).status, 2);
  assert.equal((await cli(['import', '--into', 'no/such/dir', fx('lic')])).status, 2);
  assert.equal((await cli(['import', '--bogus', fx('lic')])).status, 2);
  const dir = tempDir(t);
  assert.equal((await cli(['import', '--into', dir, '--output', 'x.yaml', fx('lic')])).status, 2);
  const help = await cli(['import', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--into DIR/);
});

/** Every line of `before` is in `after`, in order. */
function onlyAdditions(before: string, after: string): string[] {
  const next = after.split('\n');
  const added: string[] = [];
  let j = 0;
  for (const line of before.split('\n')) {
    while (j < next.length && next[j] !== line) added.push(next[j++]!);
    assert.ok(j < next.length, `the line "${line}" was changed or moved`);
    j++;
  }
  return [...added, ...next.slice(j)];
}

test('import --into a copy of examples/fabrikam changes no line, keeps every comment, adds new hosts and marks differences', async (t) => {
  const dir = path.join(tempDir(t), 'fabrikam');
  cpSync(path.join(PROJECT_ROOT, 'examples/fabrikam'), dir, { recursive: true });
  const yamlFiles = (root: string): string[] =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.yaml'))
      .sort();
  const before = new Map(yamlFiles(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
  const lintSchema = async () => {
    const lint = await cli([dir, '--format', 'json']);
    return (JSON.parse(lint.stdout) as { findings: { ruleId: string; message: string }[] }).findings
      .filter((f) => f.ruleId.startsWith('inventory/'))
      .map((f) => f.message)
      .sort();
  };
  const schemaBefore = await lintSchema();

  const servers = await cli(['import', '--into', dir, fx('lic'), fx('merge/mylicenseserver2-serverinfo.json')]);
  assert.equal(servers.status, 0, servers.stderr);
  assert.match(servers.stdout, /license-servers\.yaml: added license server ctxls01\n/);
  assert.match(
    servers.stdout,
    /license-servers\.yaml:14: DIFFERS MyLicenseServer2 version: inventory 11\.17\.2\.0 build 52100, .*shows 11\.17\.2\.0 build 56200/,
  );
  const netscaler = await cli(['import', '--into', dir, '--host', 'vpx-dmz-01', fx('nitro'), fx('lic-netscaler')]);
  assert.equal(netscaler.status, 0, netscaler.stderr);
  assert.match(netscaler.stdout, /NOTE vpx-dmz-01: version: "14\.1-25\.53", hostId: "000C29A1B2C3" not added: the entry is on one line/);

  assert.deepEqual(yamlFiles(dir), [...before.keys()], 'no file added or removed');
  let marked = 0;
  for (const [file, text] of before) {
    const after = readFileSync(path.join(dir, file), 'utf8');
    const added = onlyAdditions(text, after);
    for (const line of added.filter((l) => /DIFFERS|not added/.test(l))) {
      assert.match(line, /^\s*# citrix-license-lint import: /, 'a difference is a marked comment');
      marked++;
    }
    if (file === 'license-servers.yaml') {
      assert.ok(
        added.some((l) => l.startsWith('  - hostname: ctxls01 # ')),
        'the new server is added',
      );
      assert.ok(
        added.some((l) =>
          l.includes('# citrix-license-lint import: DIFFERS: mylicenseserver2-serverinfo.json shows 11.17.2.0 build 56200'),
        ),
      );
    } else if (file !== 'netscaler.yaml') assert.equal(after, text, `${file} is untouched`);
  }
  assert.equal(marked, 2);
  assert.deepEqual(await lintSchema(), schemaBefore, 'the merge brings no new schema or syntax finding');

  const snapshot = new Map(yamlFiles(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
  assert.equal((await cli(['import', '--into', dir, fx('lic'), fx('merge/mylicenseserver2-serverinfo.json')])).status, 0);
  assert.equal((await cli(['import', '--into', dir, '--host', 'vpx-dmz-01', fx('nitro'), fx('lic-netscaler')])).status, 0);
  for (const [file, text] of snapshot)
    assert.equal(readFileSync(path.join(dir, file), 'utf8'), text, `a second import changes nothing in ${file}`);
});

test('import --into adds a version where the inventory has none, as an added line', async (t) => {
  const dir = tempDir(t);
  const original =
    '# our servers\nversion: 1\nlicenseServers:\n  # the new one\n  - hostname: ctxls01.fabrikam.example # main\n    environment: production\n    state: active\n';
  writeFileSync(path.join(dir, 'inventory.yaml'), original);
  const run = await cli(['import', '--into', dir, fx('ps7')]);
  assert.equal(run.status, 0, run.stderr);
  const after = readFileSync(path.join(dir, 'inventory.yaml'), 'utf8');
  const added = onlyAdditions(original, after);
  assert.ok(
    added.some((l) => /^ {4}version: 11\.17\.2\.0 build 56200 # citrix-license-lint import: added from get-licserverinfo\.json/.test(l)),
    after,
  );
  assert.ok(
    added.some((l) => l === '      - name: installed (Get-LicInventory)'),
    after,
  );
});

test('dates: PowerShell renderings round to the UTC midnight they stand for; ambiguous ones are refused', async () => {
  assert.equal(parseExportDate('/Date(1830211200000)/', 'd'), '2027-12-31');
  assert.equal(parseExportDate('2027-12-30T19:00:00-05:00', 'd'), '2027-12-31');
  assert.equal(parseExportDate('2027-12-31T09:00:00+09:00', 'd'), '2027-12-31');
  assert.equal(parseExportDate('12/30/2027 7:00:00 PM', 'd'), '2027-12-31');
  assert.equal(parseExportDate('31.12.2027 00:00:00', 'd'), '2027-12-31');
  assert.equal(parseExportDate('31-Dec-2027', 'd'), '2027-12-31');
  assert.equal(parseExportDate('01.01.2000 00:00:00', 'd'), '2000-01-01');
  assert.throws(() => parseExportDate('03/04/2027', 'd'), /reads as March 4 or April 3/);
  assert.throws(() => parseExportDate('31/02/2027', 'd'), /not a real date/);
  assert.throws(() => parseExportDate('next tuesday', 'd'), /not a date this importer reads/);
});

test('dates: a 5.1 DateTime serialised with its notes ({value, DisplayHint, DateTime}) is read by its value', async () => {
  assert.equal(
    parseExportDate({ value: '/Date(1830211200000)/', DisplayHint: 2, DateTime: 'Friday, December 31, 2027 12:00:00 AM' }, 'd'),
    '2027-12-31',
  );
});

test('import --into never writes through a symbolic link (imported.yaml pointing outside DIR)', async (t) => {
  const outside = tempDir(t);
  const dir = tempDir(t);
  writeFileSync(path.join(dir, 'inventory.yaml'), 'version: 1\n');
  const target = path.join(outside, 'victim.yaml');
  writeFileSync(target, 'untouched\n');
  symlinkSync(target, path.join(dir, 'imported.yaml'));
  const run = await cli(['import', '--into', dir, fx('lic')]);
  assert.equal(run.status, 2);
  // Refused as it is read (issue 24: a link out of the folder's repository is never used).
  assert.match(run.stderr, /imported\.yaml: this path is a symbolic link \(or lies under one\) that leads outside the repository/);
  assert.equal(readFileSync(target, 'utf8'), 'untouched\n');
  assert.equal(readFileSync(path.join(dir, 'inventory.yaml'), 'utf8'), 'version: 1\n');
});

test('one host, two spellings: a short HostName joins the full name a license file binds, in a new inventory and --into', async (t) => {
  const dir = tempDir(t);
  const info = JSON.parse(readFileSync(fx('ps7/get-licserverinfo.json'), 'utf8')) as Record<string, string>;
  writeFileSync(path.join(dir, 'server-info.json'), JSON.stringify({ ...info, HostName: 'CTXLS01' }));
  const { data } = await importAndLint(t, [fx('lic'), path.join(dir, 'server-info.json')]);
  assert.deepEqual(
    data.licenseServers!.map((s) => [s.hostname, s.fqdn, s.version]),
    [['ctxls01', 'ctxls01.fabrikam.example', '11.17.2.0 build 56200']],
  );

  const inventory = path.join(dir, 'inventory');
  mkdirSync(inventory);
  writeFileSync(
    path.join(inventory, 'servers.yaml'),
    'version: 1\nlicenseServers:\n  - hostname: ctxls01.fabrikam.example\n    environment: production\n    state: active\n    version: 11.17.2.0 build 56200\n',
  );
  writeFileSync(path.join(dir, 'server-info.json'), JSON.stringify({ ...info, HostName: 'CTXLS01' }));
  const run = await cli(['import', '--into', inventory, path.join(dir, 'server-info.json')]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /NOTE the exports' CTXLS01 is taken to be ctxls01\.fabrikam\.example/);
  assert.doesNotMatch(readFileSync(path.join(inventory, 'servers.yaml'), 'utf8'), /CTXLS01/, 'no second server for the short name');
});

test('every fixture outside refused/ imports (host given where the export names none) and lints without a schema or syntax finding', async (t) => {
  const root = path.join(PROJECT_ROOT, FIXTURES);
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'refused')
    .map((e) => e.name);
  assert.ok(folders.length >= 10);
  for (const folder of folders) {
    for (const file of readdirSync(path.join(root, folder)))
      await importAndLint(t, [fx(`${folder}/${file}`), '--host', 'host01.fabrikam.example']);
  }
});

test('import --into: installed pools that differ from the counts declared inline are marked, not written', async (t) => {
  const dir = path.join(tempDir(t), 'fabrikam');
  cpSync(path.join(PROJECT_ROOT, 'examples/fabrikam'), dir, { recursive: true });
  const before = readFileSync(path.join(dir, 'license-servers.yaml'), 'utf8');
  const run = await cli(['import', '--into', dir, '--host', 'MyLicenseServer2', fx('ps7/get-licinventory.json')]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    /DIFFERS MyLicenseServer2 installed licenses: XDT_PLT_UD 1200 installed, 1000 declared; XDT_ENT_UD 200 installed, 0 declared/,
  );
  const added = onlyAdditions(before, readFileSync(path.join(dir, 'license-servers.yaml'), 'utf8'));
  assert.deepEqual(added, [
    '    # citrix-license-lint import: DIFFERS: Get-LicInventory shows XDT_PLT_UD 1200 installed, 1000 declared; XDT_ENT_UD 200 installed, 0 declared; left as written',
  ]);
});
