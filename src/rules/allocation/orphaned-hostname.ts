import { defineRule } from '../rule.js';
import { child } from '../../model/location.js';
import type { LicenseServer, NetscalerConsole } from '../../model/inventory.js';
import { isAnyHost, isHostId, spellingOf, shortKey, type Spelling } from '../../domain/host-names.js';
import { formatCount } from '../../util/format.js';
import { RETURN_STEPS } from '../support/advice.js';
import { isActive } from '../../domain/scope.js';
import { entityKey } from '../../domain/entity.js';
import { isPlaceholder } from '../../domain/placeholders.js';

type Host = LicenseServer | NetscalerConsole;

/**
 * An allocation to a hostname keeps that name an active license server in Citrix's eyes
 * until it is returned ("Partners need to return unused license allocations", CTX223067;
 * the Licensing FAQ: return licenses when decommissioning a License Server). Returning an
 * allocation unlicenses what it is bound to, so the rule tells the admin to return only
 * what the inventory says is gone, and otherwise says what it sees and what to check:
 * - NetScaler licenses bind to a host ID (MAC) or `ANY`, not to a license server: an
 *   allocation to a listed instance's or console's host ID, or to `ANY`, is valid;
 * - Citrix binds to the short name `hostname` prints ("Do not enter FQDN in the hostname",
 *   CTX696555), case-sensitively ("The License Server hostname is case-sensitive",
 *   docs.citrix.com/en-us/licensing/11-17-2-35000/obtain-license-file.html, not CTX477614):
 *   another spelling of a listed host is that host.
 * Console Service hostnames are valid targets: the service reports by itself.
 */
