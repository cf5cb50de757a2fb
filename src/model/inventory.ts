import type { EntityList } from './entity-lists.js';
import type { HostEvidence } from './evidence.js';
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
  /**
   * Set when `mode` is written but is none of the modes (`Manual`): the schema reports it, and
   * the mode is unknown, not the product default (automatic) that a left-out `mode` means.
   */
  modeUnknown?: true;
  lastReported?: IsoDate;
  /** Consoles: the day the console switched to manual mode (or was upgraded to a telemetry build). */
  manualSince?: IsoDate;
}

/** A one-time extension of file-based licensing granted by Citrix (CTX696555). */
export interface FileLicensingExtension {
  /** Last day the extension is in force. */
  until?: IsoDate;
  /** Citrix's reference for it (case number, extension file name...). */
  reference?: string;
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
  /** The MAC host ID the file is bound to (NetScaler files: `SERVER this_host 005056a1b2c3`). */
  hostId?: string;
  hostIdAt?: Where;
  features: Feature[];
  /** Features declared inline next to a `path`: checked against what the file says. */
  declared?: Feature[];
  /** The file has lines that could not be read (license-file/syntax): `features` may lack what they hold. */
  unread?: true;
  /** The startup license counts for nothing and is skipped by every rule. */
  isStartup: boolean;
}

export interface LicenseServer {
  at: NodeRef;
  /** As Citrix binds it: the short name the `hostname` command prints. */
  hostname: string;
  fqdn?: string;
  environment?: Environment;
  state?: State;
  version?: string;
  /**
   * Set when current collected evidence states the version: `version` then holds the
   * collected one (what runs is what the version rules judge), `declared` what the inventory says.
   */
  versionCollected?: { declared?: string; file: string };
  activation?: (typeof ENUMS.serverActivation)[number];
  fileLicensingExtension?: FileLicensingExtension;
  telemetry?: Telemetry;
  licenseFiles: LicenseFile[];
  /** Entries of `licenseFiles` as written: more than `licenseFiles` holds when one could not be read. */
  licenseFilesListed?: number;
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
  fqdn?: string;
  /** The MAC host ID its Flexed and pooled license files are allocated to. */
  hostId?: string;
  deployment?: (typeof ENUMS.deployment)[number];
  environment?: Environment;
  state?: State;
  version?: string;
  activation?: (typeof ENUMS.consoleActivation)[number];
  fileLicensingExtension?: FileLicensingExtension;
  deployedOn?: IsoDate;
  telemetry?: Telemetry;
  licenseFiles: LicenseFile[];
}

export interface NetscalerInstance {
  at: NodeRef;
  name: string;
  /** The MAC host ID its own licenses are allocated to, or `ANY`. */
  hostId?: string;
  platform?: string;
  licensing?: (typeof ENUMS.licensing)[number];
  console?: string;
  /** RELEASE-BUILD; for an SDX, the version of its management service VM (SVM). */
  version?: string;
  /**
   * Set when current collected evidence states the version: `version` then holds the
   * collected one (what runs is what the version rules judge), `declared` what the inventory says.
   */
  versionCollected?: { declared?: string; file: string };

  /** A FIPS appliance (its own LAS minimum). */
  fips?: boolean;
}

export interface Inventory {
  /** Absolute paths of the YAML files read, sorted. */
  files: string[];
  entitlements: Entitlement[];
  licenseServers: LicenseServer[];
  allocations: Allocation[];
  netscalerConsoles: NetscalerConsole[];
  netscalerInstances: NetscalerInstance[];
  /** Collected evidence per `collected/<host>/` folder (none read: absent or empty). */
  evidence?: HostEvidence[];
  /** What a syntax or schema error kept from being read as written; absent when everything was. */
  unread?: UnreadParts;
}

/**
 * The parts of an inventory in doubt, as the loader's doubts (load/doubts.ts) leave them for
 * what is computed from the model rather than judged by rules (the license position): lists
 * that may hold entries not read at all, and per list the lower-cased names of entries in
 * doubt (id, product, hostname, fqdn, host ID, entitlement), each also by its short name.
 */
export interface UnreadParts {
  lists: EntityList[];
  names: Partial<Record<EntityList, string[]>>;
}
