/**
 * The effective license position per product, the number a licensing audit starts from:
 * bought (active entitlements), allocated (allocations of active entitlements), installed on
 * active hosts (overdraft excluded), overdraft, in use now, and the peak in use over the period
 * a usage history covers. A number nothing states is `null`, never 0: a row whose hosts include
 * one the linter cannot see has no installed total, only the hosts it can see.
 */
import type { Policy } from '../data/policy.js';
import type { Inventory, IsoDate, LicenseServer, NetscalerConsole } from '../model/inventory.js';
import { purchasedByProduct } from './counts.js';
import { holdingsOf, type HostHolding, type HostHoldings } from './host-holdings.js';
import type { InventoryIndex } from './inventory-index.js';
import { positionDoubts } from './position-doubts.js';
import { holders, isActive, isEntitlementActive } from './scope.js';
import { isStartupProduct } from './startup-license.js';

export type { HostHolding, InstalledFrom } from './host-holdings.js';

export interface Peak {
  inUse: number;
  /** The day of the peak. */
  on: IsoDate;
  /** The days the peak is taken over: every host of the row has a sample on each. */
  from: IsoDate;
  to: IsoDate;
}

export interface ProductPosition {
  product: string;
  bought: number;
  allocated: number;
  installed: number | null;
  overdraft: number | null;
  inUse: number | null;
  peak: Peak | null;
  /** The hosts the numbers come from, in inventory order. */
  hosts: HostHolding[];
  /**
   * Set when a part of the inventory that was not read as written (a syntax or schema error)
   * may change `bought` or `allocated`: the numbers are then what was read, and unknown to
   * the report; the rules that read them withhold their findings (engine/hold-back.ts).
   */
  unread?: { bought: boolean; allocated: boolean };
}

export interface LicensePosition {
  asOf: IsoDate;
  products: ProductPosition[];
  /** Active hosts whose licenses nothing shows: no license files, no current evidence, not declared file-activated. */
  unseen: { kind: HostHoldings['kind']; host: LicenseServer | NetscalerConsole }[];
  /** Parts of the inventory not read as written make numbers of the position unknown. */
  unread?: true;
}

/** Built once per model, day and policy: several rules and the report read it. */
const memo = new WeakMap<Inventory, { asOf: IsoDate; policy: Policy; position: LicensePosition }>();

/** Linear in hosts, features, pools, usage days and allocations. */
export function licensePosition(inventory: Inventory, index: InventoryIndex, asOf: IsoDate, policy: Policy): LicensePosition {
  const seen = memo.get(inventory);
  if (seen && seen.asOf === asOf && seen.policy === policy) return seen.position;
  const position = computePosition(inventory, index, asOf, policy);
  memo.set(inventory, { asOf, policy, position });
  return position;
}

function computePosition(inventory: Inventory, index: InventoryIndex, asOf: IsoDate, policy: Policy): LicensePosition {
  const byProduct = new Map<string, HostHolding[]>();
  // Two entries of one hostname (inventory/duplicate) are one host to Citrix: the licenses they
  // list are counted once, the larger count standing for both, and the total is unknown until
  // they are merged (they may list the same licenses, or more). Summed, they advised removing a copy.
  const seen = new Map<string, number>();
  const add = (holding: HostHolding) => {
    const list = byProduct.get(holding.product) ?? byProduct.set(holding.product, []).get(holding.product)!;
    const key = `${holding.product}\0${holding.kind}\0${holding.host.hostname.toLowerCase()}`;
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, list.length);
      list.push(holding);
      return;
    }
    // The first entry keeps what evidence shows (evidence belongs to the first entry of a name).
    const first = list[at]!;
    const larger = (holding.installed ?? 0) > (first.installed ?? 0) ? holding : first;
    const installed = first.installed === null || holding.installed === null ? null : larger.installed;
    list[at] = { ...first, installed, ...(larger.feature ? { feature: larger.feature } : {}), partial: true };
  };
  const unseen: LicensePosition['unseen'] = [];
  const doubts = positionDoubts(inventory, index, asOf);
  for (const holder of holders(inventory)) {
    if (!isActive(holder.host)) continue;
    const holdings = holdingsOf(inventory, holder, asOf, policy);
    // A host whose entry was not read as written may hold more, or another's: its numbers are unknown.
    const inDoubt = doubts.host(holder.kind, holder.host);
    for (const holding of holdings.products.values())
      if (holds(holding)) add(inDoubt ? { ...holding, partial: true, inDoubt: true } : holding);
    if (holdings.complete && !inDoubt) continue;
    // Unseen when nothing at all shows it; a usage history alone still shows some of what it holds.
    const shows = [...holdings.products.values()].some((h) => h.installed !== null || h.inUse !== null);
    if (holdings.from === 'unknown' && !shows) unseen.push({ kind: holder.kind, host: holder.host });
    // A host nobody can see whole is in the row of every product allocated to it.
    for (const product of allocatedTo(holder.host, index))
      if (!holdings.products.has(product))
        add({
          kind: holder.kind,
          host: holder.host,
          product,
          installed: null,
          installedFrom: holdings.from,
          overdraft: null,
          inUse: null,
          days: [],
        });
  }
  const bought = purchasedByProduct(index, asOf);
  const allocated = allocatedByProduct(inventory, index, asOf);
  const names = new Set([...byProduct.keys(), ...allocated.keys(), ...[...bought].filter(([, n]) => n > 0).map(([p]) => p)]);
  const products = [...names]
    .filter((product) => !isStartupProduct(product))
    .sort()
    .map((product): ProductPosition => {
      const hosts = byProduct.get(product) ?? [];
      return {
        product,
        bought: bought.get(product) ?? 0,
        allocated: allocated.get(product) ?? 0,
        installed: doubts.anyHost ? null : total(hosts, (h) => (h.partial ? null : h.installed)),
        overdraft: doubts.anyHost ? null : total(hosts, (h) => (h.inDoubt ? null : h.overdraft)),
        inUse: doubts.anyHost ? null : total(hosts, (h) => (h.inDoubt ? null : h.inUse)),
        peak: doubts.anyHost || hosts.some((h) => h.inDoubt) ? null : peakOf(hosts),
        hosts,
        ...(doubts.any ? { unread: { bought: doubts.bought(product), allocated: doubts.allocated(product) } } : {}),
      };
    });
  // Said once, when what was not read makes a number of the report unknown.
  const unread = doubts.anyHost || products.some((p) => p.unread?.bought || p.unread?.allocated || p.hosts.some((h) => h.inDoubt));
  return { asOf, products, unseen, ...(unread ? { unread: true as const } : {}) };
}

