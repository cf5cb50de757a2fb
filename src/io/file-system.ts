import { closeSync, existsSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export interface FileStat {
  isFile: boolean;
  isDirectory: boolean;
  size: number;
}

export interface DirEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
}

/**
 * What the loader reads: the disk by default, or a tree of another commit held in memory
 * (linting a pull request's base), so that nothing is ever extracted to disk.
 */
export interface FileSystem {
  /** Follows links; undefined when nothing is there. */
  stat(file: string): FileStat | undefined;
  readdir(folder: string): DirEntry[];
  /** At most `limit` bytes. */
  readFile(file: string, limit?: number): Buffer;
  /** Resolves links; throws when nothing is there. */
  realpath(file: string): string;
  exists(file: string): boolean;
  /** The repository's top folder, when the tree is one repository's (a commit in memory). */
  readonly repositoryRoot?: string;
}

export const diskFileSystem: FileSystem = {
  stat(file) {
    try {
      const stats = statSync(file);
      return { isFile: stats.isFile(), isDirectory: stats.isDirectory(), size: stats.size };
    } catch {
      return undefined;
    }
  },
  readdir(folder) {
    return readdirSync(folder, { withFileTypes: true }).map((e) => ({
      name: e.name,
      isFile: e.isFile(),
      isDirectory: e.isDirectory(),
      isSymbolicLink: e.isSymbolicLink(),
    }));
  },
  readFile(file, limit = Number.MAX_SAFE_INTEGER) {
    const fd = openSync(file, 'r');
    try {
      const size = Math.min(statSync(file).size, limit);
      const buffer = Buffer.alloc(size);
      let offset = 0;
      while (offset < size) {
        const read = readSync(fd, buffer, offset, size - offset, offset);
        if (read === 0) break;
        offset += read;
      }
      return buffer.subarray(0, offset);
    } finally {
      closeSync(fd);
    }
  },
  realpath: (file) => realpathSync(file),
  exists: (file) => existsSync(file),
};

/**
 * A read-only tree of files held in memory under `root` (a commit read with git): the files
 * of one repository, by path relative to `root`, which is its repository root. A file given
 * as a function is read the first time the linter asks for it (license files: only those
 * the inventory names are read).
 */
export function memoryFileSystem(root: string, files: ReadonlyMap<string, Buffer | (() => Buffer)>): FileSystem {
  const absolute = new Map<string, Buffer | (() => Buffer)>();
  const folders = new Map<string, Set<string>>();
  const addFolderEntry = (folder: string, name: string) => {
    let entries = folders.get(folder);
    if (!entries) folders.set(folder, (entries = new Set()));
    entries.add(name);
  };
  folders.set(root, new Set());
  for (const [relative, content] of files) {
    const full = path.join(root, relative);
    absolute.set(full, content);
    let child = full;
    let parent = path.dirname(full);
    while (child !== root && parent.startsWith(root)) {
      addFolderEntry(parent, path.basename(child));
      child = parent;
      parent = path.dirname(parent);
    }
  }
  const contentOf = (file: string): Buffer | undefined => {
    let content = absolute.get(file);
    if (typeof content === 'function') absolute.set(file, (content = content()));
    return content;
  };
  const stat = (file: string): FileStat | undefined => {
    const content = contentOf(file);
    if (content) return { isFile: true, isDirectory: false, size: content.length };
    if (folders.has(file)) return { isFile: false, isDirectory: true, size: 0 };
    return undefined;
  };
  return {
    stat,
    readdir: (folder) =>
      [...(folders.get(folder) ?? [])].map((name) => {
        const s = stat(path.join(folder, name));
        return { name, isFile: s?.isFile ?? false, isDirectory: s?.isDirectory ?? false, isSymbolicLink: false };
      }),
    readFile(file, limit = Number.MAX_SAFE_INTEGER) {
      const content = contentOf(file);
      if (!content) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return content.subarray(0, limit);
    },
    realpath(file) {
      const normal = path.resolve(file);
      if (!stat(normal)) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return normal;
    },
    exists: (file) => stat(path.resolve(file)) !== undefined,
    repositoryRoot: root,
  };
}
