import {
  ENUMS,
  type Allocation,
  type Entitlement,
  type Feature,
  type FileLicensingExtension,
  type Inventory,
  type IsoDate,
  type LicenseFile,
  type LicenseServer,
  type NetscalerConsole,
  type NetscalerInstance,
  type Telemetry,
} from '../model/inventory.js';
import { child, type NodeRef } from '../model/location.js';
import type { RawFinding } from '../model/raw-finding.js';
import { asList, asMapping, readCount, readDate, readEnum, readString, type Mapping } from './read-fields.js';
import { isStartupLicense } from '../domain/startup-license.js';
import { ItemRef } from './item-ref.js';

/** Reads a license file named by `path`; findings (reference, syntax) go to `report`. */
export type LicenseFileResolver = (
  entry: { yamlFile: string; path: string; at: NodeRef },
  report: (f: RawFinding) => void,
) => Pick<LicenseFile, 'hostname' | 'hostnameAt' | 'hostId' | 'hostIdAt' | 'features' | 'unread'> | undefined;

// The values the schema allows, read by readEnum.
const {
  environment: ENVIRONMENTS,
  state: STATES,
  serverActivation: SERVER_ACTIVATIONS,
  deployment: DEPLOYMENTS,
  consoleActivation: CONSOLE_ACTIVATIONS,
  licensing: LICENSING,
  entitlementType: ENTITLEMENT_TYPES,
  telemetryMode: TELEMETRY_MODES,
  fileKind: FILE_KINDS,
} = ENUMS;

export interface ModelInput {
  file: string;
  data: unknown;
}

export function emptyInventory(): Inventory {
  return { files: [], entitlements: [], licenseServers: [], allocations: [], netscalerConsoles: [], netscalerInstances: [] };
}

/** Adds one file's entities to the merged inventory. */
export function addToModel(inventory: Inventory, input: ModelInput, resolve: LicenseFileResolver, report: (f: RawFinding) => void): void {
  const top = asMapping(input.data);
  if (!top) return;
  const at = (list: string, index: number): NodeRef => new ItemRef(input.file, list, index);

  asList(top.entitlements).forEach((item, i) => {
    const map = asMapping(item);
    const id = map && readString(map, 'id');
    if (!map || !id) return;
    inventory.entitlements.push(entitlement(map, id, at('entitlements', i)));
  });
  asList(top.licenseServers).forEach((item, i) => {
    const map = asMapping(item);
    const hostname = map && readString(map, 'hostname');
    if (!map || !hostname) return;
    const ref = at('licenseServers', i);
    const server: LicenseServer = {
      at: ref,
      hostname,
      fqdn: readString(map, 'fqdn'),
      environment: readEnum(map, 'environment', ENVIRONMENTS),
      state: readEnum(map, 'state', STATES),
      version: readString(map, 'version'),
      activation: readEnum(map, 'activation', SERVER_ACTIVATIONS),
      fileLicensingExtension: extension(map),
      telemetry: telemetry(map),
      licenseFiles: licenseFiles(map, ref, input.file, resolve, report),
      licenseFilesListed: asList(map.licenseFiles).length,
    };
    inventory.licenseServers.push(server);
  });
  const allocations = asList(top.allocations);
  for (let i = 0; i < allocations.length; i++) {
    const map = asMapping(allocations[i]);
    if (!map) continue;
    inventory.allocations.push(
      new ListedAllocation(
        input.file,
        i,
        readString(map, 'entitlement'),
        readString(map, 'hostname'),
        readCount(map, 'quantity'),
        readDate(map, 'allocatedOn'),
      ),
    );
  }
  asList(top.netscalerConsoles).forEach((item, i) => {
    const map = asMapping(item);
    const hostname = map && readString(map, 'hostname');
    if (!map || !hostname) return;
    const ref = at('netscalerConsoles', i);
    const console: NetscalerConsole = {
      at: ref,
      hostname,
      fqdn: readString(map, 'fqdn'),
      hostId: readString(map, 'hostId'),
      deployment: readEnum(map, 'deployment', DEPLOYMENTS),
      environment: readEnum(map, 'environment', ENVIRONMENTS),
      state: readEnum(map, 'state', STATES),
      version: readString(map, 'version'),
      activation: readEnum(map, 'activation', CONSOLE_ACTIVATIONS),
      fileLicensingExtension: extension(map),
      deployedOn: readDate(map, 'deployedOn'),
      telemetry: telemetry(map),
      licenseFiles: licenseFiles(map, ref, input.file, resolve, report),
    };
    inventory.netscalerConsoles.push(console);
  });
  asList(top.netscalerInstances).forEach((item, i) => {
    const map = asMapping(item);
    const name = map && readString(map, 'name');
    if (!map || !name) return;
    const instance: NetscalerInstance = {
      at: at('netscalerInstances', i),
      name,
      hostId: readString(map, 'hostId'),
      platform: readString(map, 'platform'),
      licensing: readEnum(map, 'licensing', LICENSING),
      console: readString(map, 'console'),
      version: readString(map, 'version'),
      fips: map.fips === true ? true : undefined,
    };
    inventory.netscalerInstances.push(instance);
  });
}

