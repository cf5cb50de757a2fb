import path from 'node:path';
import type { FileSystem } from '../io/file-system.js';
import type { CommitListing } from './commit-listing.js';

/**
 * `fs`, noting in `looks` every path the linter asks about (`s` a file or its content, `d`
 * a folder's names), relative to `root`. A lint is a function of what it sees, so the answers
 * to the same looks in another commit's listing (`answersIn`) tell whether it would see
 * anything different there.
 */
export function recordingFileSystem(fs: FileSystem, root: string, looks: Set<string>): FileSystem {
  const note = <T>(kind: 's' | 'd', file: string, answer: () => T): T => {
    looks.add(`${kind}${path.relative(root, path.resolve(file)).split(path.sep).join('/')}`);
    return answer();
  };
  return {
    stat: (file) => note('s', file, () => fs.stat(file)),
    readdir: (folder) => note('d', folder, () => fs.readdir(folder)),
    readFile: (file, limit) => note('s', file, () => fs.readFile(file, limit)),
    realpath: (file) => note('s', file, () => fs.realpath(file)),
    exists: (file) => note('s', file, () => fs.exists(file)),
    repositoryRoot: fs.repositoryRoot,
  };
}

/** What each look finds in `listing`: a blob id (which stands for the content), a folder's names, or nothing. */
export function answersIn(listing: CommitListing, looks: Iterable<string>): string[] {
  return Array.from(looks, (look) => (look[0] === 'd' ? listing.names(look.slice(1)) : listing.describe(look.slice(1))));
}
