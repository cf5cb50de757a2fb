// Issue 25: "a number the linter cannot know is unknown (JSON null), never 0". What the
// linter could not read (a license file missing or broken, an inventory file with a syntax
// error, a server whose collected evidence is only some of its license files) makes the
// numbers it would have given unknown, in every format, instead of the count of the rest.
import assert from 'node:assert/strict';
import { utimesSync } from 'node:fs';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import type { PositionReport } from '../src/reporters/position.js';
import { cli } from './helpers/cli-in-process.js';
import { collectorJson } from './helpers/collected.js';
import { tempRepo } from './helpers/temp-repo.js';

const AS_OF = ['--as-of', '2026-11-28'];

const licenseFile = (...lines: string[]) => `SERVER this_host HOSTNAME=ctxls01\nVENDOR CITRIX\nUSE_SERVER\n${lines.join('\n')}\n`;
const increment = (product: string, count: string) =>
  `INCREMENT ${product} CITRIX 2027.1231 31-dec-2027 ${count} VENDOR_STRING=;LT=RetailS;SA=1 SN=${product} SIGN="0"`;

const INVENTORY = (licenseFiles: string) => `version: 1
entitlements:
  - { id: plt, product: XDT_PLT_UD, type: subscription, quantity: 1200, end: 2027-12-31 }
  - { id: ent, product: XDT_ENT_UD, type: subscription, quantity: 200, end: 2027-12-31 }
allocations:
  - { entitlement: plt, hostname: ctxls01, quantity: 1200 }
  - { entitlement: ent, hostname: ctxls01, quantity: 200 }
licenseServers:
  - hostname: ctxls01
    environment: production
    state: active
    version: 11.17.2.0 build 56200
    activation: ${licenseFiles ? 'files' : 'las-online'}
    telemetry: { mode: manual, lastReported: 2026-11-20 }
${licenseFiles}`;

async function position(cwd: string): Promise<PositionReport> {
  const run = await cli(['position', ...AS_OF, '--format', 'json'], { cwd });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as PositionReport;
}

const installed = (report: PositionReport) => report.products.map((p) => [p.product, p.installed]);

