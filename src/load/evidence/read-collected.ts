/**
 * Collected exports → evidence per host. Each file is read by the same parsers as `import`
 * and dated: by the export itself where it says (the collection script's `collectedAt`),
 * else by the commit that last changed it (the door looks that up in git, once for every
 * folder), else by the file's modification time. A date after the as-of day makes nothing
 * current: such a file is set aside for collected/future-dated. An export that cannot be
 * read is one finding at the file; a file reached by several names is read once.
 */
import path from 'node:path';
import { ExportError } from '../../exports/export-error.js';
import { matchHost } from '../../exports/host-names.js';
import type { ExportObservations, InstalledLicense } from '../../exports/observations.js';
import { readExport } from '../../exports/read-export.js';
import type { FileSystem } from '../../io/file-system.js';
import {
  dayOf,
  type CollectedFile,
  type CollectedPool,
  type CollectedUpload,
  type FutureDated,
  type HostEvidence,
} from '../../model/evidence.js';
import type { IsoDate } from '../../model/inventory.js';
import type { RawFinding } from '../../model/raw-finding.js';
import type { MessageValues } from '../../model/finding-data.js';
import type { CollectedFolders, CollectedHostFolder } from './find-collected.js';

/**
 * When git says each file under `folders` got its current content (ISO 8601), by absolute
 * path: the door walks the history once for all the folders; the loader never runs git.
 */
export type CommitTime = (folders: readonly string[]) => ReadonlyMap<string, string>;

interface ReadFile {
  meta: CollectedFile;
  observations: ExportObservations;
}

export interface ReadOptions {
  maxBytes: number;
  commitTime?: CommitTime;
  /** The day the run judges as of: evidence dated after it is from the future. */
  asOf: IsoDate;
}

/** Exports that list every pool of the server; license files list only their own. */
const WHOLE_SERVER = new Set(['Get-LicInventory', 'collector-json', 'Citrix_GT_License_Pool', 'lmstat -i']);

export function readCollected(
  found: CollectedFolders,
  fs: FileSystem,
  options: ReadOptions,
  report: (finding: RawFinding) => void,
): HostEvidence[] {
  // By real path: twenty links to one file cost one read (issue 24).
  const byRealPath = new Map<string, ExportObservations | undefined>();
  const readOnce = (file: string): { real: string; observations: ExportObservations | undefined } => {
    const real = realPath(file, fs);
    if (!byRealPath.has(real)) byRealPath.set(real, readOne(file, fs, options.maxBytes, report));
    return { real, observations: byRealPath.get(real) };
  };
  const parsed = found.hosts.map((folder) => {
    const seen = new Set<string>();
    const files: { file: string; observations: ExportObservations }[] = [];
    for (const file of folder.files) {
      const { real, observations } = readOnce(file);
      // One file under two names in one folder is one observation, not two.
      if (!observations || seen.has(real)) continue;
      seen.add(real);
      files.push({ file, observations });
    }
    return { folder, files };
  });
  const undated = parsed.some(({ files }) => files.some((f) => !f.observations.collectedAt));
  const committed = undated && options.commitTime ? options.commitTime(found.roots) : new Map<string, string>();
  return parsed.map(({ folder, files }) =>
    summarise(
      folder,
      files.map(({ file, observations }) => ({ meta: dated(file, observations, fs, committed), observations })),
      options.asOf,
    ),
  );
}

function realPath(file: string, fs: FileSystem): string {
  try {
    return fs.realpath(file);
  } catch {
    return file;
  }
}

