import path from 'node:path';
import { lint, type LintOptions, type LintResult } from '../engine/lint.js';
import type { FileSystem } from '../io/file-system.js';
import { NoInventoryError } from '../util/errors.js';
import { inputFolders } from './commit-tree.js';
import { DEFAULT_COLLECTED_FOLDER } from '../load/evidence/find-collected.js';

/**
 * The folders of a commit whose every file the linter may read: the inputs, and the
 * collected evidence next to them and at the root (or where the configuration puts it).
 */
export function lintedFolders(repoTop: string, options: Pick<LintOptions, 'inputs' | 'inventory' | 'cwd' | 'collected'>): string[] {
  const inputs = inputFolders(repoTop, options);
  const collectedFolders = options.collected?.folders ?? [
    DEFAULT_COLLECTED_FOLDER,
    ...inputs.map((input) => path.posix.join(path.posix.dirname(input), DEFAULT_COLLECTED_FOLDER)),
  ];
  return [...inputs, ...collectedFolders];
}

/** Lints a tree of another commit held in `fs`; an inventory missing there lints as empty. */
export function lintOlderTree(fs: FileSystem, options: LintOptions): LintResult {
  try {
    return lint({ ...options, fs });
  } catch (error) {
    if (error instanceof NoInventoryError)
      return { asOf: options.asOf, files: [], findings: [], withheld: [], unread: [], deadlines: [], inventory: undefined };
    throw error;
  }
}
