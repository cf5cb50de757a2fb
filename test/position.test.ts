import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import type { PositionReport } from '../src/reporters/position.js';
import { cli } from './helpers/cli-in-process.js';
import { collectorJson } from './helpers/collected.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';
import { tempRepo } from './helpers/temp-repo.js';

const AS_OF = ['--as-of', '2026-11-28'];
const COLUMNS = ['product', 'bought', 'allocated', 'installed', 'overdraft', 'inUse', 'peakInUse', 'peakOn', 'peakFrom', 'peakTo', 'hosts'];

const server = (hostname: string, activation = 'las-online') => `  - hostname: ${hostname}
    environment: production
    state: active
    version: 11.17.2.0 build 56200
    activation: ${activation}
    telemetry: { mode: manual, lastReported: 2026-11-20 }
`;

const pools = (host: string, rows: [string, string, number, number, number][]) =>
  collectorJson(
    host,
    rows.map(([edition, model, installed, overdraft, inUse]) => ({ edition, model, installed, overdraft, inUse })),
  );

/** The issue's case: 1,250 of 1,200 XDT_PLT_UD in use with 120 overdraft, XDT_ENT_UD within its count, and a LAS server nothing shows. */
function acceptance(t: TestContext): string {
  return tempRepo(t, {
    'inventory.yaml': `version: 1
entitlements:
  - { id: uhmc, product: XDT_PLT_UD, type: subscription, quantity: 1500, end: 2027-12-31 }
  - { id: ent, product: XDT_ENT_UD, type: subscription, quantity: 200, end: 2027-12-31 }
allocations:
  - { entitlement: uhmc, hostname: ctxls01, quantity: 1200 }
  - { entitlement: ent, hostname: ctxls01, quantity: 200 }
  - { entitlement: uhmc, hostname: ctxls-dr01, quantity: 300 }
licenseServers:
${server('ctxls01')}${server('ctxls-dr01', 'las-offline')}`,
    'collected/ctxls01/ctxls01.inventory.json': pools('ctxls01', [
      ['PLT', 'UD', 1320, 120, 1250],
      ['ENT', 'UD', 220, 20, 150],
    ]),
  });
}

async function positionJson(cwd: string, ...args: string[]) {
  const run = await cli(['position', ...AS_OF, '--format', 'json', ...args], { cwd });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '');
  return JSON.parse(run.stdout) as PositionReport;
}

test('1,250 of 1,200 installed XDT_PLT_UD in use with 120 overdraft: inUse 1250, overdraft 120, one overdraft-in-use finding, none for the product within its count', async (t) => {
  const cwd = acceptance(t);
  const report = await positionJson(cwd);
  assert.equal(report.asOf, '2026-11-28');
  const plt = report.products.find((p) => p.product === 'XDT_PLT_UD')!;
  const ctxls01 = plt.hosts.find((h) => h.host === 'ctxls01')!;
  assert.deepEqual(
    { inUse: ctxls01.inUse, installed: ctxls01.installed, from: ctxls01.installedFrom },
    { inUse: 1250, installed: 1200, from: 'evidence' },
  );
  assert.equal(plt.overdraft, null, 'ctxls-dr01 is on LAS with no evidence: the total overdraft is unknown');
  const ent = report.products.find((p) => p.product === 'XDT_ENT_UD')!;
  assert.deepEqual([ent.bought, ent.allocated, ent.installed, ent.overdraft, ent.inUse], [200, 200, 200, 20, 150]);

  // Without the unseen server, the row is the server's: the numbers the issue names.
  const alone = tempRepo(t, {
    'inventory.yaml': readFileSync(path.join(cwd, 'inventory.yaml'), 'utf8').replace(/ {2}- hostname: ctxls-dr01[\s\S]*$/, ''),
    'collected/ctxls01/ctxls01.inventory.json': readFileSync(path.join(cwd, 'collected/ctxls01/ctxls01.inventory.json'), 'utf8'),
  });
  const only = (await positionJson(alone)).products.find((p) => p.product === 'XDT_PLT_UD')!;
  assert.deepEqual([only.installed, only.overdraft, only.inUse], [1200, 120, 1250]);

  const lint = await cli(['.', ...AS_OF, '--format', 'json'], { cwd: alone });
  const findings = (JSON.parse(lint.stdout) as { findings: { ruleId: string; message: string }[] }).findings;
  const overdraft = findings.filter((f) => f.ruleId === 'licenses/overdraft-in-use');
  assert.equal(overdraft.length, 1);
  assert.match(overdraft[0]!.message, /uses 50 XDT_PLT_UD overdraft licenses: 1,250 in use of 1,200 installed/);
  assert.deepEqual(
    findings.filter((f) => f.message.includes('XDT_ENT_UD')),
    [],
    'XDT_ENT_UD is within its count',
  );
});

