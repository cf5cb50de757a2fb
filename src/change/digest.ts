import { InventoryIndex } from '../domain/inventory-index.js';
import type { Allocation, Inventory, IsoDate } from '../model/inventory.js';
import type { Policy } from '../data/policy.js';
import { purchasedByProduct } from '../domain/counts.js';
import { knownTotal, licensePosition } from '../domain/license-position.js';
import { POLICY } from '../data/policy.js';
import { isActive } from '../domain/scope.js';

const EMPTY: Inventory = {
  files: [],
  entitlements: [],
  licenseServers: [],
  allocations: [],
  netscalerConsoles: [],
  netscalerInstances: [],
};

/** What a change does to licensing, as data: the reporters word and escape it. */
export interface ChangeDigest {
  hosts: HostChange[];
  allocations: AllocationChange[];
  products: ProductChange[];
}
export interface HostChange {
  change: 'added' | 'added-decommissioned' | 'decommissioned' | 'reactivated' | 'removed';
  hostname: string;
}
export type AllocationChange =
  | { change: 'moved'; entitlement: string; quantity: number; from: string; to: string }
  | { change: 'allocated' | 'returned'; entitlement: string; quantity: number; host: string };
export interface ProductChange {
  product: string;
  installedBefore: number;
  installedAfter: number;
  purchasedBefore: number;
  purchasedAfter: number;
}

/**
 * What a change does to licensing, in terms a reviewer can check against the portal:
 * hosts added, removed or decommissioned; allocations added, moved or returned; and per
 * product, licenses installed against licenses purchased, before and after.
 */
export function changeDigest(
  baseInventory: Inventory | undefined,
  headInventory: Inventory | undefined,
  asOf: IsoDate,
  // The run's policy decides which collected evidence is current; the doors should pass it.
  policy: Policy = POLICY,
): ChangeDigest {
  const base = baseInventory ?? EMPTY;
  const head = headInventory ?? EMPTY;
  const hosts: HostChange[] = [];
  const hostMap = (inventory: Inventory) =>
    new Map([...inventory.licenseServers, ...inventory.netscalerConsoles].map((h) => [h.hostname.toLowerCase(), h]));
  const before = hostMap(base);
  const after = hostMap(head);
  for (const [key, host] of after) {
    const old = before.get(key);
    if (!old) hosts.push({ change: isActive(host) ? 'added' : 'added-decommissioned', hostname: host.hostname });
    else if (isActive(old) && !isActive(host)) hosts.push({ change: 'decommissioned', hostname: host.hostname });
    else if (!isActive(old) && isActive(host)) hosts.push({ change: 'reactivated', hostname: host.hostname });
  }
  for (const [key, host] of before) if (!after.has(key)) hosts.push({ change: 'removed', hostname: host.hostname });

  // Keyed by entitlement and host; a NUL cannot occur in either.
  const allocationKey = (a: Allocation) => `${a.entitlement ?? '?'}\0${a.hostname ?? '?'}`;
  const group = (list: Allocation[]) => {
    const map = new Map<string, number>();
    for (const a of list) map.set(allocationKey(a), (map.get(allocationKey(a)) ?? 0) + (a.quantity ?? 0));
    return map;
  };
  const split = (key: string) => key.split('\0') as [string, string];
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
  const allocations: AllocationChange[] = [];
  // The same licenses leaving one host and reaching another are a move. Returns are found
  // through an index by entitlement and quantity, each taken once, in order: searching the
  // list for every addition was quadratic (40k allocations: 25 s).
  const returnsByAmount = new Map<string, number[]>();
  returned.forEach(([key, quantity], index) => {
    const amount = `${split(key)[0]}\0${quantity}`;
    const list = returnsByAmount.get(amount);
    if (list) list.push(index);
    else returnsByAmount.set(amount, [index]);
  });
  const nextReturn = new Map<string, number>();
  const taken = new Set<number>();
  const stillAdded: [string, number][] = [];
  for (let i = added.length - 1; i >= 0; i--) {
    const [key, quantity] = added[i]!;
    const [entitlement, to] = split(key);
    const amount = `${entitlement}\0${quantity}`;
    const candidates = returnsByAmount.get(amount);
    const position = nextReturn.get(amount) ?? 0;
    if (!candidates || position >= candidates.length) {
      stillAdded.push(added[i]!);
      continue;
    }
    const j = candidates[position]!;
    nextReturn.set(amount, position + 1);
    taken.add(j);
    allocations.push({ change: 'moved', entitlement, quantity, from: split(returned[j]![0])[1], to });
  }
  const remainingReturns = returned.filter((_, index) => !taken.has(index));
  added.length = 0;
  for (const entry of stillAdded.reverse()) added.push(entry);
  returned.length = 0;
  for (const entry of remainingReturns) returned.push(entry);
  for (const [key, quantity] of added) allocations.push({ change: 'allocated', entitlement: split(key)[0], quantity, host: split(key)[1] });
  for (const [key, quantity] of returned)
    allocations.push({ change: 'returned', entitlement: split(key)[0], quantity, host: split(key)[1] });

  // Installed as licenses/installed-exceeds-purchased and the position count it: the license
  // files each active host declares, else what its current evidence shows (a server on the
  // License Activation Service holds no files), a host nothing shows adding nothing.
  const installedBefore = installedPerProduct(base, asOf, policy);
  const installedAfter = installedPerProduct(head, asOf, policy);
  const purchasedBefore = purchasedByProduct(new InventoryIndex(base), asOf);
  const purchasedAfter = purchasedByProduct(new InventoryIndex(head), asOf);
  const names = [
    ...new Set([...installedBefore.keys(), ...installedAfter.keys(), ...purchasedBefore.keys(), ...purchasedAfter.keys()]),
  ].sort();
  const products: ProductChange[] = [];
  for (const product of names) {
    const change = {
      product,
      installedBefore: installedBefore.get(product) ?? 0,
      installedAfter: installedAfter.get(product) ?? 0,
      purchasedBefore: purchasedBefore.get(product) ?? 0,
      purchasedAfter: purchasedAfter.get(product) ?? 0,
    };
    if (change.installedBefore !== change.installedAfter || change.purchasedBefore !== change.purchasedAfter) products.push(change);
  }
  return { hosts, allocations, products };
}

function installedPerProduct(inventory: Inventory, asOf: IsoDate, policy: Policy): Map<string, number> {
  const { products } = licensePosition(inventory, new InventoryIndex(inventory), asOf, policy);
  return new Map(products.map((row) => [row.product, knownTotal(row.hosts, (h) => h.installed)]));
}
