import type { TestContext } from 'node:test';
import { GitRepo } from './git-repo.js';

/** The date every run of this scenario lints as of. */
export const ORPHAN_AS_OF = '2026-11-28';

const server = (name: string, state: string) =>
  `  - { hostname: ${name}, environment: production, state: ${state}, version: 11.17.2.0 build 56200, activation: las-online, telemetry: { mode: automatic, lastReported: 2026-11-27 } }`;

/**
 * An inventory with `orphaned` allocations bound to decommissioned servers: each one an
 * `allocation/orphaned-hostname` error (4 per server, under the 25-per-entity cap).
 */
export function orphanInventory(orphaned: number): string {
  const servers = [
    ...Array.from({ length: 20 }, (_, i) => server(`ls-${i}`, 'active')),
    ...Array.from({ length: Math.ceil(orphaned / 4) }, (_, i) => server(`old-${i}`, 'decommissioned')),
  ];
  const allocations = Array.from(
    { length: orphaned },
    (_, i) => `  - { entitlement: sub-1, hostname: old-${Math.floor(i / 4)}, quantity: ${1 + (i % 4)} }`,
  );
  return [
    'version: 1',
    'entitlements:',
    '  - { id: sub-1, product: XDT_PLT_UD, type: subscription, quantity: 1000000, start: 2026-01-01, end: 2028-12-31 }',
    'licenseServers:',
    ...servers,
    'allocations:',
    ...allocations,
    '',
  ].join('\n');
}

export interface OrphanPullRequest {
  repo: GitRepo;
  base: string;
  head: string;
  /** What GitHub lists as the pull request's files, for the fake. */
  files: { filename: string; patch: string }[];
}

/**
 * Issue 27, point 2: a pull request that adds `added` orphaned allocations to an inventory
 * that already has `existing`. The benchmark passes its own `after` hook for the clean-up.
 */
export function orphanPullRequest(t: TestContext | { after: (fn: () => void) => void }, existing = 1_000, added = 5): OrphanPullRequest {
  const repo = new GitRepo(t as TestContext);
  const before = orphanInventory(existing);
  const after = orphanInventory(existing + added);
  const base = repo.commit('inventory', { 'inventory.yaml': before });
  const head = repo.commit(`${added} more allocations`, { 'inventory.yaml': after });
  return { repo, base, head, files: [{ filename: 'inventory.yaml', patch: insertionPatch(before, after) }] };
}

/**
 * The unified diff GitHub's "list pull request files" gives when `after` only inserts lines
 * into `before` (what this scenario does): one hunk per run of inserted lines.
 */
export function insertionPatch(before: string, after: string): string {
  const oldLines = before.trimEnd().split('\n');
  const newLines = after.trimEnd().split('\n');
  const hunks: string[] = [];
  let o = 0;
  for (let n = 0; n < newLines.length; ) {
    if (oldLines[o] === newLines[n]) {
      o++;
      n++;
      continue;
    }
    const start = n;
    while (n < newLines.length && newLines[n] !== oldLines[o]) n++;
    const inserted = newLines.slice(start, n);
    hunks.push(`@@ -${o},0 +${start + 1},${inserted.length} @@\n${inserted.map((l) => `+${l}`).join('\n')}`);
  }
  return hunks.join('\n');
}
