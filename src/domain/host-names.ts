/**
 * How Citrix names the host a license is bound to.
 *
 * - License Server files and allocations bind to the short name the `hostname` command
 *   prints, case-sensitively: "Do not enter FQDN in the hostname" (CTX696555); "The License
 *   Server hostname is case-sensitive" (docs.citrix.com/en-us/licensing/11-17-2-35000/obtain-license-file.html).
 * - NetScaler licenses bind to a host ID, the appliance's or Console's MAC address, 12 hex
 *   digits (FlexNet Ethernet host ID), or to the literal `ANY` (docs.netscaler.com
 *   …/license-server/license-management: "Download this file using your NetScaler Console host ID";
 *   Licensing FAQ: "The Host ID is the license server host name, MAC address, or other binding ID").
 */

const HOST_ID = /^[0-9a-f]{12}$/i;

/** A MAC-shaped host ID as Citrix shows it: 12 hex digits, no separators. */
export function isHostId(value: string): boolean {
  return HOST_ID.test(value);
}

/** FlexNet's `ANY`: the license runs on any host, so it binds to none in particular. */
export function isAnyHost(value: string): boolean {
  return value.toUpperCase() === 'ANY';
}

/** The first DNS label, lower-cased: what two spellings of one host share. */
export function shortKey(name: string): string {
  // indexOf rather than split: called per allocation, and split makes an array of every label.
  const dot = name.indexOf('.');
  return (dot === -1 ? name : name.slice(0, dot)).toLowerCase();
}

/**
 * How `bound` (an allocation or a file's HOSTNAME=) spells a host recorded as `hostname`
 * (and optionally `fqdn`), when it is not exactly `hostname`:
 * - `case`: the same name in other letter case;
 * - `fqdn`: the fully qualified name of a host recorded by its short name (or its `fqdn`);
 * - `short`: the short name of a host the inventory records by its FQDN;
 * - undefined: another host.
 */
export type Spelling = 'case' | 'fqdn' | 'short';

export function spellingOf(bound: string, host: { hostname: string; fqdn?: string }): Spelling | undefined {
  const lower = bound.toLowerCase();
  if (lower === host.hostname.toLowerCase()) return 'case';
  if (host.fqdn && lower === host.fqdn.toLowerCase()) return 'fqdn';
  if (shortKey(bound) !== shortKey(host.hostname)) return undefined;
  const boundIsFqdn = bound.includes('.');
  const hostIsFqdn = host.hostname.includes('.');
  if (boundIsFqdn && !hostIsFqdn) return 'fqdn';
  if (!boundIsFqdn && hostIsFqdn) return 'short';
  // Two FQDNs in different domains may be two machines: not a spelling of one.
  return undefined;
}