/**
 * An allocation whose location is made when asked (for a finding), from its file and its
 * number in the file's list: an inventory has far more allocations than anything else
 * (275,000 at the benchmark's L), and an ItemRef kept for each took 48 bytes more.
 */
class ListedAllocation implements Allocation {
  readonly #file: string;
  readonly #index: number;

  constructor(
    file: string,
    index: number,
    public entitlement: string | undefined,
    public hostname: string | undefined,
    public quantity: number | undefined,
    public allocatedOn: IsoDate | undefined,
  ) {
    this.#file = file;
    this.#index = index;
  }

  get at(): NodeRef {
    return new ItemRef(this.#file, 'allocations', this.#index);
  }
}

function entitlement(map: Mapping, id: string, at: NodeRef): Entitlement {
  return {
    at,
    id,
    product: readString(map, 'product'),
    type: readEnum(map, 'type', ENTITLEMENT_TYPES),
    quantity: readCount(map, 'quantity'),
    start: readDate(map, 'start'),
    end: readDate(map, 'end'),
    cssEnd: readDate(map, 'cssEnd'),
    offering: readString(map, 'offering'),
  };
}

function telemetry(map: Mapping): Telemetry | undefined {
  const block = asMapping(map.telemetry);
  if (!block) return undefined;
  const mode = readEnum(block, 'mode', TELEMETRY_MODES);
  return {
    mode,
    ...(mode === undefined && 'mode' in block ? { modeUnknown: true as const } : {}),
    lastReported: readDate(block, 'lastReported'),
    manualSince: readDate(block, 'manualSince'),
  };
}

function extension(map: Mapping): FileLicensingExtension | undefined {
  const block = asMapping(map.fileLicensingExtension);
  if (!block) return undefined;
  return { until: readDate(block, 'until'), reference: readString(block, 'reference') };
}

function licenseFiles(
  map: Mapping,
  owner: NodeRef,
  yamlFile: string,
  resolve: LicenseFileResolver,
  report: (f: RawFinding) => void,
): LicenseFile[] {
  const files: LicenseFile[] = [];
  asList(map.licenseFiles).forEach((item, i) => {
    const entry = asMapping(item);
    if (!entry) return;
    const at = child(owner, 'licenseFiles', i);
    const kind = readEnum(entry, 'kind', FILE_KINDS);
    const path = readString(entry, 'path');
    const inline = inlineFeatures(entry, at);
    const inlineHostname = readString(entry, 'hostname');
    const inlineHostId = readString(entry, 'hostId');
    const base = { at, kind, path };
    if (path) {
      const parsed = resolve({ yamlFile, path, at: child(at, 'path') }, report);
      const name = path.split(/[\\/]/).pop() ?? path;
      if (!parsed) return;
      files.push({
        ...base,
        name,
        hostname: parsed.hostname ?? inlineHostname,
        hostnameAt: parsed.hostname ? parsed.hostnameAt : child(at, 'hostname'),
        hostId: parsed.hostId ?? inlineHostId,
        hostIdAt: parsed.hostId ? parsed.hostIdAt : child(at, 'hostId'),
        features: parsed.features,
        isStartup: isStartupLicense(name, parsed.features),
        declared: entry.features === undefined ? undefined : inline,
        ...(parsed.unread ? { unread: true as const } : {}),
      });
      return;
    }
    const name = readString(entry, 'name') ?? `license file #${i + 1}`;
    files.push({
      ...base,
      name,
      hostname: inlineHostname,
      hostnameAt: child(at, 'hostname'),
      hostId: inlineHostId,
      hostIdAt: child(at, 'hostId'),
      features: inline,
      isStartup: isStartupLicense(name, inline),
    });
  });
  return files;
}

function inlineFeatures(entry: Mapping, fileAt: NodeRef): Feature[] {
  const features: Feature[] = [];
  asList(entry.features).forEach((item, j) => {
    const map = asMapping(item);
    const product = map && readString(map, 'product');
    if (!map || !product) return;
    const count = map.count === 'uncounted' ? 'uncounted' : readCount(map, 'count');
    const expires = map.expires === 'permanent' ? 'permanent' : readDate(map, 'expires');
    features.push({
      at: child(fileAt, 'features', j),
      product,
      count,
      expires,
      cssDate: readDate(map, 'cssDate'),
      licenseType: readString(map, 'licenseType'),
      serial: readString(map, 'serial'),
    });
  });
  return features;
}
