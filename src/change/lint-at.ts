import path from 'node:path';
import { lint, type LintOptions, type LintResult } from '../engine/lint.js';
import type { FileSystem } from '../io/file-system.js';
import { NoInventoryError } from '../util/errors.js';
import { commitFileSystem, inputFolders, type BlobCache } from './commit-tree.js';
import { gitCommitTimes } from './commit-times.js';
import { DEFAULT_COLLECTED_FOLDER } from '../load/evidence/find-collected.js';

/**
 * Lints the inventory as it is at commit `rev` of the repository at `repoTop`, read from
 * git into memory. An inventory that did not exist yet lints as empty: everything in the
 * head is then new.
 */
export function lintAtCommit(repoTop: string, rev: string, options: LintOptions, cache?: BlobCache): LintResult {
  // Collected evidence of that commit, dated by that commit's history.
  const inputs = inputFolders(repoTop, options);
  const collectedFolders = options.collected?.folders ?? [
    DEFAULT_COLLECTED_FOLDER,
    ...inputs.map((input) => path.posix.join(path.posix.dirname(input), DEFAULT_COLLECTED_FOLDER)),
  ];
  const folders = [...inputs, ...collectedFolders];
  const collected = { ...options.collected, commitTime: gitCommitTimes(repoTop, rev) };
  return lintOlderTree(commitFileSystem(repoTop, rev, folders, cache), { ...options, collected });
}

/** Lints a tree of another commit held in `fs`; an inventory missing there lints as empty. */
export function lintOlderTree(fs: FileSystem, options: LintOptions): LintResult {
  try {
    return lint({ ...options, fs });
  } catch (error) {
    if (error instanceof NoInventoryError) return { asOf: options.asOf, files: [], findings: [], deadlines: [], inventory: undefined };
    throw error;
  }
}
