import { defineRule } from '../rule.js';
import { shortKey } from '../../domain/host-names.js';
import { countedFiles, holders, isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

export const unallocated = defineRule({
  meta: {
    id: 'license-file/unallocated',
    severity: 'warning',
    advice: { missing: ['fix-input', 'remove'] },
    // An allocation that could not be read may be the one that covers the feature.
    reads: { allocations: 'any', entitlements: 'any' },
    description: 'A feature installed on a license server or console has no allocation of that product to that hostname.',
    messages: {
      missing:
        '{{product}} in {{file}} is installed on {{kind}} `{{hostname}}`, but no allocation of {{product}} to that hostname is in the inventory: add the allocation from the licensing portal to `allocations`, or remove the file',
    },
    docs: {
      why: `Every license file comes from a portal allocation of its product to the host's name. A
feature installed where the inventory records no such allocation means the allocation
list is incomplete, or the file was copied from another server, which then counts the
same licenses twice. An allocation counts under any spelling of the host: its hostname
or \`fqdn\` in any letter case, its short name, and for a NetScaler Console its \`hostId\`
(console files are allocated to the console's host ID). Whether that spelling is right is
\`allocation/orphaned-hostname\`'s business: removing a file whose allocation exists under
another spelling would unlicense the host.`,
      fix: `Add the allocation as the licensing portal shows it to \`allocations\`, or remove the file
from the server if it does not belong there.`,
    },
  },
  check({ inventory, index, report }) {
    for (const { kind, host } of holders(inventory)) {
      if (!isActive(host)) continue;
      // An allocation counts under any spelling of the host (short name, FQDN, case) or its
      // host ID: another rule says when the spelling is wrong; removing the file would be.
      const names = [host.hostname, host.fqdn, 'hostId' in host ? host.hostId : undefined].filter((k): k is string => k !== undefined);
      const keys = names.map((k) => k.toLowerCase());
      const allocated = [
        ...keys.map((k) => index.allocatedProductsByLowerHostname.get(k)),
        index.allocatedProductsByShortKey.get(shortKey(host.hostname)),
      ];
      for (const file of countedFiles(host)) {
        for (const feature of file.features) {
          if (allocated.some((products) => products?.has(feature.product))) continue;
          report({
            messageId: 'missing',
            at: feature.at,
            entity: entityKey.feature(host.hostname, file.name, feature.product),
            // Every name an allocation may bind the host by: one of them in doubt may be the allocation.
            subjects: [...names, file.name, feature.product],
            data: { product: feature.product, file: file.name, kind, hostname: host.hostname },
          });
        }
      }
    }
  },
});
