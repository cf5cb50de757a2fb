import assert from 'node:assert/strict';
import { assertScalesLinearly as linear } from './helpers/scaling.js';
import { test } from 'node:test';
import { POLICY } from '../src/data/policy.js';
import { InventoryIndex } from '../src/domain/inventory-index.js';
import { licensePosition } from '../src/domain/license-position.js';
import { fromHistoricalRecords } from '../src/exports/historical-use.js';
import type { HostEvidence } from '../src/model/evidence.js';
import type { Inventory } from '../src/model/inventory.js';

// Issue 25: the Historical Use reader and the license position run on every lint
// (test/helpers/scaling.ts: 10x the input must not take 30x the time).

const assertScalesLinearly = (name: string, at: (n: number) => () => void, n: number) => linear(name, at, n, 5);

test('the Historical Use reader is linear in rows (the CSV itself is read by csv.ts)', () => {
  assertScalesLinearly(
    'rows',
    (n) => {
      const records = Array.from({ length: n }, (_, i) => ({
        Date: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10),
        Product: 'XDT_PLT_UD',
        Installed: '1100',
        Overdraft: '100',
        'In Use': String(i % 999),
      }));
      return () => assert.equal(fromHistoricalRecords(records).usage![0]!.days.length, n);
    },
    3_000,
  );
});

test('the license position is linear in servers, allocations and usage days', () => {
  const inventory = (n: number): Inventory => {
    const at = (i: number) => ({ file: '/inv.yaml', path: ['licenseServers', i] });
    const servers = Array.from({ length: n }, (_, i) => ({
      at: at(i),
      hostname: `ls${i}`,
      state: 'active' as const,
      activation: 'las-online' as const,
      licenseFiles: [],
    }));
    const evidence: HostEvidence[] = servers.map((s) => {
      const file = {
        file: `/c/${s.hostname}/c.json`,
        format: 'collector-json',
        collectedAt: '2026-11-27T03:00:00Z',
        collectedFrom: 'export' as const,
      };
      return {
        host: s.hostname,
        folder: `/c/${s.hostname}`,
        files: [file],
        newest: file,
        family: 'license-server',
        licenses: { pools: [{ product: 'XDT_PLT_UD', count: 1000, overdraft: 100, inUse: 900 }], files: [file] },
        usage: {
          products: [
            {
              product: 'XDT_PLT_UD',
              days: Array.from({ length: 90 }, (_, d) => ({ day: `2026-08-${String(1 + (d % 28)).padStart(2, '0')}`, inUse: d })),
            },
          ],
          file,
        },
      };
    });
    return {
      files: ['/inv.yaml'],
      entitlements: [
        {
          at: { file: '/inv.yaml', path: ['entitlements', 0] },
          id: 'e',
          product: 'XDT_PLT_UD',
          type: 'subscription',
          quantity: 10,
          end: '2027-12-31',
        },
      ],
      licenseServers: servers,
      allocations: servers.map((s, i) => ({
        at: { file: '/inv.yaml', path: ['allocations', i] },
        entitlement: 'e',
        hostname: s.hostname,
        quantity: 1,
      })),
      netscalerConsoles: [],
      netscalerInstances: [],
      evidence,
    };
  };
  assertScalesLinearly(
    'servers',
    (n) => {
      const model = inventory(n);
      return () => {
        const position = licensePosition(model, new InventoryIndex(model), '2026-11-28', { ...POLICY });
        assert.equal(position.products[0]!.inUse, 900 * n);
      };
    },
    1_000,
  );
});
