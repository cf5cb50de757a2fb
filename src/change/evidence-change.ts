/**
 * What a change does to collected evidence, as data (reporters/evidence-change.ts words it).
 * Evidence decides verdicts (the version the rules judge, installed licenses, the last
 * telemetry upload) and a pull request may write it, so like a change to the configuration
 * it is listed before the verdict, per host: what the evidence now shows against what it
 * showed, and which rules' findings that silences. The head is linted a second time with the
 * base's evidence (only when the evidence differs): findings that the base's evidence
 * reports and the head's hides count as introduced for `only-new`.
 */
import { listsEveryPool, ownerOf } from '../domain/evidence.js';
import { lint, type LintOptions, type LintResult } from '../engine/lint.js';
import { dayOf, type CollectedPool, type HostEvidence } from '../model/evidence.js';
import type { Finding } from '../model/finding.js';
import type { Inventory } from '../model/inventory.js';
import { hiddenByConfig } from './config-weakening.js';

export type EvidenceAspect =
  | 'folder'
  | 'collected'
  | 'version'
  | 'installed'
  | 'overdraft'
  | 'inUse'
  | 'peakInUse'
  | 'usage'
  | 'upload'
  | 'exports';

/** One thing the evidence of a host shows differently; absent `before` or `after`: it showed nothing. */
export interface EvidenceDifference {
  aspect: EvidenceAspect;
  /** For `installed`, `overdraft`, `inUse`, `peakInUse` and `usage`: the product. */
  product?: string;
  /**
   * `folder`: `present` (absent: the folder is new or gone); else a version, a count (`1200`,
   * `uncounted`, `unknown`), a peak (`1452 on 2026-11-20`), a day (`2026-11-27`: absent for
   * `collected` when no file is dated on or before the as-of day) or `never` (an upload).
   * `usage` (the same peak, other days): `before` the days of the history, `after` how many
   * of them differ. `exports`: nothing listed above differs, yet what the exports show does.
   */
  before?: string;
  after?: string;
}

export interface HostEvidenceChange {
  /** The `collected/<host>/` folder's name. */
  host: string;
  differences: EvidenceDifference[];
  /** Rules whose findings about this host the change silences, sorted. */
  silences: string[];
}

export interface EvidenceChange {
  hosts: HostEvidenceChange[];
  /**
   * Findings of the head under the base's evidence that the head's evidence no longer
   * reports (or reports at a lower severity): `only-new` counts them as introduced.
   */
  silenced: Finding[];
}

/** Undefined when the evidence is the same in both (or either side has no inventory). */
export function judgeEvidenceChange(base: LintResult, head: LintResult, headOptions: LintOptions): EvidenceChange | undefined {
  if (!base.inventory || !head.inventory) return undefined;
  const baseEvidence = base.inventory.evidence ?? [];
  const hosts = evidenceChanges(baseEvidence, head.inventory.evidence ?? []);
  if (hosts.length === 0) return undefined;
  const underBase = lint({ ...headOptions, collected: { ...headOptions.collected, evidence: baseEvidence } });
  const silenced = hiddenByConfig(underBase.findings, head.findings);
  attribute(hosts, silenced, head.inventory, [...baseEvidence, ...(head.inventory.evidence ?? [])]);
  return { hosts, silenced };
}

/** Per `collected/<host>/` folder, what its evidence shows differently; hosts in name order. */
export function evidenceChanges(base: readonly HostEvidence[], head: readonly HostEvidence[]): HostEvidenceChange[] {
  const before = new Map(base.map((e) => [e.folder, e]));
  const after = new Map(head.map((e) => [e.folder, e]));
  const folders = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: HostEvidenceChange[] = [];
  for (const folder of folders) {
    const b = before.get(folder);
    const h = after.get(folder);
    if (b && !h) {
      changes.push({ host: b.host, differences: [{ aspect: 'folder', before: 'present' }], silences: [] });
      continue;
    }
    // The same evidence (the usual case, for every host a change leaves alone) differs in nothing.
    if (b && h && sameData(b, h)) continue;
    const differences = [
      ...(b ? [] : [{ aspect: 'folder' as const, after: 'present' }]),
      ...differ('collected', collectedDay(b), collectedDay(h)),
      ...differ('version', b?.version?.value, h?.version?.value),
      // What the license position and its rules read: installed, overdraft, in use, the usage history's peak.
      // A product an export of every pool leaves out is 0 installed; no such export says nothing.
      ...productDifferences('installed', b, h, installedCounts, (e) => (listsEveryPool(e) ? '0' : undefined)),
      ...productDifferences('overdraft', b, h, overdrafts),
      ...productDifferences('inUse', b, h, inUseCounts),
      ...productDifferences('peakInUse', b, h, peaks),
      ...usageDifferences(b, h),
      ...differ('upload', uploadWords(b), uploadWords(h)),
    ];
    // Anything else the exports show (what the folder's exports agree the host is, a file
    // beside them) may change what the rules read: said, so that nothing changes unlisted.
    if (differences.length === 0) differences.push({ aspect: 'exports' });
    changes.push({ host: (h ?? b)!.host, differences, silences: [] });
  }
  return changes;
}

