import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseLicenseText } from '../src/licfile/parse.js';
import { lintFiles } from './helpers/lint-fixture.js';

// Property tests: random and mutated input never throws out of the engine, always ends in
// findings or a clean result, and every position points inside the file it names.

const RUNS = 1000;

const VALID = `version: 1
entitlements:
  - { id: e1, product: XDT_PLT_UD, type: subscription, quantity: 10, end: 2027-01-01 }
licenseServers:
  - hostname: ls1
    environment: production
    state: active
    version: 11.17.2.0 build 56200
    telemetry: { mode: manual, lastReported: 2026-11-01 }
    licenseFiles:
      - name: a.lic
        hostname: ls1
        features:
          - { product: XDT_PLT_UD, count: 10, expires: 2027-01-01 }
allocations:
  - { entitlement: e1, hostname: ls1, quantity: 10 }
`;

const LIC = `SERVER this_host HOSTNAME=ls1
VENDOR CITRIX
USE_SERVER
INCREMENT XDT_PLT_UD CITRIX 2026.0115 permanent 500 \\
\tVENDOR_STRING=;LT=Retail;GP=720 SN=LA-1 SIGN="0A1B \\
\t2C3D"
`;

/** A copy of `base` with a few characters deleted, replaced or inserted at random places. */
const mutated = (base: string) =>
  fc
    .array(
      fc.tuple(
        fc.nat({ max: base.length }),
        fc.nat({ max: 3 }),
        fc.string({ maxLength: 4, unit: fc.constantFrom(...' \t\n:-{}[],#&*!|>\'"\\%@`?0aZ.'.split('')) }),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((edits) => {
      let text = base;
      for (const [at, remove, insert] of edits) text = text.slice(0, at) + insert + text.slice(at + remove);
      return text;
    });

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

test(`the loader and rules never throw on ${RUNS} mutated inventories, and positions stay in the file`, (t) => {
  fc.assert(
    fc.property(fc.oneof(mutated(VALID), fc.string({ maxLength: 200 })), (text) => {
      const result = lintFiles(t, { 'inventory.yaml': text }, { inputs: ['inventory.yaml'] });
      for (const f of result.findings) {
        if (f.file !== 'inventory.yaml') continue;
        assert.ok(f.line >= 1 && f.line <= lineCount(text) + 1, `line ${f.line} outside ${lineCount(text)} lines: ${f.message}`);
        assert.ok(f.column >= 1 && f.endLine >= f.line, `${f.line}:${f.column}-${f.endLine}`);
        assert.ok(f.message.length > 0 && f.ruleId.includes('/'));
      }
    }),
    { numRuns: RUNS, seed: 20261128 },
  );
});

test(`the license file parser never throws on ${RUNS} mutated or random files, and problems stay in the file`, () => {
  fc.assert(
    fc.property(fc.oneof(mutated(LIC), fc.string({ maxLength: 300 }), fc.string({ maxLength: 300, unit: 'binary' })), (text) => {
      const parsed = parseLicenseText(text);
      const lines = lineCount(text);
      for (const p of parsed.problems) assert.ok(p.line >= 1 && p.line <= lines && p.column >= 1, `${p.line}:${p.column} of ${lines}`);
      for (const i of parsed.increments) {
        assert.ok(i.line >= 1 && i.line <= lines);
        assert.ok(typeof i.count === 'number' ? i.count > 0 : i.count === 'uncounted');
        assert.ok(i.expires === 'permanent' || /^\d{4}-\d{2}-\d{2}$/.test(i.expires));
      }
    }),
    { numRuns: RUNS, seed: 20261128 },
  );
});
