import path from 'node:path';
import { defineRule } from '../rule.js';
import { entityKey } from '../../domain/entity.js';
import { shortKey } from '../../domain/host-names.js';
import { isActive } from '../../domain/scope.js';
import type { LicenseServer, NetscalerConsole } from '../../model/inventory.js';

type Host = LicenseServer | NetscalerConsole;

/** How a later entry spells the host of an earlier one: the words the message uses. */
const RELATION = {
  fqdn: 'the fully qualified name of',
  short: 'the short name of',
  sharedFqdn: 'recorded with the same `fqdn` as',
} as const;

const lower = (name: string) => name.toLowerCase();
const isFqdn = (name: string) => name.includes('.');
/** The full name of a host: its recorded `fqdn`, or its hostname when that is one. */
const fullName = (host: Host) => host.fqdn ?? (isFqdn(host.hostname) ? host.hostname : undefined);

/**
 * One host under two spellings is one host: Citrix binds licenses to the short name the
 * `hostname` command prints ("Do not enter FQDN in the hostname", CTX696555), so a short
 * name and its FQDN (or its recorded `fqdn`) name the same machine. Two full names in
 * different domains that share a first label may be two machines: not reported.
 */
function sameHostAs(later: Host, earlier: Host): 'case' | keyof typeof RELATION | undefined {
  if (lower(later.hostname) === lower(earlier.hostname)) return 'case';
  const a = fullName(later);
  const b = fullName(earlier);
  if (a && b) {
    if (lower(a) !== lower(b)) return undefined;
    if (isFqdn(later.hostname) && !isFqdn(earlier.hostname)) return 'fqdn';
    if (!isFqdn(later.hostname) && isFqdn(earlier.hostname)) return 'short';
    return 'sharedFqdn';
  }
  if (shortKey(later.hostname) !== shortKey(earlier.hostname)) return undefined;
  return isFqdn(later.hostname) ? 'fqdn' : 'short';
}

export const duplicate = defineRule({
  meta: {
    id: 'inventory/duplicate',
    severity: 'error',
    advice: { host: ['fix-input'], spelling: ['fix-input'], entitlement: ['fix-input'] },
    // Two readable entries of one host (or one id) are a duplicate whatever else the lists
    // hold: entries that could not be read add duplicates, or an earlier first entry, and never
    // undo this one; entries in doubt are left out and the rest judged again.
    reads: { licenseServers: 'adds', netscalerConsoles: 'adds', entitlements: 'adds' },
    identityOnly: true,
    description:
      'Two license servers or two consoles name one host (the same hostname ignoring case, or a short name and its FQDN), or two entitlements share an id.',
    messages: {
      host: '{{kind}} `{{hostname}}` is listed again (first at {{first}}): hostnames are compared ignoring case; merge the two entries',
      spelling:
        '{{kind}} `{{hostname}}` is {{relation}} {{kind}} `{{other}}` (first at {{first}}): one host listed twice under two spellings. Merge the two entries into one, with `hostname:` exactly as the `hostname` command prints it on the host (Citrix binds licenses to that short name, CTX696555) and the full name as `fqdn:`',
      entitlement: 'entitlement id `{{id}}` is used again (first at {{first}}): give each entitlement its own id',
    },
    docs: {
      why: `Hostnames are compared ignoring case, as DNS does; two entries for one host make every
per-host check ambiguous (which telemetry date is true?). A short name and its FQDN are
one host too: Citrix binds licenses to the short name the \`hostname\` command prints
("Note: Do not enter FQDN in the hostname", CTX696555), so \`ctxls01\` and
\`ctxls01.corp.example\`, or two entries recording the same \`fqdn\`, are reported with the
two spellings named. Two full names in different domains that share a first label
(\`ctxls01.a.example\`, \`ctxls01.b.example\`) may be two machines and are not reported, nor
is a decommissioned host next to an active one under another spelling (a machine and its
replacement). Entitlement ids are how
allocations refer to purchases, so a repeated id makes those references ambiguous, and
its quantity would be counted twice. Only the first entry of a repeated id is used by the
count rules.`,
      fix: `Merge the two entries into one, or give the second its own id or its real hostname. For
two spellings of one host, keep one entry with \`hostname:\` exactly as \`hostname\` prints it
on the host and the full name as \`fqdn:\`.
The message names where the first entry is, which may be in another file of the folder.`,
    },
  },
  check({ inventory, index, report }) {
    // The first entry's file as a reader follows it from the file the finding is in (two
    // folders of one inventory may hold files of one name).
    const place = (at: { file: string; path: readonly (string | number)[] }, from: string) =>
      `${at.path[0]}[${at.path[1]}] of ${path.relative(path.dirname(from), at.file).split(path.sep).join('/')}`;
    const lists = [
      { kind: 'license server', hosts: inventory.licenseServers as Host[], key: entityKey.server },
      { kind: 'NetScaler Console', hosts: inventory.netscalerConsoles as Host[], key: entityKey.console },
    ];
    for (const { kind, hosts, key } of lists) {
      // Spellings of one host share their first label; an `fqdn` can join two others.
      const seen = new Map<string, Host[]>();
      const order = new Map(hosts.map((h, i) => [h, i]));
      for (const host of hosts) {
        const candidates = new Set([
          ...(seen.get(shortKey(host.hostname)) ?? []),
          ...(host.fqdn ? (seen.get(shortKey(host.fqdn)) ?? []) : []),
        ]);
        const earlier = [...candidates].sort((a, b) => order.get(a)! - order.get(b)!);
        for (const other of earlier) {
          const relation = sameHostAs(host, other);
          if (!relation) continue;
          // A decommissioned host and an active one under another spelling may be a machine and its replacement.
          if (relation !== 'case' && !(isActive(host) && isActive(other))) continue;
          const at = { ...host.at, path: [...host.at.path, 'hostname'] };
          const entity = key(host.hostname);
          if (relation === 'case')
            report({
              messageId: 'host',
              at,
              entity,
              subjects: [host.hostname, other.hostname],
              data: { kind, hostname: host.hostname, first: place(other.at, host.at.file) },
            });
          else
            report({
              messageId: 'spelling',
              at,
              entity,
              subjects: [host.hostname, other.hostname],
              data: {
                kind,
                hostname: host.hostname,
                relation: RELATION[relation],
                other: other.hostname,
                first: place(other.at, host.at.file),
              },
            });
          break;
        }
        for (const k of new Set([shortKey(host.hostname), ...(host.fqdn ? [shortKey(host.fqdn)] : [])])) {
          const group = seen.get(k);
          if (group) group.push(host);
          else seen.set(k, [host]);
        }
      }
    }
    for (const [id, entitlements] of index.entitlementsById) {
      for (const entitlement of entitlements.slice(1)) {
        report({
          messageId: 'entitlement',
          at: { ...entitlement.at, path: [...entitlement.at.path, 'id'] },
          entity: entityKey.entitlement(id),
          subjects: [id],
          data: { id, first: place(entitlements[0]!.at, entitlement.at.file) },
        });
      }
    }
  },
});
