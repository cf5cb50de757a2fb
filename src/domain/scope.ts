import type { Entitlement, Feature, IsoDate, LicenseFile, LicenseServer, NetscalerConsole } from '../model/inventory.js';

/** A missing or misspelt state is reported by the schema; the host is then judged as active. */
export function isActive(host: { state?: string }): boolean {
  return host.state !== 'decommissioned';
}

/** Console Service reports by itself: telemetry, version and activation rules skip it. */
export function isOnPremisesConsole(console: NetscalerConsole): boolean {
  return console.deployment !== 'service';
}

export type Holder = { kind: 'license server'; host: LicenseServer } | { kind: 'NetScaler Console'; host: NetscalerConsole };

/** Every host that can hold license files: license servers and NetScaler Consoles. */
export function* holders(inventory: { licenseServers: LicenseServer[]; netscalerConsoles: NetscalerConsole[] }): Generator<Holder> {
  for (const host of inventory.licenseServers) yield { kind: 'license server', host };
  for (const host of inventory.netscalerConsoles) yield { kind: 'NetScaler Console', host };
}

export interface InstalledFeature {
  kind: Holder['kind'];
  host: LicenseServer | NetscalerConsole;
  file: LicenseFile;
  feature: Feature;
}

/** Every feature of every counted license file on every active host, in inventory order. */
export function* installedFeatures(inventory: {
  licenseServers: LicenseServer[];
  netscalerConsoles: NetscalerConsole[];
}): Generator<InstalledFeature> {
  for (const { kind, host } of holders(inventory)) {
    if (!isActive(host)) continue;
    for (const file of countedFiles(host)) {
      for (const feature of file.features) yield { kind, host, file, feature };
    }
  }
}

/** License files that count: the startup license is installed everywhere and grants nothing. */
export function countedFiles(host: { licenseFiles: LicenseFile[] }): LicenseFile[] {
  return host.licenseFiles.filter((file) => !file.isStartup);
}

/** The last day an entitlement is in force: the term end, or the end of maintenance. */
export function entitlementEnd(entitlement: Entitlement): IsoDate | undefined {
  return entitlement.type === 'perpetual' ? entitlement.cssEnd : entitlement.end;
}

/** Active on `asOf`: started (when a start is given) and not ended; the end day itself counts. */
export function isEntitlementActive(entitlement: Entitlement, asOf: IsoDate): boolean {
  if (entitlement.start && entitlement.start > asOf) return false;
  const end = entitlementEnd(entitlement);
  return end === undefined || end >= asOf;
}
