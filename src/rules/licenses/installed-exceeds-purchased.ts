import { defineRule } from '../rule.js';
import { formatCount, listWords } from '../../util/format.js';
import { isEntitlementActive } from '../../domain/scope.js';
import { knownTotal, licensePosition, type HostHolding } from '../../domain/license-position.js';
import { entityKey } from '../../domain/entity.js';

/**
 * Installed per product on active hosts: the license files each declares, or, for a host with
 * none (a License Activation Service server), what current collected evidence shows installed.
 * A host nothing shows adds nothing: the known total is a lower bound, and above what was
 * bought it is already too much.
 */
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
\`uncounted\` lines have no number.

A server on the License Activation Service holds no license files (since 2026-04-15 that
is how servers activate), so for a server that declares none, what current evidence in
\`collected/<hostname>/\` shows installed counts instead (overdraft excluded, and a pool expired before
the day left out, as an expired line is): the pools of
\`Get-LicInventory\`, \`Get-LicLasInventory\`, WMI or the collection script. A server that
neither declares files nor has current evidence is not seen at all: it adds nothing, the
total of the others is a lower bound, and [\`citrix-license-lint position\`](../../position.md)
shows that server's count as unknown.`,
      fix: `Remove the surplus license files (often a copy left on a second server, or an old file
next to its replacement), or buy more and record the entitlement.`,
    },
  },
  check({ inventory, index, settings, asOf, report }) {
    for (const row of licensePosition(inventory, index, asOf, settings.policy).products) {
      const holding = row.hosts.filter((h) => (h.installed ?? 0) > 0);
      const installed = knownTotal(holding, (h) => h.installed);
      if (holding.length === 0 || installed <= row.bought) continue;
      const active = (index.entitlementsByProduct.get(row.product) ?? []).filter((e) => isEntitlementActive(e, asOf));
      // Two entries of one hostname (inventory/duplicate) are one host to Citrix.
      const byHost = new Map<string, number>();
      for (const h of holding) byHost.set(h.host.hostname, (byHost.get(h.host.hostname) ?? 0) + h.installed!);
      const hosts = [...byHost].map(([hostname, count]) => `${hostname}: ${formatCount(count)}`);
      report({
        messageId: 'exceeds',
        at: largest(holding),
        entity: entityKey.product(row.product),
        subjects: [row.product, ...byHost.keys(), ...active.map((e) => e.id)],
        amount: installed - row.bought,
        data: {
          product: row.product,
          installed: formatCount(installed),
          hosts: hosts.length > 5 ? `${listWords(hosts.slice(0, 5))} and ${hosts.length - 5} more hosts` : listWords(hosts),
          purchased: formatCount(row.bought),
          which: active.length > 0 ? ` (${listWords(active.map((e) => e.id))})` : '',
          excess: formatCount(installed - row.bought),
        },
      });
    }
  },
});

/** The largest declared line of the product (the first of equals), else the host the most is installed on. */
function largest(holding: readonly HostHolding[]) {
  let line: HostHolding | undefined;
  for (const h of holding) if (h.feature && (!line || (h.feature.count as number) > (line.feature!.count as number))) line = h;
  if (line) return line.feature!.at;
  return holding.reduce((a, b) => (b.installed! > a.installed! ? b : a)).host.at;
}
