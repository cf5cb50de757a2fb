import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import { formatCount } from '../../util/format.js';
import { RETURN_STEPS } from '../support/advice.js';
import { isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';

/**
 * An allocation keeps its hostname an active license server in Citrix's eyes until it is
 * returned; a host that never reports makes the customer non-compliant (CTX477614).
 * Console Service hostnames are valid targets: the service reports by itself.
 */
export const orphanedHostname = defineRule({
  meta: {
    id: 'allocation/orphaned-hostname',
    severity: 'error',
    description: 'An allocation is bound to a hostname that is not an active license server or NetScaler Console.',
    messages: {
      ghost: '{{what}} is bound to `{{hostname}}`, which is not a license server or NetScaler Console of the inventory: Citrix counts it as a license server that never reports. If that host is gone, return the allocation {{steps}}; if it exists, add it to licenseServers',
      decommissioned: '{{what}} is bound to `{{hostname}}`, which is decommissioned: return the allocation {{steps}}',
      caseOnly: '{{what}} is bound to `{{hostname}}`, which matches `{{actual}}` only when case is ignored: license files bind the hostname case-sensitively; return the allocation {{steps}}, and allocate again to `{{actual}}` exactly',
    },
  },
  check({ inventory, index, report }) {
    for (const allocation of inventory.allocations) {
      const hostname = allocation.hostname;
      if (!hostname) continue;
      // The common case, one lookup: an active host of exactly that name.
      if (index.hostsByHostname.get(hostname)?.some(isActive)) continue;
      const lower = hostname.toLowerCase();
      const hosts = [...(index.serversByLowerHostname.get(lower) ?? []), ...(index.consolesByLowerHostname.get(lower) ?? [])];
      const active = hosts.filter(isActive);
      const product = allocation.entitlement ? index.entitlementsById.get(allocation.entitlement)?.[0]?.product : undefined;
      const what = `the allocation of ${allocation.quantity !== undefined ? formatCount(allocation.quantity) : 'the'} ${product ?? ''} licenses from \`${allocation.entitlement ?? '?'}\``.replace(/\s+/g, ' ');
      const base = { at: child(allocation.at, 'hostname'), entity: entityKey.allocation(allocation.entitlement ?? '', hostname) };
      if (active.length > 0) {
        report({ ...base, messageId: 'caseOnly', data: { what, hostname, actual: active[0]!.hostname, steps: RETURN_STEPS } });
      } else if (hosts.length > 0) {
        report({ ...base, messageId: 'decommissioned', data: { what, hostname, steps: RETURN_STEPS } });
      } else {
        report({ ...base, messageId: 'ghost', data: { what, hostname, steps: RETURN_STEPS } });
      }
    }
  },
});
