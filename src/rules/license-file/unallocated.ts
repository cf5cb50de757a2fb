import { defineRule } from '../rule.js';
import { installedFeatures } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

export const unallocated = defineRule({
  meta: {
    id: 'license-file/unallocated',
    severity: 'warning',
    description: 'A feature installed on a license server or console has no allocation of that product to that hostname.',
    messages: {
      missing: '{{product}} in {{file}} is installed on {{kind}} `{{hostname}}`, but no allocation of {{product}} to that hostname is in the inventory: add the allocation from the licensing portal to `allocations`, or remove the file',
    },
  },
  check({ inventory, index, report }) {
    for (const { kind, host, file, feature } of installedFeatures(inventory)) {
      if (index.allocatedProductsByLowerHostname.get(host.hostname.toLowerCase())?.has(feature.product)) continue;
      report({
        messageId: 'missing',
        at: feature.at,
        entity: entityKey.feature(host.hostname, file.name, feature.product),
        data: { product: feature.product, file: file.name, kind, hostname: host.hostname },
      });
    }
  },
});
