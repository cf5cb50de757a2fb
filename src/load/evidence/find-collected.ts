/**
 * Where collected evidence lives: `collected/<hostname>/` next to the inventory and at the
 * repository root, or the folders the configuration names (relative to the repository root).
 * The same containment as for the inventory (io/containment.ts) holds for every folder and
 * file: nothing outside the repository and nothing in its `.git` folder is read. A link that
 * leads there is refused (a finding, never a read); linked folders are never walked; a linked
 * file is read when its target is inside.
 */
import path from 'node:path';
import { containmentProblem } from '../../io/containment.js';
import type { DirEntry, FileSystem } from '../../io/file-system.js';
import type { InventoryRoot } from '../discover.js';

export const DEFAULT_COLLECTED_FOLDER = 'collected';

export interface CollectedHostFolder {
  /** The folder's name: the host as the collector wrote it. */
  host: string;
  folder: string;
  /** Every export file under it, sorted. */
  files: string[];
}

export interface CollectedFolders {
  hosts: CollectedHostFolder[];
  /** The `collected/` folders walked (absolute): one history walk serves them all. */
  roots: string[];
  /** Paths not read because they lead outside the repository or into `.git`, and why. */
  refused: { file: string; problem: string }[];
}

export function findCollected(
  roots: readonly InventoryRoot[],
  cwd: string,
  configured: readonly string[] | undefined,
  fs: FileSystem,
): CollectedFolders {
  const hosts = new Map<string, CollectedHostFolder>();
  const walked = new Map<string, string>();
  const refused = new Map<string, string>();
  for (const root of roots) {
    const input = path.resolve(cwd, root.input);
    const inputFolder = fs.stat(input)?.isDirectory ? input : path.dirname(input);
    const candidates = configured
      ? configured.map((folder) => path.resolve(root.repositoryRoot, folder))
      : [path.join(inputFolder, DEFAULT_COLLECTED_FOLDER), path.join(root.repositoryRoot, DEFAULT_COLLECTED_FOLDER)];
    for (const candidate of candidates) {
      if (!fs.stat(candidate)?.isDirectory) continue;
      const problem = containmentProblem(candidate, root.repositoryRoot, fs);
      if (problem) {
        refused.set(candidate, problem);
        continue;
      }
      // Two candidates may be one folder (the inventory at the root, or a linked `collected`).
      const real = fs.realpath(candidate);
      if (walked.has(real)) continue;
      walked.set(real, candidate);
      for (const entry of list(candidate, fs)) {
        if (hidden(entry.name)) continue;
        const folder = path.join(candidate, entry.name);
        if (entry.isSymbolicLink) {
          // A host folder that is a link is never walked; one that leads out is said so.
          const linkProblem = containmentProblem(folder, root.repositoryRoot, fs);
          if (linkProblem) refused.set(folder, linkProblem);
          continue;
        }
        if (!entry.isDirectory || hosts.has(folder)) continue;
        const files: string[] = [];
        walk(folder, root.repositoryRoot, files, refused, fs);
        hosts.set(folder, { host: entry.name, folder, files: files.sort() });
      }
    }
  }
  return {
    hosts: [...hosts.values()].filter((h) => h.files.length > 0).sort((a, b) => (a.folder < b.folder ? -1 : 1)),
    roots: [...walked.values()],
    refused: [...refused].map(([file, problem]) => ({ file, problem })),
  };
}

/** Notes for people (README.md) and hidden files (.gitkeep) are not exports. */
function hidden(name: string): boolean {
  return name.startsWith('.') || /\.md$/i.test(name);
}

function walk(folder: string, repositoryRoot: string, out: string[], refused: Map<string, string>, fs: FileSystem): void {
  for (const entry of list(folder, fs)) {
    if (hidden(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory) walk(full, repositoryRoot, out, refused, fs);
    else if (entry.isFile) out.push(full);
    else if (entry.isSymbolicLink) {
      const problem = containmentProblem(full, repositoryRoot, fs);
      if (problem) refused.set(full, problem);
      else if (fs.stat(full)?.isFile) out.push(full);
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
