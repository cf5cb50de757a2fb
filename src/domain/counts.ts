import type { IsoDate } from '../model/inventory.js';
import type { InventoryIndex } from './inventory-index.js';
import { isEntitlementActive } from './scope.js';

/** Quantity of each product in entitlements active on `asOf` (a repeated id counts once). */
export function purchasedByProduct(index: InventoryIndex, asOf: IsoDate): Map<string, number> {
  const purchased = new Map<string, number>();
  for (const [product, entitlements] of index.entitlementsByProduct) {
    const quantity = entitlements.filter((e) => isEntitlementActive(e, asOf)).reduce((sum, e) => sum + (e.quantity ?? 0), 0);
    purchased.set(product, quantity);
  }
  return purchased;
}
