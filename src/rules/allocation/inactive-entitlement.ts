import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { formatCount } from '../../util/format.js';
import { RETURN_STEPS } from '../support/advice.js';
import { entitlementEnd } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';
import type { Entitlement, IsoDate } from '../../model/inventory.js';

export const inactiveEntitlement = defineRule({
  meta: {
    id: 'allocation/inactive-entitlement',
    severity: 'error',
    description: 'An allocation is held from an entitlement that has ended (subscription end, or perpetual maintenance end).',
    messages: {
      subscription:
        '{{quantity}} licenses allocated to `{{hostname}}` come from subscription `{{id}}`, whose term ended on {{end}}: renew it, or remove its license file from the server and return the allocation {{steps}}',
      perpetual:
        '{{quantity}} licenses allocated to `{{hostname}}` come from perpetual entitlement `{{id}}`, whose maintenance (CSS) ended on {{end}}: renew maintenance, or return the allocation {{steps}}',
    },
  },
  check({ inventory, index, asOf, report }) {
    // Worked out once per entitlement, not once per allocation (27,500 allocations of 125
    // entitlements at the benchmark's M): the first of each id, as the rules count it.
    const ended = new Map<string, { entitlement: Entitlement; end: IsoDate }>();
    for (const [id, group] of index.entitlementsById) {
      const entitlement = group[0]!;
      const end = entitlementEnd(entitlement);
      if (end && end < asOf) ended.set(id, { entitlement, end });
    }
    for (const allocation of inventory.allocations) {
      if (!allocation.entitlement) continue;
      const found = ended.get(allocation.entitlement);
      if (!found) continue;
      const { entitlement, end } = found;
      report({
        messageId: entitlement.type === 'perpetual' ? 'perpetual' : 'subscription',
        at: child(allocation.at, 'entitlement'),
        entity: entityKey.allocation(allocation.entitlement, allocation.hostname ?? ''),
        data: {
          quantity: allocation.quantity !== undefined ? formatCount(allocation.quantity) : 'The',
          hostname: allocation.hostname ?? '?',
          id: entitlement.id,
          end,
          steps: RETURN_STEPS,
        },
      });
    }
  },
});
