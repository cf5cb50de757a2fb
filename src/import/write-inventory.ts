/**
 * Observations → inventory (format v1) as a yaml Document. Only what an export shows becomes
 * data; what it cannot know (purchases, allocations, platform...) is a comment saying what
 * to fill in. Required fields an export cannot know get the strictest value and a comment
 * (environment: production), or the entry stays commented out when no value is safe
 * (a NetScaler instance's platform).
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type {
  InstalledLicense,
  LicenseSource,
  Observations,
  ObservedLicenseServer,
  ObservedNetscalerInstance,
} from '../exports/observations.js';
import { inert, inertObservations } from './inert.js';

/** Which source is data when several describe one server: files, then the SDK, then the rest. */
const PRIORITY: LicenseSource['format'][] = ['license-file', 'collector-json', 'Get-LicInventory', 'lmstat -i', 'Citrix_GT_License_Pool'];
export const MARK = 'citrix-license-lint import:';

export function inventoryDocument(exported: Observations, files: readonly string[]): Document {
  const observations = inertObservations(exported);
  const doc = new Document({ version: 1 });
  doc.commentBefore = [
    ` Started by \`citrix-license-lint import\` from ${names(files)}.`,
    ' It holds what the exports show. Exports cannot know what was bought or allocated: add',
    '   entitlements: one entry per purchase line of the licensing portal (id, product, type, quantity, end or cssEnd)',
    '   allocations:  which entitlement is allocated to which hostname, and how many licenses',
    ' then run citrix-license-lint on this file.',
  ].join('\n');
  const root = doc.contents as YAMLMap;
  if (observations.licenseServers.length > 0) {
    const seq = new YAMLSeq();
    for (const server of observations.licenseServers) seq.items.push(licenseServerNode(doc, server));
    root.set('licenseServers', seq);
  }
  if (observations.netscalerInstances.length > 0) {
    const lines = observations.netscalerInstances.flatMap((instance) => netscalerInstanceComment(instance));
    doc.comment = lines.join('\n');
  }
  return doc;
}

export function licenseServerNode(doc: Document, server: ObservedLicenseServer): YAMLMap {
  const node = new YAMLMap();
  setScalar(
    node,
    'hostname',
    server.hostname,
    server.fqdn ? ' the short name: Citrix binds licenses to it (CTX696555); check that `hostname` prints it so on the server' : undefined,
  );
  if (server.fqdn) setScalar(node, 'fqdn', server.fqdn);
  setScalar(
    node,
    'environment',
    'production',
    ' not in the exports: production is the strictest; use pre-production, test or disaster-recovery if it is one',
  );
  setScalar(node, 'state', 'active');
  if (server.version) setScalar(node, 'version', server.version, versionComment(server));
  const telemetry = telemetryNode(doc, server);
  if (telemetry) node.items.push(new Pair(new Scalar('telemetry'), telemetry));
  const { data, comments } = licenseEntries(doc, server);
  if (data.length > 0) {
    const seq = new YAMLSeq();
    seq.items.push(...data);
    node.set('licenseFiles', seq);
  }
  const after = [
    telemetry
      ? ' activation (las-online, las-offline or files): not in these exports; fill it in'
      : ' activation (las-online, las-offline or files) and telemetry (mode, lastReported): not in these exports; fill them in',
    ...comments,
    ...notUsedComments(server),
    ...usageComments(server),
  ];
  node.comment = after.join('\n');
  return node;
}

/**
 * `telemetry` from the last upload an export states (the upload bundle's manifest, the
 * collection script's bundle name, the partner API). The bundle and the API record the
 * server's own uploads, so the mode written is automatic; a person changes it to manual
 * when an admin uploads by hand.
 */
export function telemetryNode(doc: Document, server: ObservedLicenseServer): YAMLMap | undefined {
  const upload = server.upload;
  if (!upload) return undefined;
  const node = doc.createNode(upload.at ? { mode: 'automatic', lastReported: upload.at.slice(0, 10) } : { mode: 'automatic' }) as YAMLMap;
  node.flow = true;
  node.comment = upload.at
    ? ` from ${names([upload.file])} (${upload.field} ${upload.at}); write mode: manual if an admin uploads its telemetry by hand`
    : ` ${names([upload.file])} says the server never reported telemetry to Citrix`;
  return node;
}

/** Exports of a kind read twice for this server: the older are named, not counted. */
export function notUsedComments(server: ObservedLicenseServer): string[] {
  return (server.notUsed ?? []).map(
    (n) => ` not used: ${names([n.file])} (${n.format}), older than ${names([n.newer])}: one export of a kind per server counts`,
  );
}

/** The highest-priority source becomes licenseFiles entries; the others are comments. */
export function licenseEntries(doc: Document, server: ObservedLicenseServer): { data: YAMLMap[]; comments: string[] } {
  const sources = [...server.sources].sort((a, b) => PRIORITY.indexOf(a.format) - PRIORITY.indexOf(b.format));
  const primary = sources[0]?.format;
  const data: YAMLMap[] = [];
  const comments: string[] = [];
  for (const source of sources) {
    const complete = source.licenses.filter((license) => license.count !== undefined && license.expires !== undefined);
    if (source.format === primary && (source.licenseFile || complete.length > 0)) {
      data.push(licenseFileNode(doc, source, complete));
      for (const license of source.licenses.filter((l) => !complete.includes(l)))
        comments.push(` ${names([source.file])}: ${describe(license)} (no count or expiry in this export: declare it by hand)`);
    } else {
      for (const license of source.licenses) comments.push(` also in ${names([source.file])} (${source.format}): ${describe(license)}`);
    }
  }
  if (server.systemPools.length > 0 && primary !== 'license-file')
    comments.push(` system licenses seen and left out (they count for nothing): ${server.systemPools.join(', ')}`);
  return { data, comments };
}