test('a number nothing shows is null in JSON, never 0: a LAS server without evidence', async (t) => {
  const report = await positionJson(acceptance(t));
  const plt = report.products.find((p) => p.product === 'XDT_PLT_UD')!;
  assert.equal(plt.installed, null);
  assert.equal(plt.inUse, null);
  const dr = plt.hosts.find((h) => h.host === 'ctxls-dr01')!;
  assert.deepEqual([dr.installed, dr.inUse, dr.installedFrom], [null, null, 'unknown']);
  assert.deepEqual(
    report.unseen.map((u) => u.host),
    ['ctxls-dr01'],
  );
});

test('--format json: { asOf, products: [ { product, bought, … } ] }, the keys of the CSV header', async (t) => {
  const report = await positionJson(acceptance(t));
  assert.deepEqual(Object.keys(report), ['asOf', 'products', 'unseen']);
  for (const row of report.products) assert.deepEqual(Object.keys(row), COLUMNS);
});

test('--format csv: the JSON keys as the header, one row per product, unknown as an empty cell', async (t) => {
  const run = await cli(['position', ...AS_OF, '--format', 'csv'], { cwd: acceptance(t) });
  assert.equal(run.status, 0, run.stderr);
  const [header, ...rows] = run.stdout.trimEnd().split('\r\n');
  assert.equal(header, COLUMNS.join(','));
  assert.deepEqual(
    rows.map((r) => r.split(',').slice(0, 6)),
    [
      ['XDT_ENT_UD', '200', '200', '200', '20', '150'],
      ['XDT_PLT_UD', '1500', '1500', '', '', ''],
    ],
  );
});

test('--format csv: inventory text that a spreadsheet would run as a formula is quoted as text', async (t) => {
  const cwd = tempRepo(t, {
    'inventory.yaml': `version: 1
entitlements:
  - { id: e, product: "=HYPERLINK(\\"x\\")", type: subscription, quantity: 5, end: 2027-12-31 }
`,
  });
  const run = await cli(['position', ...AS_OF, '--format', 'csv'], { cwd });
  // The product breaks the schema's pattern, so the entitlement is not read as written: its counts are unknown.
  assert.equal(run.stdout.split('\r\n')[1], `"'=HYPERLINK(""x"")",,,0,0,0,,,,,`);
});

test('--format csv: a cell holding the semicolon a de-DE spreadsheet splits on is quoted, so no part of it starts a formula', async (t) => {
  const cwd = tempRepo(t, {
    'inventory.yaml': `version: 1
entitlements:
  - { id: e, product: XDT_PLT_UD, type: subscription, quantity: 5, end: 2027-12-31 }
allocations:
  - { entitlement: e, hostname: "ctx;=1+2", quantity: 5 }
licenseServers:
${server('"ctx;=1+2"')}`,
  });
  const run = await cli(['position', ...AS_OF, '--format', 'csv'], { cwd });
  // Before: `ctx;=1+2: unknown` unquoted, which Excel with `;` as its list separator splits into a formula.
  assert.equal(run.stdout.split('\r\n')[1], 'XDT_PLT_UD,5,5,,,,,,,,"ctx;=1+2: unknown"');
});

test('--format text: an aligned table, counts right-aligned under their heading', async (t) => {
  const run = await cli(['position', ...AS_OF], { cwd: acceptance(t) });
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.split('\n');
  const header = lines.find((l) => l.startsWith('PRODUCT'))!;
  const rows = lines.filter((l) => /^XDT_/.test(l));
  assert.equal(rows.length, 2);
  for (const heading of ['BOUGHT', 'ALLOCATED', 'INSTALLED', 'OVERDRAFT', 'IN USE']) {
    const end = header.indexOf(heading) + heading.length;
    for (const row of rows) assert.match(row.slice(0, end), /\S$/, `${heading} ends where its count does: ${row}`);
  }
  assert.match(
    rows[1]!,
    /^XDT_PLT_UD\s+1,500\s+1,500\s+unknown\s+unknown\s+unknown\s+unknown\s+ctxls01: 1,200 installed \(evidence\), 120 overdraft, 1,250 in use; ctxls-dr01: unknown$/,
  );
  assert.match(run.stdout, /Unknown: nothing read shows what this host holds: ctxls-dr01 \(license server, las-offline\)/);
});

