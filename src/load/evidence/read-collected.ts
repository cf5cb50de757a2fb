/**
 * Collected exports → evidence per host. Each file is read by the same parsers as `import`
 * and dated: by the export itself where it says (the collection script's `collectedAt`),
 * else by the commit that last changed it (the door looks that up in git), else by the
 * file's modification time. An export that cannot be read is one finding at the file.
 */
import { ExportError } from '../../exports/export-error.js';
import { matchHost } from '../../exports/host-names.js';
import type { ExportObservations, InstalledLicense } from '../../exports/observations.js';
import { readExport } from '../../exports/read-export.js';
import type { FileSystem } from '../../io/file-system.js';
import type { CollectedFile, CollectedPool, CollectedUpload, HostEvidence } from '../../model/evidence.js';
import type { RawFinding } from '../../model/raw-finding.js';
import type { CollectedHostFolder } from './find-collected.js';

/** When the door knows from git when a file's current content was committed (ISO 8601). */
export type CommitTime = (file: string) => string | undefined;

interface ReadFile {
  meta: CollectedFile;
  observations: ExportObservations;
}

/** Exports that list every pool of the server; license files list only their own. */
const WHOLE_SERVER = new Set(['Get-LicInventory', 'collector-json', 'Citrix_GT_License_Pool', 'lmstat -i']);

export function readCollected(
  folders: readonly CollectedHostFolder[],
  fs: FileSystem,
  maxBytes: number,
  commitTime: CommitTime | undefined,
  report: (finding: RawFinding) => void,
): HostEvidence[] {
  return folders.map((folder) => {
    const read: ReadFile[] = [];
    for (const file of folder.files) {
      const observations = readOne(file, fs, maxBytes, report);
      if (observations) read.push({ meta: dated(file, observations, fs, commitTime), observations });
    }
    return summarise(folder, read);
  });
}

function readOne(file: string, fs: FileSystem, maxBytes: number, report: (finding: RawFinding) => void): ExportObservations | undefined {
  const unreadable = (why: string) =>
    report({
      ruleId: 'collected/unreadable',
      message: why,
      where: { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
      entity: `${file}#unreadable`,
    });
  const size = fs.stat(file)?.size ?? 0;
  if (size > maxBytes) {
    unreadable(`collected export of ${Math.ceil(size / 1024 / 1024)} MB, over the ${maxBytes / 1024 / 1024} MB limit: not read`);
    return undefined;
  }
  try {
    return readExport(fs.readFile(file, maxBytes), file);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    unreadable(`collected export not read: ${error.message}`);
    return undefined;
  }
}

function dated(file: string, observations: ExportObservations, fs: FileSystem, commitTime: CommitTime | undefined): CollectedFile {
  const meta: CollectedFile = { file, format: observations.format };
  const committed = observations.collectedAt ? undefined : commitTime?.(file);
  const modified = observations.collectedAt || committed ? undefined : fs.stat(file)?.modifiedMs;
  if (observations.collectedAt) Object.assign(meta, { collectedAt: observations.collectedAt, collectedFrom: 'export' });
  else if (committed) Object.assign(meta, { collectedAt: committed, collectedFrom: 'commit' });
  else if (modified !== undefined)
    Object.assign(meta, { collectedAt: new Date(modified).toISOString().replace(/\.\d{3}Z$/, 'Z'), collectedFrom: 'file' });
  return meta;
}

function summarise(folder: CollectedHostFolder, read: ReadFile[]): HostEvidence {
  // Newest first; undated files last, in name order.
  read.sort((a, b) => (b.meta.collectedAt ?? '').localeCompare(a.meta.collectedAt ?? '') || a.meta.file.localeCompare(b.meta.file));
  const evidence: HostEvidence = { host: folder.host, folder: folder.folder, files: read.map((r) => r.meta) };
  const newest = read.find((r) => r.meta.collectedAt);
  if (newest) evidence.newest = newest.meta;
  const families = new Set(read.map((r) => r.observations.family));
  if (families.size === 1) evidence.family = [...families][0];
  const versioned = read.find((r) => r.observations.licenseServerVersion ?? r.observations.netscaler?.version);
  if (versioned) {
    const value = (versioned.observations.licenseServerVersion ?? versioned.observations.netscaler?.version)!;
    evidence.version = { value, file: versioned.meta };
  }
  const licenses = installed(read);
  if (licenses) evidence.licenses = licenses;
  const upload = lastUpload(folder.host, read);
  if (upload) evidence.upload = upload;
  const usage = usageOf(read);
  if (usage) evidence.usage = usage;
  return evidence;
}

/** The newest export of the whole server's pools; else every license file together. */
function installed(read: readonly ReadFile[]): HostEvidence['licenses'] {
  const whole = read.find((r) => WHOLE_SERVER.has(r.observations.format));
  const sources = whole ? [whole] : read.filter((r) => r.observations.format === 'license-file' && r.observations.licenses.length > 0);
  if (sources.length === 0) return undefined;
  return { pools: perProduct(sources.flatMap((r) => r.observations.licenses)), files: sources.map((r) => r.meta) };
}

function perProduct(licenses: readonly InstalledLicense[]): CollectedPool[] {
  const byProduct = new Map<string, CollectedPool>();
  // Overdraft and in use add up over a product's pools only while every pool states them.
  const partial = new Set<string>();
  for (const license of licenses) {
    const pool = byProduct.get(license.product) ?? { product: license.product, count: 0, overdraft: 0, inUse: 0 };
    byProduct.set(license.product, pool);
    if (pool.count === 'uncounted' || license.count === 'uncounted') pool.count = 'uncounted';
    else if (license.count === undefined || pool.count === undefined) pool.count = undefined;
    else pool.count += license.count;
    for (const field of ['overdraft', 'inUse'] as const) {
      const value = license[field];
      if (value === undefined) partial.add(`${license.product}\0${field}`);
      else pool[field] = (pool[field] ?? 0) + value;
    }
  }
  for (const pool of byProduct.values())
    for (const field of ['overdraft', 'inUse'] as const) if (partial.has(`${pool.product}\0${field}`)) delete pool[field];
  return [...byProduct.values()].sort((a, b) => a.product.localeCompare(b.product));
}

/** The newest usage history of the host (each export covers the period it was asked for). */
function usageOf(read: readonly ReadFile[]): HostEvidence['usage'] {
  const newest = read.find((r) => r.observations.usage);
  return newest ? { products: newest.observations.usage!, file: newest.meta } : undefined;
}

/** The newest file's statement about this host; a record naming another host is not about it. */
function lastUpload(host: string, read: readonly ReadFile[]): CollectedUpload | undefined {
  for (const r of read) {
    const record = r.observations.uploads?.find(
      (u) => (u.at !== undefined || u.everReported === false) && (u.host === undefined || matchHost(u.host, [host]) !== undefined),
    );
    if (record) return { ...(record.at ? { at: record.at } : {}), field: record.field, file: r.meta };
  }
  return undefined;
}