export const orphanedHostname = defineRule({
  meta: {
    id: 'allocation/orphaned-hostname',
    severity: 'error',
    advice: {
      ghost: ['return', 'fix-input'],
      decommissioned: ['return'],
      unknownHostId: ['check', 'fix-input'],
      caseOnly: ['check', 'fix-input', 'reallocate'],
      fqdn: ['check', 'reallocate'],
      short: ['fix-input'],
    },
    // A host listed in an entry that could not be read is no ghost: any host list may undo it.
    reads: { licenseServers: 'any', netscalerConsoles: 'any', netscalerInstances: 'any', entitlements: 'any' },
    description:
      'An allocation is bound to a hostname or host ID that is not an active license server, NetScaler Console or NetScaler instance of the inventory.',
    messages: {
      ghost:
        'the allocation of {{quantity}}{{product}} licenses from `{{entitlement}}` is bound to `{{hostname}}`, which is not a license server or NetScaler Console of the inventory: Citrix counts it as a license server that never reports. If that host is gone, return the allocation {{steps}}; if it exists, add it to licenseServers',
      decommissioned:
        'the allocation of {{quantity}}{{product}} licenses from `{{entitlement}}` is bound to `{{hostname}}`, which is decommissioned: return the allocation {{steps}}',
      unknownHostId:
        "the allocation of {{quantity}}{{product}} licenses from `{{entitlement}}` is bound to host ID `{{hostname}}`, which no NetScaler instance or console of the inventory has: NetScaler licenses are allocated to an appliance's host ID (its MAC address), so this is most likely an appliance the inventory does not list, not a license server. Find the appliance with that host ID (the SERVER line of its license file names it) and add it with `hostId: {{hostname}}` to netscalerInstances or netscalerConsoles; do not return the allocation before you know no appliance uses it",
      caseOnly:
        "the allocation of {{quantity}}{{product}} licenses from `{{entitlement}}` is bound to `{{hostname}}`, which differs from {{kind}} `{{actual}}` only in letter case: Citrix binds licenses case-sensitively to the name the `hostname` command prints on the host. Run `hostname` there: if it prints `{{hostname}}`, correct the inventory's hostname; if it prints `{{actual}}`, move the allocation to `{{actual}}` in the licensing portal",
      fqdn: 'the allocation of {{quantity}}{{product}} licenses from `{{entitlement}}` is bound to `{{hostname}}`, the fully qualified name of {{kind}} `{{actual}}`: Citrix binds licenses to the short name the `hostname` command prints ("Do not enter FQDN in the hostname", CTX696555). Check on the host that these licenses are in use; if they are not, allocate them to the name `hostname` prints there. The host exists: do not return the allocation as a ghost',
      short:
        'the allocation of {{quantity}}{{product}} licenses from `{{entitlement}}` is bound to `{{hostname}}`, the short name of {{kind}} `{{actual}}`, which is how Citrix binds licenses (the output of the `hostname` command, CTX696555): record the host as `hostname: {{hostname}}` exactly as `hostname` prints it, and its full name as `fqdn: {{actual}}`',
    },
    docs: {
      why: `An allocation in the licensing portal binds licenses to a host ID, and for a License
Server that host ID is its hostname. Citrix builds its list of license servers from the
allocations in its back office ("The service displays a list of active license servers
using the license allocation data stored in the Citrix back office", License Usage
Insights docs; "Partners need to return unused license allocations", CTX223067), so a
server that was decommissioned or renamed without returning its allocations is a *ghost*:
it never sends telemetry. That the account then shows as non-compliant is the reading of
the blog post this project started from, not a Citrix quote; the Citrix sources above are
written for CSP partners and License Usage Insights. The Licensing FAQ
(docs.citrix.com/en-us/licensing/current-release/frequently-asked-questions.html) gives
decommissioning a License Server as an example of when to return a license.

Returning an allocation unlicenses whatever it is bound to, so the rule says to return
only what the inventory says is gone. Otherwise it says what it sees and what to check:

- **Host IDs and \`ANY\`.** NetScaler licenses are allocated to an appliance's host ID, its
  MAC address (12 hex digits), and Flexed and pooled files to the NetScaler Console's host
  ID ("Download this file using your NetScaler Console host ID", NetScaler license
  management docs); some are allocated to \`ANY\`. An allocation to the \`hostId\` of a listed
  instance or console, or to \`ANY\`, is valid. One to a host ID the inventory does not know
  is most likely an appliance missing from the inventory, not a license server: it is a
  warning that says how to find it, never the ghost advice.
- **Other spellings.** Citrix binds licenses to the short name the \`hostname\` command
  prints ("Do not enter FQDN in the hostname", CTX696555), case-sensitively ("The License
  Server hostname is case-sensitive", docs.citrix.com, licensing 11.17.2 build 35000,
  *Obtain your license file*; not CTX477614, which earlier versions of this page cited). An
  allocation to the FQDN of a listed host, or to its short name when the inventory
  records the FQDN, is a *warning* that names the host; one that differs only in letter
  case is an error that says how to tell which spelling is right. Neither is a ghost.
- NetScaler Console Service hostnames are valid targets (the service reports by itself).`,
      fix: `- **Decommissioned or unknown hostname.** If the host is gone, return the allocation in
  the licensing portal: **Manage Licenses**, select the allocation, **Return
  allocations**, then remove it from \`allocations\`. If the licenses are still needed,
  allocate them again to the active server's name exactly as \`hostname\` prints it, and
  install the new license file there (or activate it with the License Activation
  Service). If the host exists but is missing from the inventory, add it to
  \`licenseServers\`.
- **Unknown host ID.** Find the appliance with that host ID (the \`SERVER\` line of its
  license file names it) and add it to \`netscalerInstances\` or \`netscalerConsoles\` with
  \`hostId:\`. Return the allocation only once you know no appliance uses it.
- **Another spelling.** Run \`hostname\` on the host. Record what it prints as \`hostname\`
  and the full name as \`fqdn\`. If the allocation uses another spelling and the host's
  licenses are not in use, move the allocation to the printed name.`,
    },
  },
  check({ inventory, index, report }) {
    for (const allocation of inventory.allocations) {
      const hostname = allocation.hostname;
      if (!hostname) continue;
      // The common case, one lookup: an active host of exactly that name.
      if (index.hostsByHostname.get(hostname)?.some(isActive)) continue;
      if (isAnyHost(hostname)) continue;
      // A placeholder (REPLACE-hostname) binds nothing the portal knows: inventory/placeholder
      // asks for the real name; advice to return "the allocation" would be built on no value.
      if (isPlaceholder(hostname)) continue;
      const product = allocation.entitlement ? index.entitlementsById.get(allocation.entitlement)?.[0]?.product : undefined;
      // The product reads as a word of its own, and is left out when unknown.
      const what = {
        quantity: allocation.quantity !== undefined ? formatCount(allocation.quantity) : 'the',
        product: product ? ` ${product}` : '',
        entitlement: allocation.entitlement ?? '?',
      };
      const base = {
        at: child(allocation.at, 'hostname'),
        entity: entityKey.allocation(allocation.entitlement ?? '', hostname),
        subjects: [hostname, ...(allocation.entitlement ? [allocation.entitlement] : [])],
      };

      if (isHostId(hostname)) {
        const key = hostname.toLowerCase();
        const consoles = index.consolesByHostId.get(key) ?? [];
        if ((index.instancesByHostId.get(key)?.length ?? 0) > 0 || consoles.some(isActive)) continue;
        // Unless a host of the inventory is literally named so, a MAC-shaped value is an appliance's host ID.
        if (!index.hostsByShortKey.has(shortKey(hostname))) {
          if (consoles.length > 0) report({ ...base, messageId: 'decommissioned', data: { ...what, hostname, steps: RETURN_STEPS } });
          // Citrix counts a hostname allocation as a license server; nothing says it does so for a host ID: warn.
          else report({ ...base, messageId: 'unknownHostId', severity: 'warning', data: { ...what, hostname } });
          continue;
        }
      }

      const matches = (index.hostsByShortKey.get(shortKey(hostname)) ?? [])
        .map((host) => ({ host, spelling: spellingOf(hostname, host) }))
        .filter((m): m is { host: Host; spelling: Spelling } => m.spelling !== undefined);
      const active = matches.filter((m) => isActive(m.host)).sort((a, b) => RANK[a.spelling] - RANK[b.spelling]);
      const best = active[0];
      if (best) {
        const kind = inventory.licenseServers.includes(best.host as LicenseServer) ? 'license server' : 'NetScaler Console';
        report({
          ...base,
          messageId: best.spelling === 'case' ? 'caseOnly' : best.spelling,
          // The host exists: a spelling that is not Citrix's convention may still work, so it is only a warning.
          severity: best.spelling === 'case' ? undefined : 'warning',
          data: { ...what, hostname, kind, actual: best.host.hostname },
        });
      } else if (matches.length > 0) {
        report({ ...base, messageId: 'decommissioned', data: { ...what, hostname, steps: RETURN_STEPS } });
      } else {
        report({ ...base, messageId: 'ghost', data: { ...what, hostname, steps: RETURN_STEPS } });
      }
    }
  },
});

const RANK: Record<Spelling, number> = { case: 0, fqdn: 1, short: 2 };
