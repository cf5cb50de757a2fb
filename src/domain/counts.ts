import type { Feature, Inventory, IsoDate } from '../model/inventory.js';
import type { InventoryIndex } from './inventory-index.js';
import { installedFeatures, isEntitlementActive } from './scope.js';

export interface InstalledProduct {
  total: number;
  byHost: Map<string, number>;
  /** The largest installed line of the product: where a finding points. */
  largest: Feature;
}

/**
 * Licenses installed per product on active hosts. Expired lines grant nothing (and are
 * license-file/expired's business); `uncounted` and the startup license have no number.
 */
export function installedByProduct(inventory: Inventory, asOf: IsoDate): Map<string, InstalledProduct> {
  const installed = new Map<string, InstalledProduct>();
  for (const { host, feature } of installedFeatures(inventory)) {
    if (typeof feature.count !== 'number' || (feature.expires !== 'permanent' && feature.expires !== undefined && feature.expires < asOf))
      continue;
    let entry = installed.get(feature.product);
    if (!entry) installed.set(feature.product, (entry = { total: 0, byHost: new Map(), largest: feature }));
    entry.total += feature.count;
    entry.byHost.set(host.hostname, (entry.byHost.get(host.hostname) ?? 0) + feature.count);
    if (feature.count > (typeof entry.largest.count === 'number' ? entry.largest.count : 0)) entry.largest = feature;
  }
  return installed;
}

/** Quantity of each product in entitlements active on `asOf` (a repeated id counts once). */
export function purchasedByProduct(index: InventoryIndex, asOf: IsoDate): Map<string, number> {
  const purchased = new Map<string, number>();
  for (const [product, entitlements] of index.entitlementsByProduct) {
    const quantity = entitlements.filter((e) => isEntitlementActive(e, asOf)).reduce((sum, e) => sum + (e.quantity ?? 0), 0);
    purchased.set(product, quantity);
  }
  return purchased;
}
