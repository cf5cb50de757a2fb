import { defineRule } from '../../engine/rule.js';
import type { Feature } from '../../model/inventory.js';
import { formatCount, listWords } from '../../util/format.js';
import { countedFiles, holders, isActive, isEntitlementActive } from '../support/scope.js';

interface Installed {
  total: number;
  byHost: Map<string, number>;
  /** Where to point: the largest installed line of the product. */
  largest: Feature;
}

export const installedExceedsPurchased = defineRule({
  meta: {
    id: 'licenses/installed-exceeds-purchased',
    severity: 'error',
    description: 'For a product, the counts installed on active hosts exceed the quantity of its active entitlements.',
    messages: {
      exceeds: '{{product}}: {{installed}} licenses installed ({{hosts}}) but {{purchased}} purchased in active entitlements{{which}}: remove {{excess}} installed licenses, or buy more',
    },
  },
  check({ inventory, index, asOf, report }) {
    const installed = new Map<string, Installed>();
    for (const { host } of holders(inventory)) {
      if (!isActive(host)) continue;
      for (const file of countedFiles(host)) {
        for (const feature of file.features) {
          // Expired lines grant nothing (license-file/expired reports them); uncounted has no number.
          if (typeof feature.count !== 'number' || (feature.expires !== 'permanent' && feature.expires !== undefined && feature.expires < asOf)) continue;
          let entry = installed.get(feature.product);
          if (!entry) installed.set(feature.product, (entry = { total: 0, byHost: new Map(), largest: feature }));
          entry.total += feature.count;
          entry.byHost.set(host.hostname, (entry.byHost.get(host.hostname) ?? 0) + feature.count);
          if (feature.count > (typeof entry.largest.count === 'number' ? entry.largest.count : 0)) entry.largest = feature;
        }
      }
    }
    for (const [product, entry] of installed) {
      const active = (index.entitlementsByProduct.get(product) ?? []).filter((e) => isEntitlementActive(e, asOf));
      const purchased = active.reduce((sum, e) => sum + (e.quantity ?? 0), 0);
      if (entry.total <= purchased) continue;
      const hosts = [...entry.byHost].map(([hostname, count]) => `${hostname}: ${formatCount(count)}`);
      report({
        messageId: 'exceeds',
        at: entry.largest.at,
        entity: `product:${product}`,
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
