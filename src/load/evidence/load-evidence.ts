import path from 'node:path';
import type { FileSystem } from '../../io/file-system.js';
import type { HostEvidence } from '../../model/evidence.js';
import type { IsoDate } from '../../model/inventory.js';
import type { RawFinding } from '../../model/raw-finding.js';
import type { InventoryRoot } from '../discover.js';
import { findCollected } from './find-collected.js';
import { readCollected, type CommitTime } from './read-collected.js';

export type { CommitTime } from './read-collected.js';

export interface EvidenceOptions {
  /** `collected.folders` of the configuration, relative to the repository root. */
  folders?: readonly string[];
  /** Given by the door, which may run git; the loader never does. */
  commitTime?: CommitTime;
  /** Larger exports are not read (a finding says so). */
  maxBytes: number;
  /** The day the run judges as of: evidence dated after it counts for nothing. */
  asOf: IsoDate;
}

/** Every `collected/<host>/` folder of the inventory's repositories, read and dated. */
export function loadEvidence(
  roots: readonly InventoryRoot[],
  cwd: string,
  options: EvidenceOptions,
  fs: FileSystem,
  report: (finding: RawFinding) => void,
): HostEvidence[] {
  const found = findCollected(roots, cwd, options.folders, fs);
  // Messages of collected/unreadable (src/rules/collected/unreadable.ts).
  for (const { file, problem } of found.refused) {
    report({
      ruleId: 'collected/unreadable',
      messageId: 'outside',
      values: { problem },
      subjects: [path.basename(path.dirname(file)), path.basename(file)],
      where: { file, line: 1, column: 1, endLine: 1, endColumn: 1 },
      entity: `${file}#unreadable`,
    });
  }
  return readCollected(found, fs, options, report);
}
