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
    advice: { subscription: ['renew', 'remove', 'return'], perpetual: ['renew', 'return'] },
    // The entitlement the allocation names: another entry of that id, or its end, decides.
    reads: { entitlements: 'any' },
    description: 'An allocation is held from an entitlement that has ended (subscription end, or perpetual maintenance end).',
    messages: {
      subscription:
        '{{quantity}} licenses allocated to `{{hostname}}` come from subscription `{{id}}`, whose term ended on {{end}}: renew it, or remove its license file from the server and return the allocation {{steps}}',
      perpetual:
        '{{quantity}} licenses allocated to `{{hostname}}` come from perpetual entitlement `{{id}}`, whose maintenance (CSS) ended on {{end}}: renew maintenance, or return the allocation {{steps}}',
    },
    docs: {
      why: `A subscription whose term ended, or a perpetual entitlement whose maintenance (Customer
Success Services / Subscription Advantage) ended, is no longer an active purchase. Licenses
allocated from it and still installed count as expired or inactive licenses, which
Citrix's compliance policy forbids. In our words, not a Citrix quotation: no expired or
inactive licenses installed (the fourth requirement in the seed article on licensing
telemetry compliance, dennisspan.com). An entitlement ending *on* the as-of day is still
active that day.`,
      fix: `Renew the subscription or maintenance, and record the new \`end\` or \`cssEnd\`. Otherwise
remove the license files from the server and return the allocation in the licensing
portal: **Manage Licenses**, select the allocation, **Return allocations**.`,
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
        subjects: [entitlement.id, ...(allocation.hostname ? [allocation.hostname] : [])],
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