async function lintRules(cwd: string): Promise<string[]> {
  const run = await cli(['.', ...AS_OF, '--format', 'json'], { cwd });
  return (JSON.parse(run.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
}

function repo(t: TestContext, files: Record<string, string>, licenseFiles = '    licenseFiles: [{ path: FID_a.lic }]\n') {
  return tempRepo(t, { 'inventory.yaml': INVENTORY(licenseFiles), ...files });
}

test('a declared license file that is missing makes its server installed count unknown, not 0', async (t) => {
  const report = await position(repo(t, {}));
  // Before: XDT_PLT_UD and XDT_ENT_UD installed 0 ("MyLicenseServer2: 0 installed (license files)").
  assert.deepEqual(installed(report), [
    ['XDT_ENT_UD', null],
    ['XDT_PLT_UD', null],
  ]);
});

test('a declared license file with a line that cannot be read makes the counts of its server unknown, not those of the lines read', async (t) => {
  const cwd = repo(t, { 'FID_a.lic': licenseFile(increment('XDT_PLT_UD', '1200'), increment('XDT_ENT_UD', 'two hundred')) });
  const report = await position(cwd);
  // Before: XDT_PLT_UD 1,200 and XDT_ENT_UD 0, as if the broken line held nothing.
  assert.deepEqual(installed(report), [
    ['XDT_ENT_UD', null],
    ['XDT_PLT_UD', null],
  ]);
  const text = await cli(['position', ...AS_OF], { cwd });
  assert.match(text.stdout, /XDT_ENT_UD +200 +200 +unknown/);
});

test('collected/licenses-differ does not compare the evidence with a declaration whose license file could not be read whole', async (t) => {
  const cwd = repo(t, {
    'FID_a.lic': licenseFile(increment('XDT_PLT_UD', '1200'), increment('XDT_ENT_UD', 'two hundred')),
    'collected/ctxls01/ctxls01.inventory.json': collectorJson('ctxls01', [
      { edition: 'PLT', model: 'UD', installed: 1320, overdraft: 120, inUse: 900 },
      { edition: 'ENT', model: 'UD', installed: 220, overdraft: 20, inUse: 100 },
    ]),
  });
  // Before: "has 200 XDT_ENT_UD installed …, which the inventory does not declare: record the license files really installed".
  assert.deepEqual(await lintRules(cwd), ['license-file/syntax', 'license-server/file-based-activation']);
});

test('a LAS server whose collected evidence is only a license file: what it holds besides is unknown, not 0 (its pools were not exported)', async (t) => {
  const cwd = repo(t, { 'collected/ctxls01/FID_a.lic': licenseFile(increment('XDT_PLT_UD', '1200')) }, '');
  // Dated by its modification time (no git here): the day before the as-of day.
  utimesSync(path.join(cwd, 'collected/ctxls01/FID_a.lic'), new Date('2026-11-27T03:00:00Z'), new Date('2026-11-27T03:00:00Z'));
  const report = await position(cwd);
  const ent = report.products.find((p) => p.product === 'XDT_ENT_UD')!;
  // Before: installed 0, overdraft 0, in use 0, as if the one file were an export of every pool.
  assert.deepEqual([ent.installed, ent.overdraft, ent.inUse], [null, null, null]);
  assert.deepEqual(
    ent.hosts.map((h) => [h.host, h.installedFrom]),
    [['ctxls01', 'evidence']],
  );
  assert.deepEqual(installed(report), [
    ['XDT_ENT_UD', null],
    ['XDT_PLT_UD', null],
  ]);
});

test('what an inventory file with a syntax or schema error may hold is unknown in the position, not 0: bought, allocated and the hosts it could change', async (t) => {
  const files = (entitlements: string, servers = INVENTORY('').split('licenseServers:\n')[1]!) => ({
    'inventory/entitlements.yaml': `version: 1\nentitlements:\n${entitlements}`,
    'inventory/rest.yaml': `version: 1\nallocations:\n  - { entitlement: plt, hostname: ctxls01, quantity: 1200 }\nlicenseServers:\n${servers}`,
    'collected/ctxls01/ctxls01.inventory.json': collectorJson('ctxls01', [
      { edition: 'PLT', model: 'UD', installed: 1320, overdraft: 120, inUse: 900 },
    ]),
  });
  const numbers = (report: PositionReport) =>
    report.products.map((p) => [p.product, p.bought, p.allocated, p.installed, p.overdraft, p.inUse]);
  const ent = '  - { id: ent, product: XDT_ENT_UD, type: subscription, quantity: 200, end: 2027-12-31 }\n';
  const plt = '  - { id: plt, product: XDT_PLT_UD, type: subscription, quantity: 1200, end: 2027-12-31 }\n';
  assert.deepEqual(numbers(await position(tempRepo(t, files(ent + plt)))), [
    ['XDT_ENT_UD', 200, 0, 0, 0, 0],
    ['XDT_PLT_UD', 1200, 1200, 1200, 120, 900],
  ]);
  // A syntax error cuts the file short, and what it did not read may be entries of any list:
  // before, XDT_PLT_UD was bought 0 and allocated 0.
  const cut = await position(
    tempRepo(t, files(`${ent}  - { id: plt, product: XDT_PLT_UD, type: subscription, quantity: [1200, end: 2027-12-31 }\n`)),
  );
  assert.deepEqual(numbers(cut), [
    ['XDT_ENT_UD', null, null, null, null, null],
    ['XDT_PLT_UD', null, null, null, null, null],
  ]);
  assert.equal(cut.unread, true);
  // A schema error on one entitlement: only its product's counts are unknown (before: bought 0).
  const quantity = await position(tempRepo(t, files(ent + plt.replace('quantity: 1200', 'quantity: lots'))));
  assert.deepEqual(numbers(quantity), [
    ['XDT_ENT_UD', 200, 0, 0, 0, 0],
    ['XDT_PLT_UD', null, null, 1200, 120, 900],
  ]);
  // A license server entry with a schema error: what it holds is unknown (before: 1,200, 120, 900).
  const server = await position(
    tempRepo(t, files(ent + plt, INVENTORY('').split('licenseServers:\n')[1]!.replace('state: active', 'state: activ'))),
  );
  // (Its export of every pool lists no XDT_ENT_UD, nor is any allocated to it: that row stands.)
  assert.deepEqual(numbers(server), [
    ['XDT_ENT_UD', 200, 0, 0, 0, 0],
    ['XDT_PLT_UD', 1200, 1200, null, null, null],
  ]);
  const text = await cli(['position', ...AS_OF], { cwd: tempRepo(t, files(ent + plt.replace('quantity: 1200', 'quantity: lots'))) });
  assert.match(text.stdout, /XDT_PLT_UD +unknown +unknown +1,200/);
  assert.match(text.stdout, /could not be read/);
});

test('a license server listed twice (inventory/duplicate) is one host: its licenses are not counted twice, and no finding advises removing the copy', async (t) => {
  const files = '    licenseFiles:\n      - { name: FID_a.lic, features: [{ product: XDT_PLT_UD, count: 1200, expires: 2027-12-31 }] }\n';
  const once = INVENTORY(files).replace('activation: files', 'activation: las-online');
  const cwd = tempRepo(t, {
    'inventory.yaml': `${once}${once.slice(once.indexOf('  - hostname: ctxls01')).replace('ctxls01', 'CTXLS01')}`,
  });
  // Before: "XDT_PLT_UD: 2,400 licenses installed (ctxls01: 1,200 and CTXLS01: 1,200) … remove 1,200 installed licenses".
  assert.deepEqual(await lintRules(cwd), ['inventory/duplicate']);
  // Whether the two entries list the same licenses or more is not known until they are merged.
  assert.deepEqual(installed(await position(cwd)), [
    ['XDT_ENT_UD', 0],
    ['XDT_PLT_UD', null],
  ]);
});

test('a LAS server with only a usage history is not "a host nothing shows": the history shows its installed count and use', async (t) => {
  const cwd = repo(
    t,
    {
      'collected/ctxls01/historical-use.csv':
        'Date,Product,Edition,Model,CSS Date,Installed,Overdraft,In Use\n11/20/2026,XDT,PLT,UD,All,1320,120,1190\n11/21/2026,XDT,PLT,UD,All,1320,120,1100\n',
    },
    '',
  );
  const report = await position(cwd);
  const plt = report.products.find((p) => p.product === 'XDT_PLT_UD')!;
  assert.deepEqual([plt.installed, plt.inUse, plt.peakInUse], [1200, 1100, 1190]);
  // Before: `unseen` named it, and the text closed with "nothing read shows what this host holds: ctxls01".
  assert.deepEqual(report.unseen, []);
  const text = await cli(['position', ...AS_OF], { cwd });
  assert.doesNotMatch(text.stdout, /nothing read shows/);
  // What the history does not cover stays unknown.
  assert.deepEqual(report.products.find((p) => p.product === 'XDT_ENT_UD')!.installed, null);
});
