import path from 'node:path';
import { diskFileSystem, type FileSystem } from '../io/file-system.js';
import { defaultInventoryFrom, discover, findRepositoryRoot, isInside, type InventoryRoot } from './discover.js';

/**
 * One inventory to lint, and whose findings to show. The inventory is what the user names,
 * or the configuration declares, or the documented default: never inferred from the files
 * that happen to lie next to a named one.
 */
export interface Extent {
  roots: InventoryRoot[];
  /**
   * The files named, when the inventory read may be wider than them (files or folders of a
   * declared or default inventory); undefined when everything read was named.
   */
  named?: ReadonlySet<string>;
  /** Files named outside any declared or default inventory: read as named, without their neighbours. */
  alone: string[];
}

/**
 * The inventories that `inputs` (relative to `cwd`) make. Files and folders that belong to
 * no declared or default inventory are read together, as named; each declared or default
 * inventory that holds a named file or folder is read whole, once however many are named.
 * `declared`: the configuration's `inventory:` paths (absolute), which replace the default.
 */
export function planExtents(
  inputs: readonly string[],
  cwd: string,
  declared: readonly string[] | undefined,
  fs: FileSystem = diskFileSystem,
): Extent[] {
  const asNamed: InventoryRoot[] = [];
  const alone: string[] = [];
  const members = new Map<string, { paths: readonly string[]; files: string[] }>();
  const inventoryOf = memberOf(declared, fs);
  for (const input of inputs) {
    const root = discover(input, cwd, fs);
    const target = path.resolve(cwd, input);
    const file = namedFile(root, target);
    // A link refused is reported as named; nothing of it is read.
    const inventory = root.refused.length > 0 ? undefined : inventoryOf(target);
    if (inventory === undefined || (inventory.length === 1 && inventory[0] === target)) {
      asNamed.push(root);
      if (file !== undefined && inventory === undefined) alone.push(file);
      continue;
    }
    const key = inventory.join('\0');
    let member = members.get(key);
    if (!member) members.set(key, (member = { paths: inventory, files: [] }));
    member.files.push(...root.files);
  }
  const readAsNamed = new Set(asNamed.flatMap((root) => root.files));
  const extents: Extent[] = asNamed.length > 0 || members.size === 0 ? [{ roots: asNamed, alone }] : [];
  for (const { paths, files } of members.values()) {
    // A file that a named folder already reads is shown with everything of that folder.
    const named = files.filter((file) => !readAsNamed.has(file));
    if (named.length === 0) continue;
    extents.push({ roots: paths.map((inventoryPath) => discover(inventoryPath, cwd, fs)), named: new Set(named), alone: [] });
  }
  return extents;
}

/** Every path the extents of `inputs` read (absolute): what a commit's tree must hold to lint them. */
export function extentPaths(inputs: readonly string[], cwd: string, declared: readonly string[] | undefined, fs?: FileSystem): string[] {
  const inventoryOf = memberOf(declared, fs ?? diskFileSystem);
  const paths = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    paths.add(absolute);
    for (const inventoryPath of inventoryOf(absolute) ?? []) paths.add(inventoryPath);
  }
  return [...paths];
}

/** The one file an input names, or undefined when it names a folder (or was refused). */
function namedFile(root: InventoryRoot, target: string): string | undefined {
  return root.files.length === 1 && root.files[0] === target ? target : undefined;
}

/**
 * The inventory a file or folder belongs to, as its paths: the declared paths when one of
 * them is it or a folder holding it; without a declaration, the default inventory seen from
 * its folder (`inventory/` being or holding it, or `inventory.yaml` being it). Undefined:
 * none. Lookups are remembered per folder, so naming thousands of files costs one walk up.
 */
function memberOf(declared: readonly string[] | undefined, fs: FileSystem): (file: string) => readonly string[] | undefined {
  if (declared !== undefined && declared.length > 0) {
    return (target) => (declared.some((inventoryPath) => isInside(target, inventoryPath)) ? declared : undefined);
  }
  const seen = new Map<string, string | undefined>();
  return (target) => {
    const folder = path.dirname(target);
    if (!seen.has(folder)) seen.set(folder, defaultInventoryFrom(folder, findRepositoryRoot(folder, fs), fs));
    const found = seen.get(folder);
    if (found === undefined) return undefined;
    const holds =
      found === target || (path.basename(found) === 'inventory' && fs.stat(found)?.isDirectory === true && isInside(target, found));
    return holds ? [found] : undefined;
  };
}
