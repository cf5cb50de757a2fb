/**
 * Exports per file → observations per host. An export that does not name its host
 * (Get-LicInventory, WMI, lmstat -i, NITRO) belongs to the `--host` given, else to the one
 * host of its family that the other exports of the run name; anything else is refused
 * rather than guessed. Exports of one kind from one host are one observation: the newest
 * (by its own time, else its file's), the others noted; two copies of one license file are one.
 */
import { ExportError } from '../exports/export-error.js';
import { clipped } from '../exports/fields.js';
import { matchHost } from '../exports/host-names.js';
import type {
  ExportObservations,
  HostFamily,
  Observations,
  ObservedLicenseServer,
  ObservedNetscalerInstance,
  ObservedUpload,
} from '../exports/observations.js';

export interface ReadExport {
  file: string;
  observations: ExportObservations;
  /** The file's modification time (ms): which of two exports of one kind is newer when neither states its time. */
  modifiedMs?: number;
}

export class HostUnknownError extends ExportError {}

export function combineExports(exports: readonly ReadExport[], host?: string): Observations {
  const named = (family: HostFamily) => [
    ...new Set(exports.filter((e) => e.observations.family === family && e.observations.host).map((e) => e.observations.host!)),
  ];
  const hostOf = (entry: ReadExport): string => {
    if (entry.observations.host) return entry.observations.host;
    if (host) return host;
    const candidates = named(entry.observations.family);
    const distinct: string[] = [];
    for (const candidate of candidates) if (!matchHost(candidate, distinct)) distinct.push(candidate);
    if (distinct.length === 1) return distinct[0]!;
    const what = entry.observations.family === 'license-server' ? 'license server' : 'NetScaler instance';
    const seen = distinct.length > 1 ? ` (this run names ${distinct.map(clipped).join(', ')})` : '';
    throw new HostUnknownError(
      `${entry.file}: ${entry.observations.format} output does not say which ${what} it comes from${seen}: pass --host NAME, and import each host's exports in its own run`,
    );
  };
  // Prefer the spelling a license file binds (case-sensitive for FlexNet), then the fullest name.
  const stated = exports
    .filter((e) => e.observations.host)
    .sort(
      (a, b) =>
        Number(b.observations.format === 'license-file') - Number(a.observations.format === 'license-file') ||
        b.observations.host!.length - a.observations.host!.length,
    )
    .map((e) => e.observations.host!);
  const canonical: string[] = [];
  for (const name of stated) if (!matchHost(name, canonical)) canonical.push(name);
  const canonicalOf = (name: string) => matchHost(name, canonical) ?? name;
  const owner = new Map(exports.map((entry) => [entry, canonicalOf(hostOf(entry))]));
  const { used, notUsed } = newestPerKind(exports, (entry) => owner.get(entry)!);
  const servers = new Map<string, ObservedLicenseServer>();
  const instances = new Map<string, ObservedNetscalerInstance>();
  const uploads: { owner: string; upload: ObservedUpload & { file: string } }[] = [];
  for (const entry of used) {
    const { observations } = entry;
    const name = owner.get(entry)!;
    if (observations.family === 'netscaler-instance') {
      const instance: ObservedNetscalerInstance = instances.get(name) ?? { name, files: [], licenses: [] };
      instances.set(name, instance);
      instance.files.push(entry.file);
      instance.licenses.push(...observations.licenses);
      const { capacity, ...rest } = observations.netscaler ?? {};
      Object.assign(instance, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
      if (capacity) instance.capacity = capacity;
      continue;
    }
    const server = servers.get(name) ?? { hostname: name, sources: [], systemPools: [] };
    servers.set(name, server);
    if (observations.licenseServerVersion) {
      if (server.version && server.version !== observations.licenseServerVersion) {
        throw new ExportError(
          `${entry.file}: ${clipped(name)} runs ${observations.licenseServerVersion} here but ${server.version} in ${server.versionFrom}: import exports taken at one time`,
        );
      }
      server.version = observations.licenseServerVersion;
      server.versionFrom = entry.file;
    }
    if (observations.collectedAt && (!server.collectedAt || observations.collectedAt > server.collectedAt))
      server.collectedAt = observations.collectedAt;
    for (const pool of observations.systemPools) if (!server.systemPools.includes(pool)) server.systemPools.push(pool);
    for (const upload of observations.uploads ?? [])
      uploads.push({ owner: upload.host ? canonicalOf(upload.host) : name, upload: { ...upload, file: entry.file } });
    if (observations.usage) (server.usage ??= []).push({ file: entry.file, products: observations.usage });
    if (observations.licenses.length > 0 || observations.licenseFile) {
      server.sources.push({
        format: observations.format,
        file: entry.file,
        licenses: observations.licenses,
        licenseFile: observations.licenseFile,
        collectedAt: observations.collectedAt,
      });
    }
  }
  for (const { entry, newer } of notUsed) {
    const server = servers.get(owner.get(entry)!);
    if (server) (server.notUsed ??= []).push({ file: entry.file, format: entry.observations.format, newer: newer.file });
  }
  for (const { owner: name, upload } of uploads) {
    const server = servers.get(matchHost(name, [...servers.keys()]) ?? name);
    if (server && newerUpload(upload, server.upload)) server.upload = upload;
  }
  for (const [name, server] of servers) Object.assign(server, namesOf(name, exports, canonicalOf));
  return { licenseServers: [...servers.values()], netscalerInstances: [...instances.values()] };
}

/**
 * The exports that count: per host and kind the newest, by the time the export states, else
 * its file's modification time (ties: the first named). Two license files are two
 * observations, unless they hold the same lines (one file saved twice).
 */
function newestPerKind(
  exports: readonly ReadExport[],
  ownerOf: (entry: ReadExport) => string,
): { used: ReadExport[]; notUsed: { entry: ReadExport; newer: ReadExport }[] } {
  const groups = new Map<string, ReadExport[]>();
  for (const entry of exports) {
    const { observations } = entry;
    const kind =
      observations.format === 'license-file'
        ? `license-file\0${JSON.stringify([observations.licenseFile?.hostname, observations.licenseFile?.hostId, observations.licenses])}`
        : observations.format;
    const key = `${ownerOf(entry).toLowerCase()}\0${kind}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const notUsed: { entry: ReadExport; newer: ReadExport }[] = [];
  const dropped = new Set<ReadExport>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const newest = group.reduce((best, entry) => (timeOf(entry) > timeOf(best) ? entry : best));
    for (const entry of group) {
      if (entry === newest) continue;
      dropped.add(entry);
      notUsed.push({ entry, newer: newest });
    }
  }
  return { used: exports.filter((entry) => !dropped.has(entry)), notUsed };
}

function timeOf(entry: ReadExport): number {
  const stated = entry.observations.collectedAt === undefined ? Number.NaN : Date.parse(entry.observations.collectedAt);
  return Number.isNaN(stated) ? (entry.modifiedMs ?? Number.NEGATIVE_INFINITY) : stated;
}

/** A dated upload over an undated statement, then the later one. */
function newerUpload(candidate: ObservedUpload, current: ObservedUpload | undefined): boolean {
  if (!current) return candidate.at !== undefined || candidate.everReported === false;
  if (candidate.at === undefined) return false;
  return current.at === undefined || candidate.at > current.at;
}

/**
 * `hostname` is the short name, as Citrix binds licenses to it ("Do not enter FQDN in the
 * hostname", CTX696555), spelt as a license file binds it when one does (FlexNet compares
 * case-sensitively); the full name, when an export gives one, is `fqdn`.
 */
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

function namesOf(
  name: string,
  exports: readonly ReadExport[],
  canonicalOf: (name: string) => string,
): Pick<ObservedLicenseServer, 'hostname' | 'fqdn'> {
  const spellings = exports.filter((e) => e.observations.host && canonicalOf(e.observations.host) === name);
  const bound = spellings.find((e) => e.observations.format === 'license-file')?.observations.host;
  // An IPv4 address has dots but no labels: its first number is no short name.
  const fqdn = [name, ...spellings.map((e) => e.observations.host!)]
    .filter((n) => n.includes('.') && !IPV4.test(n))
    .sort((a, b) => b.length - a.length)[0];
  const written = bound ?? name;
  const hostname = IPV4.test(written) ? written : written.split('.')[0]!;
  return fqdn && fqdn !== hostname ? { hostname, fqdn } : { hostname };
}