function licenseFileNode(doc: Document, source: LicenseSource, licenses: InstalledLicense[]): YAMLMap {
  const node = new YAMLMap();
  if (source.licenseFile) {
    node.set('name', source.licenseFile.name);
    if (source.licenseFile.hostname) node.set('hostname', source.licenseFile.hostname);
    node.commentBefore = ` ${names([source.file])}: commit the file next to this inventory and write path: instead of name and features to have it checked`;
  } else {
    node.set('name', `installed (${source.format})`);
    node.commentBefore =
      source.format === 'lmstat -i'
        ? ` ${names([source.file])}: INCREMENT lines of the server's license files as lmstat -i lists them, not one file`
        : ` ${names([source.file])}: pools the server reports, not a file; count excludes overdraft`;
  }
  const features = new YAMLSeq();
  for (const license of licenses) features.items.push(featureNode(doc, license));
  node.set('features', features);
  return node;
}

/** Usage is evidence, not inventory: it is summarised, and its export belongs in collected/<hostname>/. */
function usageComments(server: ObservedLicenseServer): string[] {
  return (server.usage ?? []).flatMap(({ file, products }) => [
    ` ${names([file])} (Historical Use) shows usage, which the inventory does not hold: commit it to collected/${server.hostname}/ for the position report`,
    ...products.flatMap(({ product, days }) => {
      const [first, last] = [days[0], days.at(-1)];
      if (!first || !last) return [];
      const peak = days.reduce((best, day) => (day.inUse > best.inUse ? day : best), first);
      return [`   ${product}: ${first.day} to ${last.day}, at most ${peak.inUse} in use (${peak.day})`];
    }),
  ]);
}

export function featureNode(doc: Document, license: InstalledLicense): YAMLMap {
  const feature = doc.createNode(featureRecord(license)) as YAMLMap;
  feature.flow = true;
  const extra = [license.overdraft ? `+${license.overdraft} overdraft` : '', license.inUse !== undefined ? `${license.inUse} in use` : '']
    .filter(Boolean)
    .join(', ');
  if (extra) feature.comment = ` ${extra}`;
  return feature;
}

export function featureRecord(license: InstalledLicense): Record<string, unknown> {
  const record: Record<string, unknown> = { product: license.product, count: license.count, expires: license.expires };
  if (license.cssDate) record.cssDate = license.cssDate;
  if (license.licenseType) record.licenseType = license.licenseType;
  if (license.serial) record.serial = license.serial;
  return record;
}

export function describe(license: InstalledLicense): string {
  const parts = [
    license.product,
    license.count !== undefined ? `count ${license.count}` : '',
    license.overdraft ? `+${license.overdraft} overdraft` : '',
    license.inUse !== undefined ? `${license.inUse} in use` : '',
    license.expires ? `expires ${license.expires}` : '',
    license.cssDate ? `CSS ${license.cssDate}` : '',
    license.licenseType ?? '',
  ];
  return parts.filter(Boolean).join(', ');
}

/**
 * A NetScaler instance as a commented-out entry: no export read here says its platform
 * (VPX, MPX, SDX, BLX, CPX) or how it is licensed, and the schema requires both.
 */
export function netscalerInstanceComment(instance: ObservedNetscalerInstance): string[] {
  const lines = [
    ` NetScaler instance seen in ${names(instance.files)}.`,
    ' Its exports do not say the platform or how it is licensed: fill them in, then uncomment under netscalerInstances:',
    `   - name: ${instance.name}`,
    '     platform: VPX, MPX, SDX, BLX or CPX',
    '     licensing: flexed, pooled or standalone',
    '     console: hostname of the NetScaler Console (flexed and pooled only)',
  ];
  if (instance.version) lines.push(`     version: "${instance.version}"`);
  if (instance.hostId) lines.push(`     hostId: ${instance.hostId}`);
  const facts = netscalerFacts(instance);
  if (facts) lines.push(`   (${facts})`);
  return lines;
}

export function netscalerFacts(instance: ObservedNetscalerInstance): string {
  const capacity = instance.capacity;
  return [
    instance.licensingMode ? `licensing mode ${instance.licensingMode}` : '',
    instance.licenseEdition ? `${instance.licenseEdition} license` : '',
    instance.daysToExpiration !== undefined ? `${instance.daysToExpiration} days to expiration` : '',
    capacity
      ? `capacity ${[capacity.bandwidth, capacity.unit, capacity.edition, capacity.platform].filter((v) => v !== undefined && v !== '').join(' ')}`
      : '',
    ...instance.licenses.map((license) => `license ${describe(license)}`),
  ]
    .filter(Boolean)
    .join('; ');
}

/** Export files as comments name them: by file name, so no machine's paths end up in an inventory. */
export function names(files: readonly string[]): string {
  const unique = [...new Set(files.map((file) => inert(file.split(/[\\/]/).pop()!)))];
  return unique.length > 4 ? `${unique.slice(0, 3).join(', ')} and ${unique.length - 3} more` : unique.join(', ');
}

export function versionComment(server: ObservedLicenseServer): string {
  return ` from ${names([server.versionFrom!])}${server.collectedAt ? `, collected ${server.collectedAt}` : ''}`;
}

/** A key and a scalar value, with an optional comment at the end of its line. */
export function setScalar(node: YAMLMap, key: string, value: unknown, comment?: string): void {
  const scalar = new Scalar(value);
  if (comment) scalar.comment = comment;
  node.items.push(new Pair(new Scalar(key), scalar));
}
