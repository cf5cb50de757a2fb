import path from 'node:path';
import { memoryFileSystem, type FileSystem } from '../io/file-system.js';
import { git } from './git.js';
import { extentPaths } from '../load/extent.js';

/** Blob contents by object id: a file read twice is read from git once. */
type BlobCache = Map<string, Buffer>;

interface TreeEntry {
  oid: string;
  path: string;
}

/**
 * A commit's files as the linter may read them: everything under `folders`, the `files`
 * named (paths from the repository root, with forward slashes), and every license file of
 * the repository, which inventories name by path. Read from the clone, or fetched.
 */
export type CommitFiles = (folders: readonly string[], files: readonly string[]) => FileSystem | Promise<FileSystem>;

/**
 * Commit `rev` as the clone holds it, held in memory as a read-only file system rooted at
 * `repo` (nothing is written to disk): its tree listed once, each blob read once, however
 * many times it is read.
 */
export function cloneFiles(repo: string, rev: string): (folders: readonly string[], files: readonly string[]) => FileSystem {
  let tree: TreeEntry[] | undefined;
  const cache: BlobCache = new Map();
  return (folders, extraFiles) => commitFilesOf(repo, (tree ??= listTree(repo, rev)), folders, cache, extraFiles);
}

function commitFilesOf(
  repo: string,
  listed: readonly TreeEntry[],
  folders: readonly string[],
  cache: BlobCache,
  extraFiles: readonly string[],
): FileSystem {
  const inFolders = treeFileFilter(folders, extraFiles, { licenseFiles: false });
  const entries = listed.filter((e) => inFolders(e.path));
  const missing = [...new Set(entries.map((e) => e.oid).filter((oid) => !cache.has(oid)))];
  if (missing.length > 0) readBlobs(repo, missing, cache);
  const files = new Map<string, Buffer | (() => Buffer)>(entries.map((e) => [e.path, cache.get(e.oid)!]));
  // License files elsewhere are read only if the inventory names them: a repository of
  // thousands of .lic files costs nothing more than the few it references.
  for (const entry of listed) {
    if (files.has(entry.path) || !/\.lic$/i.test(entry.path)) continue;
    files.set(entry.path, () => {
      if (!cache.has(entry.oid)) readBlobs(repo, [entry.oid], cache);
      return cache.get(entry.oid)!;
    });
  }
  return memoryFileSystem(repo, files);
}

/**
 * What the inputs read (themselves, and the declared or default inventory a named file
 * belongs to), relative to the repository root, with forward slashes (as git names paths).
 */
export function inputFolders(root: string, options: { inputs: readonly string[]; inventory?: readonly string[]; cwd: string }): string[] {
  return extentPaths(options.inputs, options.cwd, options.inventory).map((input) => path.relative(root, input).split(path.sep).join('/'));
}

/**
 * Which files of a commit's tree the linter may read: everything under the input folders,
 * and every license file of the repository (inventories name them by relative path).
 */
export function treeFileFilter(
  folders: readonly string[],
  extraFiles: readonly string[] = [],
  options: { licenseFiles: boolean } = { licenseFiles: true },
): (treePath: string) => boolean {
  const extra = new Set(extraFiles);
  return (treePath) =>
    extra.has(treePath) ||
    (options.licenseFiles && /\.lic$/i.test(treePath)) ||
    folders.some((f) => f === '' || treePath === f || treePath.startsWith(`${f}/`));
}

/** Absolute paths as tree paths relative to the repository root (the configuration's candidates, say). */
export function treePaths(root: string, files: readonly string[]): string[] {
  return files.map((file) => path.relative(root, file).split(path.sep).join('/')).filter((p) => p !== '' && !p.startsWith('..'));
}

function listTree(repo: string, rev: string): TreeEntry[] {
  const out = git(repo, ['ls-tree', '-r', '-z', '--full-tree', rev]).toString('utf8');
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [mode, type, oid] = record.slice(0, tab).split(' ');
    // Regular files only: links (120000) and submodules are never followed.
    if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) continue;
    entries.push({ oid: oid!, path: record.slice(tab + 1) });
  }
  return entries;
}

/** One `git cat-file --batch` for all the blobs: `<oid> blob <size>\n<bytes>\n` each. */
function readBlobs(repo: string, oids: readonly string[], cache: BlobCache): void {
  const out = git(repo, ['cat-file', '--batch'], `${oids.join('\n')}\n`);
  let offset = 0;
  while (offset < out.length) {
    const headerEnd = out.indexOf(10, offset);
    const [oid, , size] = out.subarray(offset, headerEnd).toString('utf8').split(' ');
    const start = headerEnd + 1;
    const length = Number(size);
    cache.set(oid!, Buffer.from(out.subarray(start, start + length)));
    offset = start + length + 1;
  }
}