test('--format markdown: a table with product and host names as code spans', async (t) => {
  const run = await cli(['position', ...AS_OF, '--format', 'markdown'], { cwd: acceptance(t) });
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    /^### License position as of 2026-11-28\n\n\| Product \| Bought \| Allocated \| Installed \| Overdraft \| In use \| Peak in use \| Hosts \|\n/,
  );
  assert.match(
    run.stdout,
    /\n\| `XDT_PLT_UD` \| 1,500 \| 1,500 \| _unknown_ \| _unknown_ \| _unknown_ \| _unknown_ \| `ctxls01` 1,200 \/ 1,250 in use, `ctxls-dr01` _unknown_ \|\n/,
  );
});

test('the peak in use over the days every server of a product has history for', async (t) => {
  const history = (rows: [string, number][]) =>
    `Date,Product,Installed,Overdraft,In Use\n${rows.map(([day, n]) => `${day},XDT_PLT_UD,1100,100,${n}`).join('\n')}\n`;
  const cwd = tempRepo(t, {
    'inventory.yaml': `version: 1\nlicenseServers:\n${server('ls1')}${server('ls2')}`,
    'collected/ls1/ls1.json': pools('ls1', [['PLT', 'UD', 1100, 100, 400]]),
    'collected/ls2/ls2.json': pools('ls2', [['PLT', 'UD', 1100, 100, 300]]),
    'collected/ls1/history.csv': history([
      ['2026-11-24', 500],
      ['2026-11-25', 700],
      ['2026-11-26', 450],
    ]),
    'collected/ls2/history.csv': history([
      ['2026-11-23', 900],
      ['2026-11-24', 600],
      ['2026-11-25', 350],
      ['2026-11-26', 300],
    ]),
  });
  const run = await cli(['position', ...AS_OF, '--format', 'csv'], { cwd });
  // 11-24: 500 + 600 = 1,100; 11-25: 1,050; 11-23 is not a day both cover.
  assert.match(run.stdout, /\r\nXDT_PLT_UD,0,0,2000,200,700,1100,2026-11-24,2026-11-24,2026-11-26,/);
});

test('position: options that compare are refused with one sentence; a missing path is exit 2', async (t) => {
  const cwd = acceptance(t);
  const base = await cli(['position', '--base', 'HEAD'], { cwd });
  assert.equal(base.status, 2);
  // newuser's per-command options: one refusal for every option a command does not take.
  assert.equal(
    base.stderr,
    'citrix-license-lint: --base is not an option of position (it is one of linting): see citrix-license-lint position --help\n',
  );
  const format = await cli(['position', '--format', 'sarif'], { cwd });
  assert.equal(format.status, 2);
  assert.match(format.stderr, /unknown format "sarif": use one of text, json, csv, markdown/);
  const missing = await cli(['position', 'nowhere/'], { cwd });
  assert.equal(missing.status, 2, missing.stderr);
});

for (const example of ['contoso', 'fabrikam']) {
  for (const [format, extension] of [
    ['text', 'txt'],
    ['json', 'json'],
  ] as const) {
    test(`the position of examples/${example} (${format}) matches test/golden/position-${example}.${extension} (regenerate: npm run golden)`, async () => {
      const run = await cli(['position', `examples/${example}`, '--format', format]);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, readFileSync(path.join(PROJECT_ROOT, 'test', 'golden', `position-${example}.${extension}`), 'utf8'));
    });
  }
}

test("the README shows Fabrikam's position as the CLI prints it", () => {
  const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const block = /```console\n\$ node dist\/cli\.js position examples\/fabrikam\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, 'README.md has no `position examples/fabrikam` block');
  assert.equal(block, readFileSync(path.join(PROJECT_ROOT, 'test', 'golden', 'position-fabrikam.txt'), 'utf8'));
});
