/**
 * What an export shows, independent of where it came from: the typed records every
 * export parser produces and both the inventory writer and (later) the lint-time
 * evidence reader consume. Dates are UTC calendar dates (YYYY-MM-DD).
 */

import type { ProductUsage } from '../model/evidence.js';

export type ExportFormat =
  | 'license-file'
  | 'Historical Use'
  | 'Get-LicInventory'
  | 'Get-LicServerInfo'
  | 'collector-json'
  | 'Citrix_GT_License_Pool'
  | 'lmstat -i'
  | 'nslicense'
  | 'nscapacity'
  | 'nsversion'
  | 'upload-manifest'
  | 'licenseservers-api';

/** Which family of host an export describes: it decides where a host-less export belongs. */
export type HostFamily = 'license-server' | 'netscaler-instance';

/** One pool of installed licenses (a `Get-LicInventory` row, an INCREMENT line, a WMI pool). */
export interface InstalledLicense {
  /** Feature code, PRODUCT_EDITION_MODEL, for example XDT_PLT_UD. */
  product: string;
  /** Licenses bought and installed, overdraft excluded (the INCREMENT count). */
  count?: number | 'uncounted';
  /** Overdraft the server adds on top of `count`, when the export says. */
  overdraft?: number;
  inUse?: number;
  expires?: 'permanent' | string;
  cssDate?: string;
  licenseType?: string;
  serial?: string;
}

export interface ObservedLicenseFile {
  /** File name as found (FID_....lic). */
  name: string;
  /** SERVER ... HOSTNAME= of the file, when bound to a host name. */
  hostname?: string;
  /** SERVER ... HOSTID= (a NetScaler binding), when bound to a host id. */
  hostId?: string;
}

/** Everything one export file says. Parsers are pure: text in, this out. */
export interface ExportObservations {
  format: ExportFormat;
  family: HostFamily;
  /** The host the export names itself (Get-LicServerInfo HostName, a .lic SERVER line...). */
  host?: string;
  /** When the export was taken, if it says (collector JSON `collectedAt`). */
  collectedAt?: string;
  /** License Server version, normalised to `11.17.2.0 build 56200`. */
  licenseServerVersion?: string;
  /** Installed pools; system pools (SYS, the start-up license) already left out. */
  licenses: InstalledLicense[];
  /** System pools that were seen and left out, for the record. */
  systemPools: string[];
  licenseFile?: ObservedLicenseFile;
  netscaler?: ObservedNetscaler;
  /** Things the export cannot tell, phrased as what a person must fill in. */
  notes: string[];
  /** What the export says about telemetry uploads to Citrix, per host it names. */
  uploads?: ObservedUpload[];
  /** Daily usage per product (the Licensing Manager's Historical Use export). */
  usage?: ProductUsage[];
}

/**
 * The last telemetry upload an export states (docs/exports.md §1.5): the upload bundle's
 * manifest `UTCDate`, or the partner API's `lastPhoningHomeTime`.
 */
export interface ObservedUpload {
  /** The host the record names (the API's `fqdn` or `hostID`); the manifest names none. */
  host?: string;
  /** ISO 8601 UTC of the last upload; absent when the source says there was none. */
  at?: string;
  /** What said it, for messages: the manifest field, the API field, or the bundle's name (`upload_<epoch>.zip`). */
  field: 'UTCDate' | 'lastPhoningHomeTime' | 'lastUploadBundle';
  /** False when the partner API says the server never reported (`isEverReported`). */
  everReported?: boolean;
}

export interface ObservedNetscaler {
  /** RELEASE-BUILD, for example 14.1-25.53. */
  version?: string;
  hostId?: string;
  licensingMode?: string;
  licenseEdition?: string;
  daysToExpiration?: number;
  capacity?: { bandwidth?: number; unit?: string; edition?: string; platform?: string; vcpu?: boolean };
}

/** Exports merged per host: what the writer turns into inventory entries. */
export interface Observations {
  licenseServers: ObservedLicenseServer[];
  netscalerInstances: ObservedNetscalerInstance[];
}

export interface LicenseSource {
  format: ExportFormat;
  /** The file the observation came from, as the user named it. */
  file: string;
  licenses: InstalledLicense[];
  licenseFile?: ObservedLicenseFile;
  collectedAt?: string;
}

export interface ObservedLicenseServer {
  /** The short name, as Citrix binds licenses to it (CTX696555). */
  hostname: string;
  /** The full DNS name, when an export gives one. */
  fqdn?: string;
  version?: string;
  versionFrom?: string;
  collectedAt?: string;
  sources: LicenseSource[];
  systemPools: string[];
  /** The newest statement of the server's last telemetry upload, and the file that makes it. */
  upload?: ObservedUpload & { file: string };
  /** Exports of a kind read again for this server, older than the one used: noted, not counted. */
  notUsed?: { file: string; format: ExportFormat; newer: string }[];
  /** Usage histories read for the server, each with its file. */
  usage?: { file: string; products: ProductUsage[] }[];
}

export interface ObservedNetscalerInstance extends ObservedNetscaler {
  name: string;
  files: string[];
  /** INCREMENT lines of license files bound to the instance. */
  licenses: InstalledLicense[];
}