/** Plain data (evidence: objects, arrays, strings, numbers) equal all the way down; stops at the first difference. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key in b && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function differ(aspect: EvidenceAspect, before: string | undefined, after: string | undefined, product?: string): EvidenceDifference[] {
  if (before === after) return [];
  return [
    {
      aspect,
      ...(product === undefined ? {} : { product }),
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
    },
  ];
}

function collectedDay(evidence: HostEvidence | undefined): string | undefined {
  const at = evidence?.newest?.collectedAt;
  return at === undefined ? undefined : dayOf(at);
}

function uploadWords(evidence: HostEvidence | undefined): string | undefined {
  const upload = evidence?.upload;
  if (!upload) return undefined;
  return upload.at === undefined ? 'never' : dayOf(upload.at);
}

type ProductValues = (evidence: HostEvidence | undefined) => Map<string, string>;

function productDifferences(
  aspect: EvidenceAspect,
  base: HostEvidence | undefined,
  head: HostEvidence | undefined,
  values: ProductValues,
  absent: (evidence: HostEvidence | undefined) => string | undefined = () => undefined,
) {
  const before = values(base);
  const after = values(head);
  const products = [...new Set([...before.keys(), ...after.keys()])].sort();
  return products.flatMap((product) => differ(aspect, before.get(product) ?? absent(base), after.get(product) ?? absent(head), product));
}

/** One value of each pool of the export that lists the server's pools; a pool that does not say has none. */
function poolValues(value: (pool: CollectedPool) => string | number | undefined): ProductValues {
  return (evidence) => {
    const values = new Map<string, string>();
    for (const pool of evidence?.licenses?.pools ?? []) {
      const shown = value(pool);
      if (shown !== undefined) values.set(pool.product, String(shown));
    }
    return values;
  };
}

const installedCounts = poolValues((pool) => (pool.count === undefined ? 'unknown' : pool.count));
const overdrafts = poolValues((pool) => pool.overdraft);
const inUseCounts = poolValues((pool) => pool.inUse);

/** The most in use on one day of the usage history, per product, and that day. */
function peaks(evidence: HostEvidence | undefined): Map<string, string> {
  const values = new Map<string, string>();
  for (const { product, days } of evidence?.usage?.products ?? []) {
    const peak = days.reduce<(typeof days)[number] | undefined>((best, day) => (!best || day.inUse > best.inUse ? day : best), undefined);
    if (peak) values.set(product, `${peak.inUse} on ${peak.day}`);
  }
  return values;
}

/**
 * Per product whose usage history has the same peak but other days (an installed count or an
 * overdraft raised on them silences licenses/overdraft-in-use): how many of its days differ.
 */
function usageDifferences(base: HostEvidence | undefined, head: HostEvidence | undefined): EvidenceDifference[] {
  const before = new Map((base?.usage?.products ?? []).map((u) => [u.product, u.days]));
  const after = new Map((head?.usage?.products ?? []).map((u) => [u.product, u.days]));
  const peaksBefore = peaks(base);
  const peaksAfter = peaks(head);
  const differences: EvidenceDifference[] = [];
  for (const product of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    if (peaksBefore.get(product) !== peaksAfter.get(product)) continue;
    // Per day: the sample before and after, as text ('' where that side has none).
    const days = new Map<string, [string, string]>();
    const sample = (day: string) => days.get(day) ?? days.set(day, ['', '']).get(day)!;
    for (const day of before.get(product) ?? []) sample(day.day)[0] = JSON.stringify(day);
    for (const day of after.get(product) ?? []) sample(day.day)[1] = JSON.stringify(day);
    const differing = [...days.values()].filter(([b, a]) => b !== a).length;
    if (differing > 0) differences.push({ aspect: 'usage', product, before: String(days.size), after: String(differing) });
  }
  return differences;
}

/**
 * Which host's change silenced which rule's finding: a finding is about the host when one of
 * its subjects (`data.subjects`) is the folder's name or the inventory's spelling of it.
 */
function attribute(
  hosts: HostEvidenceChange[],
  silenced: readonly Finding[],
  inventory: Inventory,
  evidence: readonly HostEvidence[],
): void {
  for (const change of hosts) {
    const names = new Set([change.host.toLowerCase()]);
    for (const e of evidence.filter((x) => x.host === change.host)) {
      const owner = ownerOf(inventory, e);
      if (!owner) continue;
      const host = owner.host as { hostname?: string; fqdn?: string; name?: string };
      for (const name of [host.hostname, host.fqdn, host.name]) if (name) names.add(name.toLowerCase());
    }
    const rules = silenced
      .filter((finding) => finding.data.subjects.some((subject) => names.has(subject.toLowerCase())))
      .map((finding) => finding.ruleId);
    change.silences = [...new Set(rules)].sort();
  }
}
