import { formatCount } from '../../util/format.js';
import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { entityKey } from '../../domain/entity.js';

/** License file paths are checked by the loader (it must not read what it refuses). */
export const reference = defineRule({
  meta: {
    id: 'inventory/reference',
    severity: 'error',
    description:
      'An allocation names an unknown entitlement, an instance an unknown console, or a license file path is missing, unreadable or outside the repository.',
    messages: {
      entitlement:
        'the allocation of {{quantity}} licenses to `{{hostname}}` names entitlement `{{id}}`, which is not in the inventory{{hint}}',
      console: 'NetScaler instance `{{name}}` names console `{{console}}`, which is not in the inventory{{hint}}',
    },
  },
  check({ inventory, index, report }) {
    const ids = [...index.entitlementsById.keys()];
    for (const allocation of inventory.allocations) {
      if (!allocation.entitlement || index.entitlementsById.has(allocation.entitlement)) continue;
      const suggestion = didYouMean(allocation.entitlement, ids);
      report({
        messageId: 'entitlement',
        at: child(allocation.at, 'entitlement'),
        entity: entityKey.allocation(allocation.entitlement, allocation.hostname ?? ''),
        data: {
          id: allocation.entitlement,
          quantity: allocation.quantity !== undefined ? formatCount(allocation.quantity) : 'an unknown number of',
          hostname: allocation.hostname ?? '?',
          hint: suggestion ? `: did you mean \`${suggestion}\`?` : ': add the entitlement, or fix the id',
        },
      });
    }
    const consoles = [...index.consolesByHostname.keys()];
    for (const instance of inventory.netscalerInstances) {
      if (!instance.console || index.consolesByLowerHostname.has(instance.console.toLowerCase())) continue;
      const suggestion = didYouMean(instance.console, consoles);
      report({
        messageId: 'console',
        at: child(instance.at, 'console'),
        entity: entityKey.instance(instance.name),
        data: {
          name: instance.name,
          console: instance.console,
          hint: suggestion ? `: did you mean \`${suggestion}\`?` : ': add the console to netscalerConsoles, or fix the hostname',
        },
      });
    }
  },
});
