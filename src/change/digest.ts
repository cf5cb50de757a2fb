import { InventoryIndex } from '../domain/inventory-index.js';
import type { Allocation, Inventory, IsoDate } from '../model/inventory.js';
import { installedByProduct, purchasedByProduct } from '../domain/counts.js';
import { isActive } from '../domain/scope.js';
import { formatCount } from '../util/format.js';

const EMPTY: Inventory = {
  files: [],
  entitlements: [],
  licenseServers: [],
  allocations: [],
  netscalerConsoles: [],
  netscalerInstances: [],
};

/**
 * What a change does to licensing, in words a reviewer can check against the portal:
 * hosts added, removed or decommissioned; allocations added, moved or returned; and per
 * product, licenses installed against licenses purchased, before and after.
 */
export function changeDigest(baseInventory: Inventory | undefined, headInventory: Inventory | undefined, asOf: IsoDate): string {
  const base = baseInventory ?? EMPTY;
  const head = headInventory ?? EMPTY;
  const lines: string[] = [];

  const hosts = (inventory: Inventory) =>
    new Map([...inventory.licenseServers, ...inventory.netscalerConsoles].map((h) => [h.hostname.toLowerCase(), h]));
  const before = hosts(base);
  const after = hosts(head);
  for (const [key, host] of after) {
    const old = before.get(key);
    if (!old) lines.push(`- added \`${host.hostname}\`${isActive(host) ? '' : ' (decommissioned)'}`);
    else if (isActive(old) && !isActive(host)) lines.push(`- decommissioned \`${host.hostname}\`: its allocations must be returned`);
    else if (!isActive(old) && isActive(host)) lines.push(`- reactivated \`${host.hostname}\``);
  }
  for (const [key, host] of before) if (!after.has(key)) lines.push(`- removed \`${host.hostname}\` from the inventory`);
  const hostLines = lines.splice(0);

  const allocationKey = (a: Allocation) => `${a.entitlement ?? '?'}|${a.hostname ?? '?'}`;
  const group = (list: Allocation[]) => {
    const map = new Map<string, number>();
    for (const a of list) map.set(allocationKey(a), (map.get(allocationKey(a)) ?? 0) + (a.quantity ?? 0));
    return map;
  };
  const oldAllocations = group(base.allocations);
  const newAllocations = group(head.allocations);
  const added: [string, number][] = [];
  const returned: [string, number][] = [];
  for (const [key, quantity] of newAllocations) {
    const old = oldAllocations.get(key) ?? 0;
    if (quantity > old) added.push([key, quantity - old]);
  }
  for (const [key, quantity] of oldAllocations) {
    const now = newAllocations.get(key) ?? 0;
    if (quantity > now) returned.push([key, quantity - now]);
  }
  // The same licenses leaving one host and reaching another are a move. Returns are found
  // through an index by entitlement and quantity, each taken once, in order: searching the
  // list for every addition was quadratic (40k allocations: 25 s).
  const returnsByAmount = new Map<string, number[]>();
  returned.forEach(([key, quantity], index) => {
    const amount = `${key.split('|')[0]}|${quantity}`;
    const list = returnsByAmount.get(amount);
    if (list) list.push(index);
    else returnsByAmount.set(amount, [index]);
  });
  const nextReturn = new Map<string, number>();
  const taken = new Set<number>();
  const stillAdded: [string, number][] = [];
  for (let i = added.length - 1; i >= 0; i--) {
    const [key, quantity] = added[i]!;
    const [entitlement] = key.split('|');
    const amount = `${entitlement}|${quantity}`;
    const candidates = returnsByAmount.get(amount);
    const position = nextReturn.get(amount) ?? 0;
    if (!candidates || position >= candidates.length) {
      stillAdded.push(added[i]!);
      continue;
    }
    const j = candidates[position]!;
    nextReturn.set(amount, position + 1);
    taken.add(j);
    const from = returned[j]![0].split('|')[1];
    lines.push(`- moved ${formatCount(quantity)} of \`${entitlement}\` from \`${from}\` to \`${key.split('|')[1]}\``);
  }
  const remainingReturns = returned.filter((_, index) => !taken.has(index));
  added.length = 0;
  for (const entry of stillAdded.reverse()) added.push(entry);
  returned.length = 0;
  for (const entry of remainingReturns) returned.push(entry);
  for (const [key, quantity] of added)
    lines.push(`- allocated ${formatCount(quantity)} of \`${key.split('|')[0]}\` to \`${key.split('|')[1]}\``);
  for (const [key, quantity] of returned)
    lines.push(`- returned ${formatCount(quantity)} of \`${key.split('|')[0]}\` from \`${key.split('|')[1]}\``);
  const allocationLines = lines.splice(0);

  const installedBefore = installedByProduct(base, asOf);
  const installedAfter = installedByProduct(head, asOf);
  const purchasedBefore = purchasedByProduct(new InventoryIndex(base), asOf);
  const purchasedAfter = purchasedByProduct(new InventoryIndex(head), asOf);
  const products = [
    ...new Set([...installedBefore.keys(), ...installedAfter.keys(), ...purchasedBefore.keys(), ...purchasedAfter.keys()]),
  ].sort();
  const rows: string[] = [];
  for (const product of products) {
    const iBefore = installedBefore.get(product)?.total ?? 0;
    const iAfter = installedAfter.get(product)?.total ?? 0;
    const pBefore = purchasedBefore.get(product) ?? 0;
    const pAfter = purchasedAfter.get(product) ?? 0;
    if (iBefore === iAfter && pBefore === pAfter) continue;
    const status = iAfter > pAfter ? '❌ over' : '✅';
    rows.push(
      `| \`${product}\` | ${formatCount(iBefore)} → ${formatCount(iAfter)} | ${formatCount(pBefore)} → ${formatCount(pAfter)} | ${status} |`,
    );
  }

  const out: string[] = ['### What this change does to licensing'];
  if (hostLines.length + allocationLines.length + rows.length === 0)
    return `${out[0]}\n\nNothing that licensing depends on: no host, allocation, entitlement or installed count changed.`;
  if (hostLines.length > 0) out.push(`**License servers and consoles**\n\n${hostLines.join('\n')}`);
  if (allocationLines.length > 0) out.push(`**Allocations**\n\n${allocationLines.join('\n')}`);
  if (rows.length > 0)
    out.push(`**Installed against purchased**\n\n| Product | Installed | Purchased (active) | |\n|---|---:|---:|---|\n${rows.join('\n')}`);
  return out.join('\n\n');
}
