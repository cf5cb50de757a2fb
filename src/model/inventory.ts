import type { NodeRef, Where } from './location.js';

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * The values the schema allows for each enumerated key, once: the model's types derive from
 * them and the loader reads with them; test/schema-enums.test.ts holds them equal to
 * inventory-schema/inventory.schema.json.
 */
export const ENUMS = {
  environment: ['production', 'pre-production', 'test', 'disaster-recovery'],
  state: ['active', 'decommissioned'],
  serverActivation: ['las-online', 'las-offline', 'files'],
  deployment: ['on-premises', 'service'],
  consoleActivation: ['las', 'files'],
  licensing: ['flexed', 'pooled', 'standalone'],
  entitlementType: ['subscription', 'perpetual'],
  telemetryMode: ['automatic', 'manual', 'disabled'],
  fileKind: ['instances', 'bandwidth', 'platform'],
} as const;

export type EntitlementType = (typeof ENUMS.entitlementType)[number];
export type Environment = (typeof ENUMS.environment)[number];
export type State = (typeof ENUMS.state)[number];
export type TelemetryMode = (typeof ENUMS.telemetryMode)[number];

// Every field past the identity may be missing or malformed in a broken inventory: the
// schema reports that, and rules skip what they cannot judge instead of crashing.

export interface Entitlement {
  at: NodeRef;
  id: string;
  product?: string;
  type?: EntitlementType;
  quantity?: number;
  start?: IsoDate;
  end?: IsoDate;
  cssEnd?: IsoDate;
  offering?: string;
}

export interface Telemetry {
  mode?: TelemetryMode;
  lastReported?: IsoDate;
}

export interface Feature {
  at: Where;
  product: string;
  count?: number | 'uncounted';
  /** `permanent` or an ISO date. */
  expires?: 'permanent' | IsoDate;
  cssDate?: IsoDate;
  licenseType?: string;
  serial?: string;
}

export interface LicenseFile {
  at: NodeRef;
  /** The file name, for messages: the inline `name` or the base name of `path`. */
  name: string;
  kind?: (typeof ENUMS.fileKind)[number];
  /** The inventory's `path`, as written, when the file is committed with the inventory. */
  path?: string;
  hostname?: string;
  hostnameAt?: Where;
  features: Feature[];
  /** Features declared inline next to a `path`: checked against what the file says. */
  declared?: Feature[];
  /** The startup license counts for nothing and is skipped by every rule. */
  isStartup: boolean;
}

export interface LicenseServer {
  at: NodeRef;
  hostname: string;
  environment?: Environment;
  state?: State;
  version?: string;
  activation?: (typeof ENUMS.serverActivation)[number];
  telemetry?: Telemetry;
  licenseFiles: LicenseFile[];
}

export interface Allocation {
  at: NodeRef;
  entitlement?: string;
  hostname?: string;
  quantity?: number;
  allocatedOn?: IsoDate;
}

export interface NetscalerConsole {
  at: NodeRef;
  hostname: string;
  deployment?: (typeof ENUMS.deployment)[number];
  environment?: Environment;
  state?: State;
  version?: string;
  activation?: (typeof ENUMS.consoleActivation)[number];
  deployedOn?: IsoDate;
  telemetry?: Telemetry;
  licenseFiles: LicenseFile[];
}

export interface NetscalerInstance {
  at: NodeRef;
  name: string;
  platform?: string;
  licensing?: (typeof ENUMS.licensing)[number];
  console?: string;
}

export interface Inventory {
  /** Absolute paths of the YAML files read, sorted. */
  files: string[];
  entitlements: Entitlement[];
  licenseServers: LicenseServer[];
  allocations: Allocation[];
  netscalerConsoles: NetscalerConsole[];
  netscalerInstances: NetscalerInstance[];
}
