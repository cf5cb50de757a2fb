import { defineRule } from '../rule.js';
import { formatCount, listWords } from '../../util/format.js';
import { isEntitlementActive } from '../../domain/scope.js';
import { installedByProduct, purchasedByProduct } from '../../domain/counts.js';
import { entityKey } from '../../domain/entity.js';

export const installedExceedsPurchased = defineRule({
  meta: {
    id: 'licenses/installed-exceeds-purchased',
    severity: 'error',
    advice: { exceeds: ['remove', 'buy'] },
    // Hosts only add installed licenses: hosts that could not be read cannot undo an excess
    // the readable ones already have. Entitlements lower it: one that could not be read may
    // be the purchase that covers it, so the finding waits for every entitlement of the product.
    reads: { entitlements: 'any', licenseServers: 'adds', netscalerConsoles: 'adds' },
    measures: 'licenses installed beyond those purchased',
    description: 'For a product, the counts installed on active hosts exceed the quantity of its active entitlements.',
    messages: {
      exceeds:
        '{{product}}: {{installed}} licenses installed ({{hosts}}) but {{purchased}} purchased in active entitlements{{which}}: remove {{excess}} installed licenses, or buy more',
    },
    docs: {
      why: `The licenses installed across license servers must not exceed the active licenses
purchased: the fifth of the compliance requirements listed in the seed article on
licensing telemetry compliance (dennisspan.com); the numbered list is that author's, not
Citrix's. The rule adds up, per product, the
counts of every unexpired feature installed on active license servers and consoles, and
compares them with the quantities of the product's active entitlements (subscriptions
not ended, perpetual entitlements with maintenance). Expired features are
\`license-file/expired\`'s business and are not counted; the startup license and
\`uncounted\` lines have no number.`,
      fix: `Remove the surplus license files (often a copy left on a second server, or an old file
next to its replacement), or buy more and record the entitlement.`,
    },
  },
  check({ inventory, index, asOf, report }) {
    const installed = installedByProduct(inventory, asOf);
    const purchasedOf = purchasedByProduct(index, asOf);
    for (const [product, entry] of installed) {
      const purchased = purchasedOf.get(product) ?? 0;
      if (entry.total <= purchased) continue;
      const active = (index.entitlementsByProduct.get(product) ?? []).filter((e) => isEntitlementActive(e, asOf));
      const hosts = [...entry.byHost].map(([hostname, count]) => `${hostname}: ${formatCount(count)}`);
      report({
        messageId: 'exceeds',
        at: entry.largest.at,
        entity: entityKey.product(product),
        subjects: [product, ...entry.byHost.keys(), ...active.map((e) => e.id)],
        amount: entry.total - purchased,
        data: {
          product,
          installed: formatCount(entry.total),
          hosts: hosts.length > 5 ? `${listWords(hosts.slice(0, 5))} and ${hosts.length - 5} more hosts` : listWords(hosts),
          purchased: formatCount(purchased),
          which: active.length > 0 ? ` (${listWords(active.map((e) => e.id))})` : '',
          excess: formatCount(entry.total - purchased),
        },
      });
    }
  },
});
