/**
 * Collected evidence: raw exports a scheduled workflow commits to `collected/<hostname>/`,
 * read at lint time as observations of that host. The inventory holds what people decide;
 * this holds what machines showed, each piece with the file it came from and when that file
 * was collected.
 */

/** How the time a file was collected is known, best first. */
export type CollectedTimeSource = 'export' | 'commit' | 'file';

export interface CollectedFile {
  /** Absolute path. */
  file: string;
  /** The export's kind, as the parser names it (`Get-LicServerInfo`, `upload-manifest`...). */
  format: string;
  /** ISO 8601 UTC; absent when neither the export, git nor the file system knows. */
  collectedAt?: string;
  collectedFrom?: CollectedTimeSource;
}

export interface CollectedPool {
  product: string;
  /** Installed, overdraft excluded: the INCREMENT count, as the inventory declares it. */
  count?: number | 'uncounted';
  /** Overdraft the server adds on top of `count`; absent when the export does not say. */
  overdraft?: number;
  /** Licenses in use when the export was taken; absent when it does not say. */
  inUse?: number;
}

/** One day of a product's usage history (the Licensing Manager's Historical Use export). */
export interface UsageDay {
  /** `YYYY-MM-DD`, as the export dates the sample. */
  day: string;
  /** The most licenses in use that day. */
  inUse: number;
  /** Installed that day, overdraft excluded, when the export says. */
  installed?: number;
  overdraft?: number;
}

/** A product's daily usage over the period an export covers, oldest day first. */
export interface ProductUsage {
  product: string;
  days: UsageDay[];
}

export interface CollectedUpload {
  /** ISO 8601 UTC of the last upload the evidence states; absent when it says there was none. */
  at?: string;
  /** `UTCDate` (the upload bundle's manifest), `lastPhoningHomeTime` (partner API), `lastUploadBundle`. */
  field: string;
  file: CollectedFile;
}

export interface HostEvidence {
  /** The folder's name: the host as the collector wrote it. */
  host: string;
  /** Absolute path of `collected/<host>/`. */
  folder: string;
  /** The exports read, newest first (undated ones last). */
  files: CollectedFile[];
  /** The newest dated file: how current this host's evidence is. */
  newest?: CollectedFile;
  /** `license-server` or `netscaler-instance`, from the exports; undefined when they disagree. */
  family?: 'license-server' | 'netscaler-instance';
  /** The newest stated version (License Server `11.17.2.0 build 56200`, NetScaler `14.1-25.53`). */
  version?: { value: string; file: CollectedFile };
  /** Installed licenses per product, from the newest export that lists the whole server's pools. */
  licenses?: { pools: CollectedPool[]; files: CollectedFile[] };
  /** The newest statement about the host's last telemetry upload. */
  upload?: CollectedUpload;
  /** Daily usage per product from the newest usage history export (Licensing Manager Historical Use). */
  usage?: { products: ProductUsage[]; file: CollectedFile };
  /**
   * Times after the as-of day: evidence from the future would stay current forever, so such
   * a file (or the upload it states) is left out of everything above; collected/future-dated
   * reports each.
   */
  futureDated?: FutureDated[];
}

export interface FutureDated {
  file: CollectedFile;
  /** `collected`: the file's own collection time (export, commit or file time); `upload`: the last upload it states. */
  what: 'collected' | 'upload';
  /** ISO 8601 UTC. */
  at: string;
  /** For an upload: the field that states it (`UTCDate`, `lastPhoningHomeTime`, `lastUploadBundle`). */
  field?: string;
}

/** The calendar day (`YYYY-MM-DD`) of an ISO timestamp. */
export function dayOf(timestamp: string): string {
  return timestamp.slice(0, 10);
}
