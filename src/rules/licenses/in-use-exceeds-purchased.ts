import { defineRule } from '../rule.js';
import { child, type NodeRef, type Where } from '../../model/location.js';
import { entityKey } from '../../domain/entity.js';
import { knownTotal, licensePosition, peakOf, type HostHolding } from '../../domain/license-position.js';
import { isEntitlementActive } from '../../domain/scope.js';
import { formatCount, listWords } from '../../util/format.js';

/**
 * The true-up exposure: licenses in use across the estate above what active entitlements
 * bought. Citrix bills excess use "based on your peak license deployment" (Citrix License
 * Compliance Center), so the larger of in use now and the peak of the usage histories counts.
 * Hosts whose use is unknown add nothing: what is known is a lower bound, and a lower bound
 * above what was bought is already certain.
 */
export const inUseExceedsPurchased = defineRule({
  meta: {
    id: 'licenses/in-use-exceeds-purchased',
    severity: 'error',
    // Buy, or find out what is used beyond what was bought and bring it down.
    advice: { now: ['buy', 'check'], peak: ['buy', 'check'] },
    // Servers only add use: those that could not be read cannot undo an excess the readable
    // ones already show. An entitlement that could not be read may be the purchase that covers it.
    reads: { entitlements: 'any', licenseServers: 'adds' },
    measures: 'licenses in use beyond those bought',
    description:
      'For a product, the licenses in use across active license servers (now, or at the peak of their usage history) exceed the quantity of its active entitlements.',
    messages: {
      now: '{{product}}: {{inUse}} licenses in use ({{hosts}}) but {{bought}} bought in active entitlements{{which}}: {{excess}} more than bought, which Citrix bills at true-up on the peak deployment; buy {{excess}}, or bring use down to what was bought',
      peak: '{{product}}: {{inUse}} licenses in use at the peak on {{day}} ({{hosts}}; usage history {{from}} to {{to}}) but {{bought}} bought in active entitlements{{which}}: {{excess}} more than bought, which Citrix bills at true-up on the peak deployment; buy {{excess}}, or bring use down to what was bought',
    },
    docs: {
      why: `What a true-up bills is use, not installation: Citrix bills excess use "based on your peak
license deployment" (Citrix License Compliance Center). Licenses in use above what active
entitlements bought are that exposure, whether they run on overdraft
([\`overdraft-in-use\`](overdraft-in-use.md)), on licenses installed but never bought
([\`installed-exceeds-purchased\`](installed-exceeds-purchased.md)), or on activations the
inventory does not know of.

In use is read from current evidence in \`collected/<hostname>/\`: the in-use counts of the
newest export of each server's pools (the collection script, \`Get-LicInventory\`, WMI), and
the Licensing Manager's Historical Use exports. The peak is the day with the most licenses
in use across the servers that have a usage history, counted over the days they all cover;
the larger of that peak and the total in use now is compared with the quantities of the
product's active entitlements (a repeated entitlement id counts once). A server whose use
nothing shows adds nothing, so the total is a lower bound: above what was bought, it is
already too much. Evidence older than \`collectedMaxAgeDays\` is not judged.`,
      fix: `Buy at least the licenses the message counts and record the entitlement, or bring use down
to what was bought (release user/device assignments nobody needs with \`udadmin\`; see
[\`overdraft-in-use\`](overdraft-in-use.md)). \`citrix-license-lint position\` shows, per product,
what was bought, allocated, installed and in use, and on which servers.`,
    },
  },
  check({ inventory, index, settings, asOf, report }) {
    for (const row of licensePosition(inventory, index, asOf, settings.policy).products) {
      const users = row.hosts.filter((h) => h.kind === 'license server');
      const now = knownTotal(users, (h) => h.inUse);
      const peak = peakOf(users.filter((h) => h.days.length > 0));
      const atPeak = peak !== null && peak.inUse > now;
      const inUse = atPeak ? peak.inUse : now;
      if (inUse <= row.bought) continue;
      const active = (index.entitlementsByProduct.get(row.product) ?? []).filter((e) => isEntitlementActive(e, asOf));
      const counted = atPeak ? users.filter((h) => h.days.length > 0) : users.filter((h) => (h.inUse ?? 0) > 0);
      const shown = counted.map(
        (h) => `${h.host.hostname}: ${formatCount(atPeak ? h.days.find((d) => d.day === peak.on)!.inUse : h.inUse!)}`,
      );
      const excess = inUse - row.bought;
      report({
        messageId: atPeak ? 'peak' : 'now',
        at: whereOf(active[0]?.at, users),
        entity: entityKey.product(row.product),
        subjects: [row.product, ...counted.map((h) => h.host.hostname), ...active.map((e) => e.id)],
        amount: excess,
        data: {
          product: row.product,
          excess: formatCount(excess),
          inUse: formatCount(inUse),
          hosts: shown.length > 5 ? `${listWords(shown.slice(0, 5))} and ${shown.length - 5} more hosts` : listWords(shown),
          bought: formatCount(row.bought),
          which: active.length > 0 ? ` (${listWords(active.map((e) => e.id))})` : '',
          ...(atPeak ? { day: peak.on, from: peak.from, to: peak.to } : {}),
        },
      });
    }
  },
});

/** The entitlement to raise, else the busiest server's line of the product (or the server). */
function whereOf(entitlement: NodeRef | undefined, users: readonly HostHolding[]): Where {
  if (entitlement) return child(entitlement, 'quantity');
  const busiest = users.reduce((a, b) => ((b.inUse ?? 0) > (a.inUse ?? 0) ? b : a));
  return busiest.feature?.at ?? busiest.host.at;
}
