import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { formatCount, plural } from '../../util/format.js';
import { entityKey } from '../../domain/entity.js';

export const overEntitlement = defineRule({
  meta: {
    id: 'allocation/over-entitlement',
    severity: 'error',
    advice: { over: ['check', 'fix-input'] },
    // Allocations only add to the sum: when the allocations that could be read already exceed
    // the quantity, allocations that could not be read cannot undo it (they add, or are left
    // out as in doubt), so the finding stands, judged on the readable ones. The quantity is the
    // entitlement's own: when that entry is in doubt, the finding waits. (Another entry with
    // the same id, read or not, is inventory/duplicate's; this rule judges the entry it points at.)
    reads: { allocations: 'adds' },
    measures: 'licenses allocated beyond the quantity bought',
    description: 'The allocations of one entitlement add up to more than its quantity.',
    messages: {
      // The portal never allocates more than was bought: the inventory is what is wrong, and
      // returning licenses on its word could return ones in use.
      over: 'entitlement `{{id}}` ({{product}}) has {{allocated}} licenses allocated across {{allocations}} but only {{quantity}} bought: check the inventory against the licensing portal (Manage Licenses), which never allocates more than was bought, and correct what differs (a mistyped quantity, a missing entitlement, an allocation already returned)',
    },
    docs: {
      why: `The portal never allocates more than was bought, so allocations adding up to more than
the entitlement's quantity mean the inventory has drifted from the portal: a quantity was
mistyped, an allocation was returned in the portal but not in the inventory, or one
allocation is listed twice. Every other count-based check depends on these numbers, so
they must agree with the portal (Citrix licensing portal, *Manage Licenses*).`,
      fix: `Compare with the portal's *View All Licenses* (export to CSV): correct the quantities,
remove allocations that were returned, or merge duplicates. If the portal really shows
more allocated than bought, contact Citrix licensing support.`,
    },
  },
  check({ inventory, index, report }) {
    for (const entitlement of inventory.entitlements) {
      if (entitlement.quantity === undefined) continue;
      // A repeated id is reported by inventory/duplicate; judge only the first entry.
      if (index.entitlementsById.get(entitlement.id)?.[0] !== entitlement) continue;
      const allocations = index.allocationsByEntitlement.get(entitlement.id) ?? [];
      const allocated = allocations.reduce((sum, a) => sum + (a.quantity ?? 0), 0);
      if (allocated <= entitlement.quantity) continue;
      report({
        messageId: 'over',
        at: child(entitlement.at, 'quantity'),
        entity: entityKey.entitlement(entitlement.id),
        subjects: [entitlement.id],
        amount: allocated - entitlement.quantity,
        data: {
          id: entitlement.id,
          product: entitlement.product ?? '?',
          allocated: formatCount(allocated),
          allocations: plural(allocations.length, 'allocation'),
          quantity: formatCount(entitlement.quantity),
        },
      });
    }
  },
});
