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

type Host = LicenseServer | NetscalerConsole;

/**
 * Lookups shared by the rules, each built once on first use, so that cross-entity rules
 * stay linear in the size of the inventory. Each is kept in a field of its own: rules ask
 * for some of them once per allocation (27,500 times at the benchmark's M), and a field is
 * cheaper to read than a table of memos.
 */
export class InventoryIndex {
  #entitlementsById?: Map<string, Entitlement[]>;
  #uniqueEntitlements?: Entitlement[];
  #entitlementsByProduct?: Map<string, Entitlement[]>;
  #serversByLowerHostname?: Map<string, LicenseServer[]>;
  #consolesByHostname?: Map<string, NetscalerConsole[]>;
  #consolesByLowerHostname?: Map<string, NetscalerConsole[]>;
  #hostsByHostname?: Map<string, Host[]>;
  #allocationsByEntitlement?: Map<string, Allocation[]>;
  #allocatedProductsByLowerHostname?: Map<string, Set<string>>;
  #consolesByHostId?: Map<string, NetscalerConsole[]>;
  #instancesByHostId?: Map<string, NetscalerInstance[]>;
  #hostsByShortKey?: Map<string, Host[]>;
  #allocatedProductsByShortKey?: Map<string, Set<string>>;
  #instancesByConsole?: Map<string, NetscalerInstance[]>;

  constructor(private readonly inventory: Inventory) {}

  get entitlementsById(): Map<string, Entitlement[]> {
    return (this.#entitlementsById ??= groupBy(this.inventory.entitlements, (e) => e.id));
  }

  /** The first entitlement of each id: a repeated id (inventory/duplicate) must not count twice. */
  get uniqueEntitlements(): Entitlement[] {
    return (this.#uniqueEntitlements ??= [...this.entitlementsById.values()].map((group) => group[0]!));
  }

  get entitlementsByProduct(): Map<string, Entitlement[]> {
    return (this.#entitlementsByProduct ??= groupBy(this.uniqueEntitlements, (e) => e.product));
  }

  /** Hostnames compared case-insensitively, as DNS and the portal's matching do. */
  get serversByLowerHostname(): Map<string, LicenseServer[]> {
    return (this.#serversByLowerHostname ??= groupBy(this.inventory.licenseServers, (s) => s.hostname.toLowerCase()));
  }

  get consolesByHostname(): Map<string, NetscalerConsole[]> {
    return (this.#consolesByHostname ??= groupBy(this.inventory.netscalerConsoles, (c) => c.hostname));
  }

  get consolesByLowerHostname(): Map<string, NetscalerConsole[]> {
    return (this.#consolesByLowerHostname ??= groupBy(this.inventory.netscalerConsoles, (c) => c.hostname.toLowerCase()));
  }

  /** License servers and consoles together, by exact hostname. */
  get hostsByHostname(): Map<string, Host[]> {
    return (this.#hostsByHostname ??= groupBy<Host>(
      [...this.inventory.licenseServers, ...this.inventory.netscalerConsoles],
      (h) => h.hostname,
    ));
  }

  get allocationsByEntitlement(): Map<string, Allocation[]> {
    return (this.#allocationsByEntitlement ??= groupBy(this.inventory.allocations, (a) => a.entitlement));
  }

  /** Allocations by lower-case hostname, then product: "is this product allocated here?" */
  get allocatedProductsByLowerHostname(): Map<string, Set<string>> {
    if (this.#allocatedProductsByLowerHostname) return this.#allocatedProductsByLowerHostname;
    const map = new Map<string, Set<string>>();
    // Worked out once per entitlement id and per hostname, not once per allocation: the
    // benchmark's M has 27,500 allocations of 125 ids to 250 hostnames.
    const productsById = new Map<string, string[]>();
    for (const [id, group] of this.entitlementsById) {
      const products = group.flatMap((entitlement) => (entitlement.product ? [entitlement.product] : []));
      if (products.length > 0) productsById.set(id, products);
    }
    const setByHostname = new Map<string, Set<string>>();
    for (const allocation of this.inventory.allocations) {
      if (!allocation.hostname || !allocation.entitlement) continue;
      const products = productsById.get(allocation.entitlement);
      if (!products) continue;
      let set = setByHostname.get(allocation.hostname);
      if (!set) {
        const key = allocation.hostname.toLowerCase();
        set = map.get(key);
        if (!set) map.set(key, (set = new Set()));
        setByHostname.set(allocation.hostname, set);
      }
      for (const product of products) set.add(product);
    }
    return (this.#allocatedProductsByLowerHostname = map);
  }

  /** Consoles by lower-case host ID (hex digits compare ignoring case). */
  get consolesByHostId(): Map<string, NetscalerConsole[]> {
    return (this.#consolesByHostId ??= groupBy(this.inventory.netscalerConsoles, (c) => c.hostId?.toLowerCase()));
  }

  get instancesByHostId(): Map<string, NetscalerInstance[]> {
    return (this.#instancesByHostId ??= groupBy(this.inventory.netscalerInstances, (i) => i.hostId?.toLowerCase()));
  }

  /** Servers and consoles by the first label of their hostname: where another spelling of a name may point. */
  get hostsByShortKey(): Map<string, Host[]> {
    if (this.#hostsByShortKey) return this.#hostsByShortKey;
    const map = new Map<string, Host[]>();
    for (const host of [...this.inventory.licenseServers, ...this.inventory.netscalerConsoles]) {
      for (const key of new Set([shortKey(host.hostname), ...(host.fqdn ? [shortKey(host.fqdn)] : [])])) {
        const group = map.get(key);
        if (group) group.push(host);
        else map.set(key, [host]);
      }
    }
    return (this.#hostsByShortKey = map);
  }

  /** Allocated products by the first label of the allocation's hostname, lower-case. */
  get allocatedProductsByShortKey(): Map<string, Set<string>> {
    if (this.#allocatedProductsByShortKey) return this.#allocatedProductsByShortKey;
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
    return (this.#allocatedProductsByShortKey = map);
  }

  get instancesByConsole(): Map<string, NetscalerInstance[]> {
    return (this.#instancesByConsole ??= groupBy(this.inventory.netscalerInstances, (i) => i.console?.toLowerCase()));
  }
}
