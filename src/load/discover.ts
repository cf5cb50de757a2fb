import path from 'node:path';
import { diskFileSystem, type DirEntry, type FileSystem } from '../io/file-system.js';
import { containmentProblem, isInside } from '../io/containment.js';
import { NoInventoryError, UsageError } from '../util/errors.js';

export { isInside };

export interface InventoryRoot {
  /** What the user named: a file or a folder. */
  input: string;
  /** The git top level above the input, or the input's folder when there is no git. */
  repositoryRoot: string;
  files: string[];
  /**
   * Paths that were not read because they lead outside the repository (or into `.git`):
   * findings, never reads.
   */
  refused: { file: string; problem: string }[];
}

const INVENTORY_FILE = /\.ya?ml$/i;

/** The documented default inventory, in the order looked for: a folder, else one file. */
export const DEFAULT_INVENTORY_NAMES = ['inventory', 'inventory.yaml', 'inventory.yml'] as const;

/**
 * Default inputs, as the spec says: `inventory/` or `inventory.yaml` in the current folder,
 * else in the nearest folder above it up to the repository root (as git and linters find
 * their files from a sub-folder). Relative to `cwd`.
 */
export function defaultInputs(cwd: string, fs: FileSystem = diskFileSystem): string[] {
  const found = defaultInventoryFrom(cwd, findRepositoryRoot(cwd, fs), fs);
  if (found !== undefined) return [path.relative(cwd, found)];
  throw new UsageError(
    'no inventory given and none found here or above up to the repository root: pass a file or folder, create inventory/ or inventory.yaml, or declare it with `inventory:` in .citrix-license-lint.yml',
  );
}

/** The default inventory seen from `folder` (absolute): the nearest up to `top`, or undefined. */
export function defaultInventoryFrom(folder: string, top: string, fs: FileSystem = diskFileSystem): string | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    for (const name of DEFAULT_INVENTORY_NAMES) {
      const candidate = path.join(current, name);
      if (fs.exists(candidate)) return candidate;
    }
    if (current === top || path.dirname(current) === current) return undefined;
  }
}

export function discover(input: string, cwd: string, fs: FileSystem = diskFileSystem): InventoryRoot {
  const absolute = path.resolve(cwd, input);
  const stats = fs.stat(absolute);
  if (!stats) throw new NoInventoryError(`${input}: no such file or folder`);
  if (!stats.isFile && !stats.isDirectory) throw new UsageError(`${input}: not a file or folder`);
  const root = findRepositoryRoot(stats.isFile ? path.dirname(absolute) : absolute, fs);
  // The input itself may be a committed link (`inventory.yaml -> .git/config`, `inventory -> /usr`).
  const problem = containmentProblem(absolute, root, fs);
  if (problem) return { input, repositoryRoot: root, files: [], refused: [{ file: absolute, problem }] };
  if (stats.isFile) return { input, repositoryRoot: root, files: [absolute], refused: [] };
  const files: string[] = [];
  const refused: InventoryRoot['refused'] = [];
  walk(absolute, root, { files, refused }, fs);
  if (files.length === 0 && refused.length === 0) throw new NoInventoryError(`${input}: the folder holds no .yaml or .yml file`);
  return { input, repositoryRoot: root, files: oncePerFile(files, fs).sort(), refused };
}

/**
 * A file reached by several names (links to it, or it and links) is read once, under its own
 * name when the walk met it, else under the first link: twenty links to one 1.5 MB file cost
 * 18 times the file, and listed every entity twenty times (issue 24).
 */
function oncePerFile(files: readonly string[], fs: FileSystem): string[] {
  const byTarget = new Map<string, string>();
  for (const file of [...files].sort()) {
    let real: string;
    try {
      real = fs.realpath(file);
    } catch {
      real = file;
    }
    const kept = byTarget.get(real);
    if (kept === undefined || (file === real && kept !== real)) byTarget.set(real, file);
  }
  return [...byTarget.values()];
}

function walk(folder: string, root: string, out: Pick<InventoryRoot, 'files' | 'refused'>, fs: FileSystem): void {
  let entries: DirEntry[];
  try {
    entries = fs.readdir(folder);
  } catch {
    return;
  }
  for (const entry of entries) {
    // Hidden entries hold tooling (.git, the linter's own config), never inventory.
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory) {
      walk(full, root, out, fs);
    } else if (entry.isFile && INVENTORY_FILE.test(entry.name)) {
      out.files.push(full);
    } else if (entry.isSymbolicLink) {
      // A link leading outside (or into .git) is a finding and is never read or walked; a
      // link to a file elsewhere in the repository is read; linked folders are never
      // walked, so a link cannot make the walk loop or reach /usr.
      const problem = containmentProblem(full, root, fs);
      if (problem) out.refused.push({ file: full, problem });
      else if (INVENTORY_FILE.test(entry.name) && fs.stat(full)?.isFile === true) out.files.push(full);
    }
  }
}

/**
 * The file system's own repository root when it knows one (a commit held in memory), else
 * the nearest folder above `start` holding `.git`, else `start` itself.
 */
export function findRepositoryRoot(start: string, fs: FileSystem = diskFileSystem): string {
  if (fs.repositoryRoot !== undefined) return isInside(start, fs.repositoryRoot) ? fs.repositoryRoot : start;
  let current = start;
  for (;;) {
    if (fs.exists(path.join(current, '.git'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return start;
    current = parent;
  }
}
