/**
 * Where collected evidence lives: `collected/<hostname>/` next to the inventory and at the
 * repository root, or the folders the configuration names (relative to the repository root).
 * Nothing outside the repository is read: a folder whose real path leaves it is skipped, linked
 * folders are never walked, and a linked file is read only when its target is inside.
 */
import path from 'node:path';
import type { DirEntry, FileSystem } from '../../io/file-system.js';
import { isInside, type InventoryRoot } from '../discover.js';

export const DEFAULT_COLLECTED_FOLDER = 'collected';

export interface CollectedHostFolder {
  /** The folder's name: the host as the collector wrote it. */
  host: string;
  folder: string;
  /** Every export file under it, sorted. */
  files: string[];
}

export function findCollected(
  roots: readonly InventoryRoot[],
  cwd: string,
  configured: readonly string[] | undefined,
  fs: FileSystem,
): CollectedHostFolder[] {
  const hosts = new Map<string, CollectedHostFolder>();
  for (const root of roots) {
    const realRoot = safeRealpath(root.repositoryRoot, fs);
    if (!realRoot) continue;
    const input = path.resolve(cwd, root.input);
    const inputFolder = fs.stat(input)?.isDirectory ? input : path.dirname(input);
    const candidates = configured
      ? configured.map((folder) => path.resolve(root.repositoryRoot, folder))
      : [path.join(inputFolder, DEFAULT_COLLECTED_FOLDER), path.join(root.repositoryRoot, DEFAULT_COLLECTED_FOLDER)];
    for (const candidate of candidates) {
      const real = safeRealpath(candidate, fs);
      if (!real || !isInside(real, realRoot) || !fs.stat(real)?.isDirectory) continue;
      for (const entry of list(candidate, fs)) {
        if (!entry.isDirectory || hidden(entry.name)) continue;
        const folder = path.join(candidate, entry.name);
        if (hosts.has(folder)) continue;
        const files: string[] = [];
        walk(folder, realRoot, files, fs);
        hosts.set(folder, { host: entry.name, folder, files: files.sort() });
      }
    }
  }
  return [...hosts.values()].filter((h) => h.files.length > 0).sort((a, b) => (a.folder < b.folder ? -1 : 1));
}

/** Notes for people (README.md) and hidden files (.gitkeep) are not exports. */
function hidden(name: string): boolean {
  return name.startsWith('.') || /\.md$/i.test(name);
}

function walk(folder: string, realRoot: string, out: string[], fs: FileSystem): void {
  for (const entry of list(folder, fs)) {
    if (hidden(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory) walk(full, realRoot, out, fs);
    else if (entry.isFile) out.push(full);
    else if (entry.isSymbolicLink) {
      const target = safeRealpath(full, fs);
      if (target && isInside(target, realRoot) && fs.stat(target)?.isFile) out.push(full);
    }
  }
}

function list(folder: string, fs: FileSystem): DirEntry[] {
  try {
    return fs.readdir(folder);
  } catch {
    return [];
  }
}

function safeRealpath(file: string, fs: FileSystem): string | undefined {
  try {
    return fs.realpath(file);
  } catch {
    return undefined;
  }
}
