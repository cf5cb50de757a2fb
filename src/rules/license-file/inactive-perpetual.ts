import { defineRule } from '../rule.js';
import { installedFeatures, isEntitlementActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

export const inactivePerpetual = defineRule({
  meta: {
    id: 'license-file/inactive-perpetual',
    severity: 'error',
    advice: { lapsed: ['renew', 'remove'] },
    // Perpetual entitlements of the product decide: one that could not be read may be active.
    reads: { entitlements: 'any' },
    description: 'An installed perpetual feature has no active perpetual entitlement for its product (maintenance lapsed).',
    messages: {
      lapsed:
        'perpetual {{product}} in {{file}} on {{kind}} `{{hostname}}` has no perpetual entitlement with active maintenance ({{reason}}){{mixed}}: renew Customer Success Services for it, or remove the file from the {{kind}}',
    },
    docs: {
      why: `A perpetual license never expires, but Citrix's policy requires its maintenance
(Customer Success Services / Subscription Advantage) to be active for it to stay
installed. In our words, not a Citrix quotation: no perpetual licenses whose maintenance
has lapsed, whether alone or mixed with active subscriptions. This paraphrases the
compliance requirements listed in the seed article on licensing telemetry compliance
(dennisspan.com), whose author writes that he has seen customers mixing new active UL HMC
licenses with older expired perpetual licenses. The mixed case is common after
a move to Universal Hybrid Multi-Cloud (UL HMC): the old perpetual files stay on the server
next to the new subscription files, and the rule says so when it sees it.

Citrix's own terms say the same of maintenance: Customer Success Services must cover all
licenses, and when it does not, Citrix "reserves the right to suspend CSS benefits and
invoice … underpaid CSS fees" (CTX426101). A perpetual license whose maintenance lapsed,
left installed next to renewed ones, is such a gap.`,
      fix: `Renew Customer Success Services for the product and record the new \`cssEnd\`, or remove
the perpetual license file from the license server (and the inventory) and return its
allocation.`,
    },
  },
  check({ inventory, index, asOf, report }) {
    // A host that also holds live subscription licenses gets a sentence more: mixing does not help.
    const withSubscription = new Set<object>();
    for (const { host, feature } of installedFeatures(inventory)) {
      if (feature.expires !== undefined && feature.expires !== 'permanent' && feature.expires >= asOf) withSubscription.add(host);
    }
    for (const { kind, host, file, feature } of installedFeatures(inventory)) {
      if (feature.expires !== 'permanent') continue;
      const perpetual = (index.entitlementsByProduct.get(feature.product) ?? []).filter((e) => e.type === 'perpetual');
      if (perpetual.some((e) => isEntitlementActive(e, asOf))) continue;
      const lastEnd = perpetual
        .map((e) => e.cssEnd ?? '')
        .sort()
        .pop();
      report({
        messageId: 'lapsed',
        at: feature.at,
        entity: entityKey.feature(host.hostname, file.name, feature.product, feature.serial ?? 'permanent'),
        subjects: [host.hostname, file.name, feature.product],
        data: {
          product: feature.product,
          file: file.name,
          kind,
          hostname: host.hostname,
          reason: lastEnd ? `maintenance ended on ${lastEnd}` : 'no perpetual entitlement for this product is in the inventory',
          mixed: withSubscription.has(host)
            ? '; the server also holds active subscription licenses, which does not make lapsed perpetual ones compliant'
            : '',
        },
      });
    }
  },
});
