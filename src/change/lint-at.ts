import { lint, type LintOptions, type LintResult } from '../engine/lint.js';
import type { FileSystem } from '../io/file-system.js';
import { NoInventoryError } from '../util/errors.js';
import { commitFileSystem, inputFolders, treePaths, type BlobCache } from './commit-tree.js';

/**
 * Lints the inventory as it is at commit `rev` of the repository at `repoTop`, read from
 * git into memory. An inventory that did not exist yet lints as empty: everything in the
 * head is then new.
 */
export function lintAtCommit(repoTop: string, rev: string, options: LintOptions, cache?: BlobCache): LintResult {
  return lintOlderTree(commitTree(repoTop, rev, options, [], cache), options);
}

/** The files of commit `rev` the linter may read, plus `extraFiles` (absolute: the configuration's candidates). */
export function commitTree(
  repoTop: string,
  rev: string,
  options: LintOptions,
  extraFiles: readonly string[],
  cache?: BlobCache,
): FileSystem {
  return commitFileSystem(repoTop, rev, inputFolders(repoTop, options), cache, treePaths(repoTop, extraFiles));
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
