import type { Policy } from '../data/policy.js';
import { diskFileSystem, type FileSystem } from '../io/file-system.js';
import type { HostEvidence } from '../model/evidence.js';
import { doneReading } from '../yaml/read-yaml.js';
import type { IsoDate } from '../model/inventory.js';
import type { InventoryRoot } from './discover.js';
import { applyCollectedVersions } from './evidence/apply-versions.js';
import { loadEvidence, type CommitTime } from './evidence/load-evidence.js';
import { loadInventory, type LoadedInventory } from './load-inventory.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from './parse-inventory-file.js';

export interface LoadOptions {
  cwd: string;
  asOf: IsoDate;
  /** Which collected evidence is current enough to state a host's version. */
  policy: Policy;
  limits?: ParseLimits;
  /** Where files are read: the disk, or a commit held in memory. */
  fs?: FileSystem;
  /**
   * Collected evidence: configured folders, and when git says each file was committed (the
   * door asks git). `evidence`, when given, is used instead of reading the folders: the head
   * judged with the base's evidence shows what a change to evidence silences.
   */
  collected?: { folders?: readonly string[]; commitTime?: CommitTime; evidence?: readonly HostEvidence[] };
}

/**
 * The inventory as the rules judge it, with the findings of reading it: its files in one
 * model, the collected evidence attached and dated, and the versions current evidence
 * states in place of the declared ones (kept beside them).
 */
export function load(roots: readonly InventoryRoot[], options: LoadOptions): LoadedInventory {
  const limits = options.limits ?? DEFAULT_PARSE_LIMITS;
  const fs = options.fs ?? diskFileSystem;
  const loaded = loadInventory(roots, limits, fs);
  // Every inventory file is read: the reader's token arrays can go before the evidence is.
  doneReading();
  const given = options.collected?.evidence;
  loaded.inventory.evidence = given
    ? [...given]
    : loadEvidence(roots, options.cwd, { ...options.collected, maxBytes: limits.maxFileBytes, asOf: options.asOf }, fs, (finding) =>
        loaded.findings.push(finding),
      );
  applyCollectedVersions(loaded.inventory, options.asOf, options.policy);
  return loaded;
}
