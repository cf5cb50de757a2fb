import path from 'node:path';
import { lint, type LintOptions, type LintResult } from '../engine/lint.js';
import type { FileSystem } from '../io/file-system.js';
import { NoInventoryError } from '../util/errors.js';
import { commitFileSystem, inputFolders, treePaths, type BlobCache } from './commit-tree.js';
import { gitCommitTimes } from './commit-times.js';
import { DEFAULT_COLLECTED_FOLDER } from '../load/evidence/find-collected.js';

/**
 * Lints the inventory as it is at commit `rev` of the repository at `repoTop`, read from
 * git into memory. An inventory that did not exist yet lints as empty: everything in the
 * head is then new.
 */
export function lintAtCommit(repoTop: string, rev: string, options: LintOptions, cache?: BlobCache): LintResult {
  return lintOlderTree(commitTree(repoTop, rev, options, [], cache), atCommit(repoTop, rev, options));
}

/** Collected evidence of commit `rev` is dated by that commit's history. */
export function atCommit(repoTop: string, rev: string, options: LintOptions): LintOptions {
  return { ...options, collected: { ...options.collected, commitTime: gitCommitTimes(repoTop, rev) } };
}

/**
 * The files of commit `rev` the linter may read (the inputs, and the collected evidence next
 * to them and at the root, or where the configuration puts it), plus `extraFiles` (absolute:
 * the configuration's candidates).
 */
export function commitTree(
  repoTop: string,
  rev: string,
  options: LintOptions,
  extraFiles: readonly string[],
  cache?: BlobCache,
): FileSystem {
  return commitFileSystem(repoTop, rev, lintedFolders(repoTop, options, options.collected?.folders), cache, treePaths(repoTop, extraFiles));
}

/**
 * The folders of a commit's tree a lint reads: the inputs, and the collected evidence where
 * the configuration puts it (`folders`), else at the root and next to each input.
 */
export function lintedFolders(repoTop: string, options: { inputs: readonly string[]; cwd: string }, folders?: readonly string[]): string[] {
  const inputs = inputFolders(repoTop, options);
  const collected = folders ?? [
    DEFAULT_COLLECTED_FOLDER,
    ...inputs.map((input) => path.posix.join(path.posix.dirname(input), DEFAULT_COLLECTED_FOLDER)),
  ];
  return [...inputs, ...collected];
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
