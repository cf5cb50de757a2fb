import { shortKey } from './host-names.js';
import type { Allocation, Entitlement, Inventory, LicenseServer, NetscalerConsole, NetscalerInstance } from '../model/inventory.js';

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = map.get(k);
    if (group) group.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * Lookups shared by the rules, each built once on first use, so that cross-entity rules
 * stay linear in the size of the inventory.
 */
export class InventoryIndex {
  #cache = new Map<string, unknown>();

  constructor(private readonly inventory: Inventory) {}

  #memo<T>(name: string, build: () => T): T {
    if (!this.#cache.has(name)) this.#cache.set(name, build());
    return this.#cache.get(name) as T;
  }

  get entitlementsById(): Map<string, Entitlement[]> {
    return this.#memo('entitlementsById', () => groupBy(this.inventory.entitlements, (e) => e.id));
  }

  /** The first entitlement of each id: a repeated id (inventory/duplicate) must not count twice. */
  get uniqueEntitlements(): Entitlement[] {
    return this.#memo('uniqueEntitlements', () => [...this.entitlementsById.values()].map((group) => group[0]!));
  }

  get entitlementsByProduct(): Map<string, Entitlement[]> {
    return this.#memo('entitlementsByProduct', () => groupBy(this.uniqueEntitlements, (e) => e.product));
  }

  /** Hostnames compared case-insensitively, as DNS and the portal's matching do. */
  get serversByLowerHostname(): Map<string, LicenseServer[]> {
    return this.#memo('serversByLowerHostname', () => groupBy(this.inventory.licenseServers, (s) => s.hostname.toLowerCase()));
  }

  get consolesByHostname(): Map<string, NetscalerConsole[]> {
    return this.#memo('consolesByHostname', () => groupBy(this.inventory.netscalerConsoles, (c) => c.hostname));
  }

  get consolesByLowerHostname(): Map<string, NetscalerConsole[]> {
    return this.#memo('consolesByLowerHostname', () => groupBy(this.inventory.netscalerConsoles, (c) => c.hostname.toLowerCase()));
  }

  /** License servers and consoles together, by exact hostname. */
  get hostsByHostname(): Map<string, (LicenseServer | NetscalerConsole)[]> {
    return this.#memo('hostsByHostname', () =>
      groupBy<LicenseServer | NetscalerConsole>([...this.inventory.licenseServers, ...this.inventory.netscalerConsoles], (h) => h.hostname),
    );
  }

  get allocationsByEntitlement(): Map<string, Allocation[]> {
    return this.#memo('allocationsByEntitlement', () => groupBy(this.inventory.allocations, (a) => a.entitlement));
  }

  /** Allocations by lower-case hostname, then product: "is this product allocated here?" */
  get allocatedProductsByLowerHostname(): Map<string, Set<string>> {
    return this.#memo('allocatedProductsByLowerHostname', () => {
      const map = new Map<string, Set<string>>();
      for (const allocation of this.inventory.allocations) {
        if (!allocation.hostname || !allocation.entitlement) continue;
        for (const entitlement of this.entitlementsById.get(allocation.entitlement) ?? []) {
          if (!entitlement.product) continue;
          const key = allocation.hostname.toLowerCase();
          let products = map.get(key);
          if (!products) map.set(key, (products = new Set()));
          products.add(entitlement.product);
        }
      }
      return map;
    });
  }

  /** Consoles by lower-case host ID (hex digits compare ignoring case). */
  get consolesByHostId(): Map<string, NetscalerConsole[]> {
    return this.#memo('consolesByHostId', () => groupBy(this.inventory.netscalerConsoles, (c) => c.hostId?.toLowerCase()));
  }

  get instancesByHostId(): Map<string, NetscalerInstance[]> {
    return this.#memo('instancesByHostId', () => groupBy(this.inventory.netscalerInstances, (i) => i.hostId?.toLowerCase()));
  }

  /** Servers and consoles by the first label of their hostname: where another spelling of a name may point. */
  get hostsByShortKey(): Map<string, (LicenseServer | NetscalerConsole)[]> {
    return this.#memo('hostsByShortKey', () => {
      const map = new Map<string, (LicenseServer | NetscalerConsole)[]>();
      for (const host of [...this.inventory.licenseServers, ...this.inventory.netscalerConsoles]) {
        for (const key of new Set([shortKey(host.hostname), ...(host.fqdn ? [shortKey(host.fqdn)] : [])])) {
          const group = map.get(key);
          if (group) group.push(host);
          else map.set(key, [host]);
        }
      }
      return map;
    });
  }

  /** Allocated products by the first label of the allocation's hostname, lower-case. */
  get allocatedProductsByShortKey(): Map<string, Set<string>> {
    return this.#memo('allocatedProductsByShortKey', () => {
      const map = new Map<string, Set<string>>();
      // A key that one hostname alone has shares that hostname's set (both are only read);
      // a second hostname gets the key a set of its own. Most keys have one hostname, and
      // a copy of each set was most of the index's cost.
      const own = new Set<string>();
      for (const [hostname, products] of this.allocatedProductsByLowerHostname) {
        const key = shortKey(hostname);
        const found = map.get(key);
        if (!found) {
          map.set(key, products);
          continue;
        }
        let merged = found;
        if (!own.has(key)) {
          merged = new Set(found);
          map.set(key, merged);
          own.add(key);
        }
        for (const p of products) merged.add(p);
      }
      return map;
    });
  }

  get instancesByConsole(): Map<string, NetscalerInstance[]> {
    return this.#memo('instancesByConsole', () => groupBy(this.inventory.netscalerInstances, (i) => i.console?.toLowerCase()));
  }
}