/** A product a host shows nothing of (no licenses, none in use, no history) is not one it holds. */
function holds(h: HostHolding): boolean {
  return h.installed !== 0 || h.partial === true || (h.inUse ?? 0) > 0 || (h.overdraft ?? 0) > 0 || h.days.length > 0;
}

/** The sum over the hosts, or null when one host's number is unknown (0 for no host: nothing holds it). */
function total(hosts: readonly HostHolding[], value: (h: HostHolding) => number | null): number | null {
  let sum = 0;
  for (const host of hosts) {
    const n = value(host);
    if (n === null) return null;
    sum += n;
  }
  return sum;
}

/** The sum of the numbers that are known: a lower bound when some are not. */
export function knownTotal(hosts: readonly HostHolding[], value: (h: HostHolding) => number | null): number {
  return hosts.reduce((sum, h) => sum + (value(h) ?? 0), 0);
}

/**
 * The most licenses in use on one day across the hosts given, over the days every one of them
 * has a sample for; null when one has no history, or they share no day.
 */
export function peakOf(hosts: readonly HostHolding[]): Peak | null {
  if (hosts.length === 0 || hosts.some((h) => h.days.length === 0)) return null;
  const sums = new Map<IsoDate, { inUse: number; hosts: number }>();
  for (const host of hosts) {
    for (const day of host.days) {
      const seen = sums.get(day.day);
      if (seen) {
        seen.inUse += day.inUse;
        seen.hosts++;
      } else sums.set(day.day, { inUse: day.inUse, hosts: 1 });
    }
  }
  let peak: Peak | null = null;
  for (const [day, sum] of sums) {
    if (sum.hosts !== hosts.length) continue;
    if (!peak) peak = { inUse: sum.inUse, on: day, from: day, to: day };
    else {
      if (sum.inUse > peak.inUse || (sum.inUse === peak.inUse && day < peak.on)) Object.assign(peak, { inUse: sum.inUse, on: day });
      if (day < peak.from) peak.from = day;
      if (day > peak.to) peak.to = day;
    }
  }
  return peak;
}

/** Quantities allocated from entitlements active on `asOf`, per product (a repeated entitlement id counts once). */
function allocatedByProduct(inventory: Inventory, index: InventoryIndex, asOf: IsoDate): Map<string, number> {
  const allocated = new Map<string, number>();
  for (const allocation of inventory.allocations) {
    const entitlement = allocation.entitlement ? index.entitlementsById.get(allocation.entitlement)?.[0] : undefined;
    if (!entitlement?.product || !isEntitlementActive(entitlement, asOf)) continue;
    allocated.set(entitlement.product, (allocated.get(entitlement.product) ?? 0) + (allocation.quantity ?? 0));
  }
  return allocated;
}

/** Products allocated to a host, by its hostname or (a console) its host ID. */
function allocatedTo(host: LicenseServer | NetscalerConsole, index: InventoryIndex): Set<string> {
  const byName = index.allocatedProductsByLowerHostname;
  const hostId = 'hostId' in host ? host.hostId : undefined;
  return new Set([...(byName.get(host.hostname.toLowerCase()) ?? []), ...(hostId ? (byName.get(hostId.toLowerCase()) ?? []) : [])]);
}
