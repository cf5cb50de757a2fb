import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeDigest } from '../src/change/digest.js';
import { parseNetscalerVersion } from '../src/domain/versions.js';
import type { Allocation, Inventory } from '../src/model/inventory.js';
import { parseDirectives } from '../src/suppress/parse-directives.js';
import { applySuppressions } from '../src/suppress/apply-suppressions.js';
import { didYouMean } from '../src/util/did-you-mean.js';
import { assertScalesLinearly } from './helpers/scaling.js';

// Issue 16 point 4: four paths that were quadratic in the size of hostile input, each run at
// n and at 10n (helpers/scaling.ts).

test('NetScaler version parsing is linear in the length of the field (200 kB took 37 s)', () => {
  assertScalesLinearly(
    'digits',
    (n) => {
      const text = '1'.repeat(n);
      return () => assert.equal(parseNetscalerVersion(text), undefined);
    },
    20_000,
  );
  assertScalesLinearly(
    'dotted',
    (n) => {
      const text = `${'1.'.repeat(n)}x`;
      return () => assert.equal(parseNetscalerVersion(text), undefined);
    },
    10_000,
  );
  // The same answers as the unanchored search it replaces.
  assert.deepEqual(parseNetscalerVersion('NS14.1: Build 25.53'), { major: 14, minor: 1, build: 25, patch: 53 });
  assert.deepEqual(parseNetscalerVersion('x12.3.4-5.6'), { major: 3, minor: 4, build: 5, patch: 6 });
  assert.deepEqual(parseNetscalerVersion('v0013.1-60.29'), { major: 13, minor: 1, build: 60, patch: 29 });
});

test('did-you-mean is bounded on long ids (40 kB took 4.8 s)', () => {
  // A long unknown reference against an equally long id: edit distance costs the product.
  assertScalesLinearly(
    'long id',
    (n) => {
      const word = 'y'.repeat(n);
      const candidates = ['uhmc-2026', 'uhmc-2027', `${'y'.repeat(n - 1)}x`];
      return () => assert.equal(didYouMean(word, candidates), undefined);
    },
    2_000,
  );
  assert.equal(didYouMean('uhmc-2062', ['uhmc-2026', 'adc-pool']), 'uhmc-2026', 'short typos still get their suggestion');
});

test('suppression comments are linear in the number of lines (120k lines took 52 s)', () => {
  const rule = 'license-server/telemetry-disabled';
  assertScalesLinearly(
    'consecutive directives',
    (n) => {
      const text = `${`# citrix-license-lint-disable-next-line ${rule} -- accepted\n`.repeat(n)}version: 1\n`;
      return () => {
        const directives = parseDirectives('f.yaml', text);
        assert.equal(directives.length, n);
        assert.equal(directives[0]!.target, n + 1, 'each covers the first content line after the comments');
        applySuppressions([], directives, '2026-11-28', [rule]);
      };
    },
    4_000,
  );
});

test("the digest's move detection is linear in the number of allocations (40k took 25 s)", () => {
  const inventoryOf = (allocations: Allocation[]): Inventory => ({
    files: [],
    entitlements: [],
    licenseServers: [],
    allocations,
    netscalerConsoles: [],
    netscalerInstances: [],
  });
  const at = { file: 'f.yaml', path: [] };
  const allocation = (hostname: string, quantity: number) => ({ at, entitlement: 'e', hostname, quantity }) as unknown as Allocation;
  assertScalesLinearly(
    'moves',
    (n) => {
      const base = inventoryOf(Array.from({ length: n }, (_, i) => allocation(`old${i}`, (i % 50) + 1)));
      const head = inventoryOf(Array.from({ length: n }, (_, i) => allocation(`new${i}`, (i % 50) + 1)));
      return () => assert.ok(changeDigest(base, head, '2026-11-28').allocations.some((a) => a.change === 'moved'));
    },
    2_000,
  );
  // Moves pair the same quantity of the same entitlement, as before.
  const digest = changeDigest(inventoryOf([allocation('a', 5), allocation('b', 7)]), inventoryOf([allocation('c', 7)]), '2026-11-28');
  assert.deepEqual(
    digest.allocations.filter((a) => a.change === 'moved'),
    [{ change: 'moved', entitlement: 'e', quantity: 7, from: 'b', to: 'c' }],
  );
  assert.deepEqual(
    digest.allocations.filter((a) => a.change === 'returned'),
    [{ change: 'returned', entitlement: 'e', quantity: 5, host: 'a' }],
  );
});
