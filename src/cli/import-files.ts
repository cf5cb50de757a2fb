/**
 * The files `import` reads and writes, under the linter's containment (io/containment.ts):
 * a committed link that leads out of the repository or into its `.git` folder is neither
 * read nor written through, whether it is an export, the `--into` folder, a YAML file in it,
 * or the file an addition goes to. Every problem stops the run before anything is written,
 * with one message naming the file.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { containmentProblem } from '../io/containment.js';
import { diskFileSystem } from '../io/file-system.js';
import { findRepositoryRoot } from '../load/discover.js';
import { UsageError } from '../util/errors.js';

/** Biggest export read: a Get-LicInventory export is a few KB. */
const MAX_BYTES = 16 * 1024 * 1024;

export interface ExportFile {
  /** As the user named it (a folder's files: the folder joined with the name). */
  file: string;
  bytes: Uint8Array;
  modifiedMs: number;
}

/** Folders stand for the files directly inside them (a MyFiles copy, a collected/<host>/ folder). */
export function readExportFiles(paths: readonly string[], cwd: string): ExportFile[] {
  const files: string[] = [];
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    if (!existsSync(full)) throw new UsageError(`${given}: no such file or folder`);
    const isFolder = statSync(full).isDirectory();
    const root = findRepositoryRoot(isFolder ? full : path.dirname(full));
    refuseEscape(given, full, root, 'name the export itself');
    if (!isFolder) {
      files.push(given);
      continue;
    }
    const inside = readdirSync(full, { withFileTypes: true })
      .filter((e) => !e.name.startsWith('.') && (e.isFile() || e.isSymbolicLink()))
      .map((e) => path.join(given, e.name))
      .filter((file) => {
        refuseEscape(file, path.resolve(cwd, file), root, 'name the export itself');
        return statSync(path.resolve(cwd, file), { throwIfNoEntry: false })?.isFile() ?? false;
      })
      .sort();
    if (inside.length === 0) throw new UsageError(`${given}: the folder has no files`);
    files.push(...inside);
  }
  return files.map((file) => readExportFile(file, cwd));
}

function readExportFile(file: string, cwd: string): ExportFile {
  const full = path.resolve(cwd, file);
  const stats = statSync(full);
  if (stats.size > MAX_BYTES)
    throw new UsageError(
      `${file}: ${Math.round(stats.size / 1024 / 1024)} MB is far larger than any export this importer reads; check the path`,
    );
  try {
    return { file, bytes: readFileSync(full), modifiedMs: stats.mtimeMs };
  } catch (error) {
    throw new UsageError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): check its permissions`);
  }
}

/** The `--into` folder, and the repository it belongs to (what reads and writes must stay in). */
export function intoFolder(into: string, cwd: string): { dir: string; root: string } {
  const dir = path.resolve(cwd, into);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`--into ${into}: not a folder; name the folder that holds the inventory's YAML files`);
  const root = findRepositoryRoot(dir);
  refuseEscape(`--into ${into}`, dir, root, 'nothing was read or written');
  return { dir, root };
}

/** The inventory's YAML files under `dir`, read; linked folders are not walked, links out are refused. */
export function readInventoryFiles(dir: string, root: string, cwd: string): { file: string; text: string }[] {
  return yamlFiles(dir, root, cwd).map((file) => ({ file: path.relative(cwd, file) || file, text: readFileSync(file, 'utf8') }));
}

function yamlFiles(dir: string, root: string, cwd: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort(
    (a, b) => Number(a.isDirectory()) - Number(b.isDirectory()) || a.name.localeCompare(b.name),
  )) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(full, root, cwd));
    else if (!/\.ya?ml$/i.test(entry.name)) continue;
    else if (entry.isFile()) out.push(full);
    else if (entry.isSymbolicLink()) {
      refuseEscape(path.relative(cwd, full) || full, full, root, 'nothing was written');
      if (statSync(full, { throwIfNoEntry: false })?.isFile()) out.push(full);
    }
  }
  return out;
}

/**
 * Writes the merged files, after checking every one of them: a regular file (or none yet) in
 * a folder inside the repository. A link (dangling or not) or a folder of that name stops
 * the run before anything is written.
 */
export function writeInventoryFiles(changed: readonly { file: string; text: string }[], root: string, into: string, cwd: string): void {
  for (const { file } of changed) {
    const full = path.resolve(cwd, file);
    const stats = lstatSync(full, { throwIfNoEntry: false });
    if (stats?.isSymbolicLink())
      throw new UsageError(`${file} is a symbolic link: import writes only regular files inside ${into}; nothing was written`);
    if (stats && !stats.isFile())
      throw new UsageError(
        `${file} is a folder, not a file: import writes there what the inventory does not list yet; rename the folder; nothing was written`,
      );
    refuseEscape(file, path.dirname(full), root, 'nothing was written');
  }
  for (const { file, text } of changed) writeFileSync(path.resolve(cwd, file), text);
}

function refuseEscape(shown: string, full: string, root: string, then: string): void {
  const problem = containmentProblem(full, root, diskFileSystem);
  if (problem) throw new UsageError(`${shown}: this path ${problem}, so import does not use it; ${then}`);
}
