import path from 'node:path';
import { lint, type LintOptions, type LintResult } from '../engine/lint.js';
import { UsageError } from '../util/errors.js';
import { commitFileSystem, type BlobCache } from './commit-tree.js';

/**
 * Lints the inventory as it is at commit `rev` of the repository at `repoTop`, read from
 * git into memory. An inventory that did not exist yet lints as empty: everything in the
 * head is then new.
 */
export function lintAtCommit(repoTop: string, rev: string, options: LintOptions, cache?: BlobCache): LintResult {
  const folders = options.inputs.map((input) => path.relative(repoTop, path.resolve(options.cwd, input)).split(path.sep).join('/'));
  const fs = commitFileSystem(repoTop, rev, folders, cache);
  try {
    return lint({ ...options, fs });
  } catch (error) {
    if (error instanceof UsageError && /no such file or folder|holds no \.yaml/.test(error.message)) {
      return { asOf: options.asOf, files: [], findings: [], deadlines: [], inventory: undefined };
    }
    throw error;
  }
}
