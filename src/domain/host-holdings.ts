/**
 * What one active license server or console holds, per product: installed (overdraft
 * excluded), overdraft, in use and the usage history, each from the one place that knows it,
 * or `null` where nothing does. Installed comes from the license files the inventory declares
 * (collected/licenses-differ reports when the server shows otherwise), else from current
 * collected evidence of the whole server's pools (a server on the License Activation Service
 * holds no files); overdraft and in use exist only in evidence. A server with neither files nor
 * evidence, and not declared `activation: files`, holds something nobody can see: unknown.
 * One whose files were not all read (missing, or with a line that could not be read) holds at
 * least what the rest say: `partial`, a lower bound for the rules and unknown in the position.
 */
import type { Policy } from '../data/policy.js';
import type { CollectedFile, CollectedPool, HostEvidence, UsageDay } from '../model/evidence.js';
import type { Feature, Inventory, IsoDate, LicenseServer, NetscalerConsole } from '../model/inventory.js';
import { currentEvidenceOf, listsEveryPool, showsServerPools } from './evidence.js';
import { countedFiles, type Holder } from './scope.js';
import { isStartupProduct } from './startup-license.js';

/** Where a host's installed count comes from. */
export type InstalledFrom = 'license files' | 'evidence' | 'unknown';

export interface HostHolding {
  kind: Holder['kind'];
  host: LicenseServer | NetscalerConsole;
  product: string;
  installed: number | null;
  /** Where `installed` comes from. */
  installedFrom: InstalledFrom;
  /** More may be installed than `installed` says: a license file of the host was not read whole. */
  partial?: true;
  /** The host's inventory entry was not read as written: none of its numbers is known (the position sets it). */
  inDoubt?: true;
  /** What current evidence shows installed when the declared files are the count (collected/licenses-differ compares them). */
  installedCollected?: number;
  overdraft: number | null;
  inUse: number | null;
  /** Daily usage of the product, oldest first; empty when no usage history covers the host. */
  days: readonly UsageDay[];
  /** The declared line where the product is installed (the largest), when files declare it. */
  feature?: Feature;
  /** The export that states the pools (overdraft, in use), with the folder it was read from. */
  pools?: { evidence: HostEvidence; file: CollectedFile; pool?: CollectedPool };
  /** The usage history export. */
  usage?: { evidence: HostEvidence; file: CollectedFile };
}

export interface HostHoldings {
  kind: Holder['kind'];
  host: LicenseServer | NetscalerConsole;
  from: InstalledFrom;
  /** Every license the host holds is known: its declared files all read, or evidence of all its pools. */
  complete: boolean;
  /** Per product (the startup license left out). */
  products: Map<string, HostHolding>;
}

/** One active holder's products; the caller skips decommissioned hosts. */
export function holdingsOf(inventory: Inventory, { kind, host }: Holder, asOf: IsoDate, policy: Policy): HostHoldings {
  const files = countedFiles(host);
  // Collected exports describe license servers; a console's licenses are known from its files only.
  const current = kind === 'license server' ? currentEvidenceOf(inventory, host, asOf, policy) : [];
  const poolEvidence = current.find(showsServerPools);
  const usageEvidence = current.find((e) => e.usage);
  // A listed file that could not be read still says the host is declared by its files.
  const notRead = 'licenseFilesListed' in host && (host.licenseFilesListed ?? 0) > host.licenseFiles.length;
  const from: InstalledFrom =
    files.length > 0 || notRead || host.activation === 'files' ? 'license files' : poolEvidence ? 'evidence' : 'unknown';
  // Collected license files are those someone committed, not necessarily all the server holds.
  const wholePools = listsEveryPool(poolEvidence);
  const complete = from === 'license files' ? !notRead && !files.some((f) => f.unread) : from === 'evidence' && wholePools;
  const products = new Map<string, HostHolding>();
  const holding = (product: string): HostHolding => {
    let entry = products.get(product);
    if (!entry) {
      entry = {
        kind,
        host,
        product,
        installed: from === 'unknown' ? null : 0,
        installedFrom: from,
        overdraft: null,
        inUse: null,
        days: [],
      };
      // A server whose whole pools were exported holds none of a product they do not list.
      if (wholePools && poolEvidence)
        Object.assign(entry, { overdraft: 0, inUse: 0, pools: { evidence: poolEvidence, file: poolEvidence.licenses!.files[0]! } });
      products.set(product, entry);
    }
    return entry;
  };
  if (from === 'license files') {
    for (const file of files) {
      for (const feature of file.features) {
        if (typeof feature.count !== 'number' || isStartupProduct(feature.product) || expired(feature, asOf)) continue;
        const entry = holding(feature.product);
        entry.installed = (entry.installed ?? 0) + feature.count;
        if (!entry.feature || feature.count > (entry.feature.count as number)) entry.feature = feature;
      }
    }
  }
  for (const pool of poolEvidence?.licenses?.pools ?? []) {
    if (isStartupProduct(pool.product)) continue;
    const entry = holding(pool.product);
    if (from === 'evidence') entry.installed = typeof pool.count === 'number' ? pool.count : null;
    else if (typeof pool.count === 'number') entry.installedCollected = pool.count;
    entry.overdraft = pool.overdraft ?? null;
    entry.inUse = pool.inUse ?? null;
    entry.pools = { evidence: poolEvidence!, file: poolEvidence!.licenses!.files[0]!, pool };
  }
  for (const usage of usageEvidence?.usage?.products ?? []) {
    if (isStartupProduct(usage.product) || usage.days.length === 0) continue;
    const entry = holding(usage.product);
    entry.days = usage.days;
    entry.usage = { evidence: usageEvidence!, file: usageEvidence!.usage!.file };
    // Without an export of the pools, the history's last day is what is in use.
    if (!entry.pools) {
      const last = usage.days.at(-1)!;
      entry.inUse = last.inUse;
      entry.overdraft = last.overdraft ?? null;
      if (from === 'unknown' && last.installed !== undefined)
        Object.assign(entry, { installed: last.installed, installedFrom: 'evidence' });
    }
  }
  if (!complete && from !== 'unknown') for (const entry of products.values()) entry.partial = true;
  return { kind, host, from, complete, products };
}

function expired(feature: Feature, asOf: IsoDate): boolean {
  return feature.expires !== undefined && feature.expires !== 'permanent' && feature.expires < asOf;
}
