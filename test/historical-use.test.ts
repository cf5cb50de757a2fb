import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import { cli } from './helpers/cli-in-process.js';

const FIXTURES = 'test/fixtures/import/historical';

function tempFile(t: TestContext, name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cll-historical-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

test('import reads the Historical Use export (en-US dates) and says what it shows, per product, without inventing license files', async () => {
  const run = await cli(['import', '--host', 'ctxls01', `${FIXTURES}/historical-use.csv`]);
  assert.equal(run.stderr, '');
  assert.equal(run.status, 0);
  assert.match(
    run.stdout,
    /historical-use\.csv \(Historical Use\) shows usage, which the inventory does not hold: commit it to collected\/ctxls01\//,
  );
  assert.match(run.stdout, /XDT_ENT_UD: 2026-10-29 to 2026-11-27, at most 37 in use \(2026-11-05\)/);
  assert.match(run.stdout, /XDT_PLT_UD: 2026-10-29 to 2026-11-27, at most 429 in use \(2026-11-27\)/);
  assert.doesNotMatch(run.stdout, /licenseFiles:/);
});

test('the same history from a de-DE machine (semicolons, day first, 1.320) reads the same', async () => {
  const run = await cli(['import', '--host', 'ctxls01', `${FIXTURES}/historical-use-de.csv`]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /XDT_PLT_UD: 2026-10-29 to 2026-11-27, at most 429 in use \(2026-11-27\)/);
});

test('a Historical Use export that cannot be read is one message naming the file, the row and the fix', async (t) => {
  const cases: [string, string, RegExp][] = [
    [
      'Date,Installed,Overdraft,In Use\n2026-11-24,1320,120,412\n',
      'no product',
      /has no product column \(its columns are Date, Installed, Overdraft, In Use\)/,
    ],
    [
      'Date,Product,Installed,Overdraft,In Use\n11/03/2026,XDT_PLT_UD,1320,120,412\n11/04/2026,XDT_PLT_UD,1320,120,415\n',
      'ambiguous',
      /row 1 Date "11\/03\/2026" reads as month\/day or day\/month, and no day of the export tells which/,
    ],
    [
      'Date,Product,Installed,Overdraft,In Use\n2026-11-24,Citrix Virtual Apps and Desktops Premium,1320,120,412\n',
      'display name',
      /row 1: product "Citrix Virtual Apps and Desktops Premium" is not a feature code such as XDT_PLT_UD/,
    ],
    [
      'Date,Product,Installed,Overdraft,In Use\n2026-11-24,XDT_PLT_UD,1320,120,many\n',
      'not a count',
      /row 1 In Use is "many", not a count of licenses/,
    ],
    ['Date,Product,Installed,Overdraft,In Use\n2026-02-30,XDT_PLT_UD,1320,120,4\n', 'no such day', /row 1 Date "2026-02-30" is not a date/],
  ];
  for (const [text, name, expected] of cases) {
    const file = tempFile(t, `${name.replace(/ /g, '-')}.csv`, text);
    const run = await cli(['import', '--host', 'ctxls01', file]);
    assert.equal(run.status, 2, name);
    assert.match(run.stderr, expected, name);
    assert.ok(run.stderr.startsWith(`citrix-license-lint: ${file}`), run.stderr);
    assert.doesNotMatch(run.stderr, /\n\s+at .+:\d+:\d+/);
  }
});

test('a Historical Use export is quoted in a message by a few dozen characters, control characters escaped', async (t) => {
  const long = `Citrix${'\u2028x'.repeat(50_000)}`;
  const file = tempFile(t, 'long.csv', `Date,Product,Installed,Overdraft,In Use\n2026-11-24,"${long}",1320,120,412\n`);
  const run = await cli(['import', '--host', 'ctxls01', file]);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /row 1: product "Citrix\\u2028x\\u2028x/);
  assert.ok(run.stderr.length < 600, `${run.stderr.length} characters`);
  assert.doesNotMatch(run.stderr, /\u2028/);
});

test('import --into: a usage history adds nothing to the inventory and says where it belongs', async (t) => {
  const dir = path.dirname(
    tempFile(t, 'inventory.yaml', 'version: 1\nlicenseServers:\n  - hostname: ctxls01\n    environment: production\n    state: active\n'),
  );
  const before = readFileSync(path.join(dir, 'inventory.yaml'), 'utf8');
  const run = await cli(['import', '--into', dir, '--host', 'ctxls01', `${FIXTURES}/historical-use.csv`]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /historical-use\.csv: a usage history \(Historical Use\), not inventory: commit it to collected\/ctxls01\/\n/);
  assert.equal(readFileSync(path.join(dir, 'inventory.yaml'), 'utf8'), before);
});
