import { UsageError } from '../util/errors.js';
import type { GitObjects } from './git-objects.js';

interface Entry {
  path: string;
  oid: string;
}

/**
 * The files of one commit that the linter may read, by path relative to the repository
 * root (forward slashes, git's order), each with its blob id, which stands for its content.
 */
export class CommitListing {
  private folders: Map<string, Set<string>> | undefined;

  constructor(readonly files: ReadonlyMap<string, string>) {}

  /** What a look at `relative` finds: the blob id of a file, `/` for a folder, '' for nothing. */
  describe(relative: string): string {
    return this.files.get(relative) ?? (this.folderNames().has(relative) ? '/' : '');
  }

  /** What a listing of folder `relative` finds: its names in the in-memory file system's order, folders marked. */
  names(relative: string): string {
    const prefix = relative === '' ? '' : `${relative}/`;
    return [...(this.folderNames().get(relative) ?? [])].map((name) => (this.files.has(prefix + name) ? name : `${name}/`)).join('\0');
  }

  private folderNames(): Map<string, Set<string>> {
    if (this.folders) return this.folders;
    const folders = new Map<string, Set<string>>([['', new Set()]]);
    for (const file of this.files.keys()) {
      // Up to the first folder already known: its own parents were added with it.
      for (let child = file, slash = child.lastIndexOf('/'); ; child = child.slice(0, slash), slash = child.lastIndexOf('/')) {
        const parent = slash === -1 ? '' : child.slice(0, slash);
        let names = folders.get(parent);
        const known = names !== undefined;
        if (!names) folders.set(parent, (names = new Set()));
        names.add(child.slice(slash + 1));
        if (known) break;
      }
    }
    return (this.folders = folders);
  }
}

/**
 * Lists commits' trees through `objects`, keeping the listing of each subtree of the last
 * commit only: a subtree whose id did not change is not read again, so a commit that changes
 * one file costs the trees on the way to it, and memory holds one commit's trees.
 */
export class TreeWalker {
  private subtrees = new Map<string, Entry[]>();

  /** `keep`: which files (by path) the listing holds; the others are skipped as they are read. */
  constructor(
    private readonly objects: GitObjects,
    private readonly keep: (path: string) => boolean,
  ) {}

  /** The kept regular files of tree `oid`, in git's order (as `git ls-tree -r` lists them). */
  async list(oid: string): Promise<Entry[]> {
    const next = new Map<string, Entry[]>();
    const entries = await this.subtree(oid, '', next);
    this.subtrees = next;
    return entries;
  }

  private async subtree(oid: string, prefix: string, next: Map<string, Entry[]>): Promise<Entry[]> {
    // The same tree under two paths holds different paths: the key has both.
    const key = `${prefix}\0${oid}`;
    const known = next.get(key) ?? this.subtrees.get(key);
    if (known) {
      next.set(key, known);
      return known;
    }
    const object = await this.objects.read(oid);
    if (object?.type !== 'tree') throw new UsageError(`git has no tree ${oid}: the clone is incomplete (fetch it again)`);
    const entries: Entry[] = [];
    for (const item of treeItems(object.content, oid.length / 2)) {
      const path = prefix + item.name;
      if (item.mode === '40000') for (const entry of await this.subtree(item.oid, `${path}/`, next)) entries.push(entry);
      // Regular files only: links (120000) and submodules (160000) are never followed.
      else if ((item.mode === '100644' || item.mode === '100755') && this.keep(path)) entries.push({ path, oid: item.oid });
    }
    next.set(key, entries);
    return entries;
  }
}

/** A tree object's items: `<mode> <name>\0<raw id>` each (the id is 20 bytes for SHA-1, 32 for SHA-256). */
function* treeItems(tree: Buffer, idBytes: number): Generator<{ mode: string; name: string; oid: string }> {
  let offset = 0;
  while (offset < tree.length) {
    const space = tree.indexOf(32, offset);
    const nul = tree.indexOf(0, space);
    const end = nul + 1 + idBytes;
    yield {
      mode: tree.toString('latin1', offset, space),
      name: tree.toString('utf8', space + 1, nul),
      oid: tree.toString('hex', nul + 1, end),
    };
    offset = end;
  }
}
