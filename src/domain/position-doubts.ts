/**
 * Which numbers of the license position an inventory's unread parts (`inventory.unread`: a
 * syntax or schema error) could change. Rules withhold their findings then (engine/hold-back.ts);
 * the position has no finding to withhold, so the numbers those parts bear on are unknown.
 */
import type { EntityList } from '../model/entity-lists.js';
import type { Inventory, IsoDate, LicenseServer, NetscalerConsole } from '../model/inventory.js';
import type { HostHoldings } from './host-holdings.js';
import type { InventoryIndex } from './inventory-index.js';
import { isEntitlementActive } from './scope.js';

export interface PositionDoubts {
  /** An entitlement of the product, or one whose product is unknown, was not read as written. */
  bought(product: string): boolean;
  /** The same, or an allocation that may draw from the product's entitlements. */
  allocated(product: string): boolean;
  /** The host's entry was not read as written: what it holds may be another's, or more. */
  host(kind: HostHoldings['kind'], host: LicenseServer | NetscalerConsole): boolean;
  /** A list of hosts may hold entries not read at all: every installed, overdraft and in-use total. */
  anyHost: boolean;
  /** Anything at all was not read. */
  any: boolean;
}

export function positionDoubts(inventory: Inventory, index: InventoryIndex, asOf: IsoDate): PositionDoubts {
  const unread = inventory.unread;
  const whole = new Set(unread?.lists ?? []);
  const names = new Map(Object.entries(unread?.names ?? {}).map(([list, values]) => [list as EntityList, new Set(values)]));
  const named = (list: EntityList, ...candidates: (string | undefined)[]) =>
    whole.has(list) || candidates.some((name) => name !== undefined && names.get(list)?.has(name.toLowerCase()));
  const active = (product: string) => (index.entitlementsByProduct.get(product) ?? []).filter((e) => isEntitlementActive(e, asOf));
  const bought = (product: string) => named('entitlements', product) || active(product).some((e) => e.quantity === undefined);
  return {
    bought,
    allocated: (product) => {
      if (bought(product)) return true;
      const ids = new Set(active(product).map((e) => e.id));
      return (
        named('allocations', ...ids) ||
        inventory.allocations.some((a) => a.entitlement !== undefined && ids.has(a.entitlement) && a.quantity === undefined)
      );
    },
    host: (kind, host) =>
      named(
        kind === 'license server' ? 'licenseServers' : 'netscalerConsoles',
        host.hostname,
        host.fqdn,
        'hostId' in host ? host.hostId : undefined,
      ),
    anyHost: whole.has('licenseServers') || whole.has('netscalerConsoles'),
    any: unread !== undefined,
  };
}
