/**
 * Exports per file → observations per host. An export that does not name its host
 * (Get-LicInventory, WMI, lmstat -i, NITRO) belongs to the `--host` given, else to the one
 * host of its family that the other exports of the run name; anything else is refused
 * rather than guessed.
 */
import { ExportError } from '../exports/export-error.js';
import { matchHost } from '../exports/host-names.js';
import type {
  ExportObservations,
  HostFamily,
  Observations,
  ObservedLicenseServer,
  ObservedNetscalerInstance,
} from '../exports/observations.js';

export interface ReadExport {
  file: string;
  observations: ExportObservations;
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
    const seen = distinct.length > 1 ? ` (this run names ${distinct.join(', ')})` : '';
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
  const servers = new Map<string, ObservedLicenseServer>();
  const instances = new Map<string, ObservedNetscalerInstance>();
  for (const entry of exports) {
    const { observations } = entry;
    const name = canonicalOf(hostOf(entry));
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
          `${entry.file}: ${name} runs ${observations.licenseServerVersion} here but ${server.version} in ${server.versionFrom}: import exports taken at one time`,
        );
      }
      server.version = observations.licenseServerVersion;
      server.versionFrom = entry.file;
    }
    if (observations.collectedAt && (!server.collectedAt || observations.collectedAt > server.collectedAt))
      server.collectedAt = observations.collectedAt;
    for (const pool of observations.systemPools) if (!server.systemPools.includes(pool)) server.systemPools.push(pool);
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
  return { licenseServers: [...servers.values()], netscalerInstances: [...instances.values()] };
}
