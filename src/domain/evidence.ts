/**
 * Collected evidence and the inventory's hosts: which folder is whose, and whether it is
 * current. A folder's name is matched as Citrix spells hosts (domain/host-names.ts): the
 * same name in any case, or a short name and the FQDN it begins.
 */
import path from 'node:path';
import type { Policy } from '../data/policy.js';
import { dayOf, type CollectedFile, type HostEvidence } from '../model/evidence.js';
import type { Inventory, IsoDate, LicenseServer, NetscalerConsole, NetscalerInstance } from '../model/inventory.js';
import { daysBetween } from '../util/dates.js';
import { spellingOf } from './host-names.js';

export type EvidenceOwner =
  | { kind: 'license server'; host: LicenseServer }
  | { kind: 'NetScaler Console'; host: NetscalerConsole }
  | { kind: 'NetScaler instance'; host: NetscalerInstance };

const names = (folderHost: string, host: { hostname: string; fqdn?: string }) =>
  folderHost === host.hostname || spellingOf(folderHost, host) !== undefined;

/** The inventory host a `collected/<host>/` folder is about, if the inventory lists it. */
export function ownerOf(inventory: Inventory, evidence: HostEvidence): EvidenceOwner | undefined {
  const instance = inventory.netscalerInstances.find((i) => names(evidence.host, { hostname: i.name }));
  if (instance && evidence.family === 'netscaler-instance') return { kind: 'NetScaler instance', host: instance };
  const server = inventory.licenseServers.find((s) => names(evidence.host, s));
  if (server) return { kind: 'license server', host: server };
  const console = inventory.netscalerConsoles.find((c) => names(evidence.host, c));
  if (console) return { kind: 'NetScaler Console', host: console };
  return instance ? { kind: 'NetScaler instance', host: instance } : undefined;
}

/** Evidence per owning host, built once per model: rules ask per host, and hosts are many. */
const byOwner = new WeakMap<Inventory, Map<object, HostEvidence[]>>();

/** The evidence folders about a license server or console (`hostname`/`fqdn`) or an instance (`name`). */
export function evidenceOf(inventory: Inventory, host: LicenseServer | NetscalerConsole | NetscalerInstance): HostEvidence[] {
  let owners = byOwner.get(inventory);
  if (!owners) {
    owners = new Map();
    for (const evidence of inventory.evidence ?? []) {
      const owner = ownerOf(inventory, evidence)?.host;
      if (owner) owners.set(owner, [...(owners.get(owner) ?? []), evidence]);
    }
    byOwner.set(inventory, owners);
  }
  return owners.get(host) ?? [];
}

/** Days between the newest collected file and `asOf`; undefined when no file is dated. */
export function evidenceAge(evidence: HostEvidence, asOf: IsoDate): number | undefined {
  const at = evidence.newest?.collectedAt;
  return at === undefined ? undefined : daysBetween(dayOf(at), asOf);
}

/**
 * Evidence the rules may judge by: dated, and no older than the configured age. Stale
 * evidence says only that the collector stopped (collected/stale), nothing about the host now.
 */
export function isCurrent(evidence: HostEvidence, asOf: IsoDate, policy: Policy): boolean {
  const age = evidenceAge(evidence, asOf);
  return age !== undefined && age <= policy.collectedMaxAgeDays;
}

/** The current evidence about a host, newest first. */
export function currentEvidenceOf(
  inventory: Inventory,
  host: LicenseServer | NetscalerConsole | NetscalerInstance,
  asOf: IsoDate,
  policy: Policy,
): HostEvidence[] {
  return evidenceOf(inventory, host)
    .filter((e) => isCurrent(e, asOf, policy))
    .sort((a, b) => (b.newest?.collectedAt ?? '').localeCompare(a.newest?.collectedAt ?? ''));
}

/** Evidence from an export of every pool of the server, not only the license files someone committed. */
export function listsEveryPool(evidence: HostEvidence | undefined): boolean {
  return evidence?.licenses?.files.some((file) => file.format !== 'license-file') ?? false;
}

/**
 * Evidence a license server's installed pools are read from: its exports agree it is a license
 * server, or the pools come from an export of every pool (which only a license server writes),
 * whatever else lies beside it: a NetScaler file in the folder must not make them unread.
 */
export function showsServerPools(evidence: HostEvidence): boolean {
  return evidence.licenses !== undefined && (evidence.family === 'license-server' || listsEveryPool(evidence));
}

/** How a collected file's time is known, in words for messages. */
export function collectedHow(from: string | undefined): string {
  if (from === 'export') return 'as the export states';
  if (from === 'commit') return 'by the commit that last changed it';
  if (from === 'file') return "by the file's modification time";
  return 'at an unknown time';
}

/** A collected file as messages show it: from the collected folder on (`collected/ctxls01/info.json`). */
export function shownPath(evidence: HostEvidence, file: string): string {
  return path
    .relative(path.dirname(path.dirname(evidence.folder)), file)
    .split(path.sep)
    .join('/');
}

/** `2026-11-20 (as the export states)`: a file's collection time and how it is known. */
export function collectedWhen(file: CollectedFile): string {
  return `${file.collectedAt ? dayOf(file.collectedAt) : 'on an unknown day'} (${collectedHow(file.collectedFrom)})`;
}