function readOne(file: string, fs: FileSystem, maxBytes: number, report: (finding: RawFinding) => void): ExportObservations | undefined {
  // Messages of collected/unreadable (src/rules/collected/unreadable.ts).
  const unreadable = (messageId: 'tooLarge' | 'cannotRead' | 'notAnExport', values: MessageValues) =>
    report({
      ruleId: 'collected/unreadable',
      messageId,
      values,
      subjects: [path.basename(path.dirname(file)), path.basename(file)],
      where: { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
      entity: `${file}#unreadable`,
    });
  const size = fs.stat(file)?.size ?? 0;
  if (size > maxBytes) {
    unreadable('tooLarge', { size: Math.ceil(size / 1024 / 1024), limit: maxBytes / 1024 / 1024 });
    return undefined;
  }
  let bytes: Uint8Array;
  try {
    bytes = fs.readFile(file, maxBytes);
  } catch (error) {
    unreadable('cannotRead', { code: (error as NodeJS.ErrnoException).code ?? 'error' });
    return undefined;
  }
  try {
    return readExport(bytes, file);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    // The parser's own sentence: `import` prints the same one.
    unreadable('notAnExport', { reason: error.message });
    return undefined;
  }
}

function dated(file: string, observations: ExportObservations, fs: FileSystem, committed: ReadonlyMap<string, string>): CollectedFile {
  const meta: CollectedFile = { file, format: observations.format };
  const commit = observations.collectedAt ? undefined : committed.get(file);
  const modified = observations.collectedAt || commit ? undefined : fs.stat(file)?.modifiedMs;
  if (observations.collectedAt) Object.assign(meta, { collectedAt: observations.collectedAt, collectedFrom: 'export' });
  else if (commit) Object.assign(meta, { collectedAt: commit, collectedFrom: 'commit' });
  else if (modified !== undefined)
    Object.assign(meta, { collectedAt: new Date(modified).toISOString().replace(/\.\d{3}Z$/, 'Z'), collectedFrom: 'file' });
  return meta;
}

function summarise(folder: CollectedHostFolder, all: ReadFile[], asOf: IsoDate): HostEvidence {
  // Newest first; undated files last, in name order.
  all.sort((a, b) => (b.meta.collectedAt ?? '').localeCompare(a.meta.collectedAt ?? '') || a.meta.file.localeCompare(b.meta.file));
  const evidence: HostEvidence = { host: folder.host, folder: folder.folder, files: all.map((r) => r.meta) };
  const futureDated: FutureDated[] = [];
  const read = all.filter((r) => {
    const at = r.meta.collectedAt;
    if (at === undefined || dayOf(at) <= asOf) return true;
    futureDated.push({ file: r.meta, what: 'collected', at });
    return false;
  });
  const newest = read.find((r) => r.meta.collectedAt);
  if (newest) evidence.newest = newest.meta;
  const families = new Set(read.map((r) => r.observations.family));
  if (families.size === 1) evidence.family = [...families][0];
  const versioned = read.find((r) => r.observations.licenseServerVersion ?? r.observations.netscaler?.version);
  if (versioned) {
    const value = (versioned.observations.licenseServerVersion ?? versioned.observations.netscaler?.version)!;
    evidence.version = { value, file: versioned.meta };
  }
  const licenses = installed(read, asOf);
  if (licenses) evidence.licenses = licenses;
  const upload = lastUpload(folder.host, read, asOf, futureDated);
  if (upload) evidence.upload = upload;
  const usage = usageOf(read);
  if (usage) evidence.usage = usage;
  if (futureDated.length > 0) evidence.futureDated = futureDated;
  return evidence;
}

/**
 * The newest export of the whole server's pools; else every license file together, each once.
 * A pool expired before the as-of day grants nothing, as an expired license file line does not.
 */
function installed(read: readonly ReadFile[], asOf: IsoDate): HostEvidence['licenses'] {
  const whole = read.find((r) => WHOLE_SERVER.has(r.observations.format));
  const sources = whole ? [whole] : distinctLicenseFiles(read);
  if (sources.length === 0) return undefined;
  const current = sources
    .flatMap((r) => r.observations.licenses)
    .filter((l) => !(l.expires && l.expires !== 'permanent' && l.expires < asOf));
  return { pools: perProduct(current), files: sources.map((r) => r.meta) };
}

/**
 * License files with licenses, one of each content: a file saved twice (`FID_a (1).lic`) is
 * one file's licenses, not twice as many, as `import` counts it (import/combine.ts).
 */
function distinctLicenseFiles(read: readonly ReadFile[]): ReadFile[] {
  const seen = new Set<string>();
  return read.filter(({ observations: { format, licenses, licenseFile } }) => {
    if (format !== 'license-file' || licenses.length === 0) return false;
    const key = JSON.stringify([licenseFile?.hostname, licenseFile?.hostId, licenses]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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

/**
 * The newest file's statement about this host; a record naming another host is not about it,
 * and an upload after the as-of day is set aside (an older file's statement may then stand).
 */
function lastUpload(host: string, read: readonly ReadFile[], asOf: IsoDate, futureDated: FutureDated[]): CollectedUpload | undefined {
  for (const r of read) {
    for (const record of r.observations.uploads ?? []) {
      if (record.at === undefined && record.everReported !== false) continue;
      if (record.host !== undefined && matchHost(record.host, [host]) === undefined) continue;
      if (record.at !== undefined && dayOf(record.at) > asOf) {
        futureDated.push({ file: r.meta, what: 'upload', at: record.at, field: record.field });
        continue;
      }
      return { ...(record.at ? { at: record.at } : {}), field: record.field, file: r.meta };
    }
  }
  return undefined;
}
