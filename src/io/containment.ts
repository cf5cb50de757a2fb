import { existsSync, lstatSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FileSystem } from './file-system.js';

/** True when `candidate` is `folder` or below it. A name that merely starts with `..` (`..foo`) is inside. */
export function isInside(candidate: string, folder: string): boolean {
  const relative = path.relative(folder, candidate);
  if (relative === '') return true;
  if (path.isAbsolute(relative)) return false;
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !relative.startsWith('../');
}

/**
 * Why a path may not be read, or undefined when it may: after every symbolic link is
 * resolved it must lie inside the repository, and not in its `.git` folder, where
 * `actions/checkout` persists the credential (`http.<url>.extraheader`). The answer never
 * names the link's target, so no outside path or content reaches a message.
 */
export function containmentProblem(file: string, repositoryRoot: string, fs: FileSystem): string | undefined {
  let real: string;
  try {
    real = fs.realpath(file);
  } catch {
    return undefined; // nothing there: the caller reports the missing file as such
  }
  const realRoot = realRootOf(repositoryRoot, fs);
  if (!isInside(real, realRoot)) return 'is a symbolic link (or lies under one) that leads outside the repository';
  if (isInside(real, path.join(realRoot, '.git')))
    return "leads into the repository's .git folder, which holds git's own files and credentials";
  return undefined;
}

function realRootOf(root: string, fs: FileSystem): string {
  try {
    return fs.realpath(root);
  } catch {
    return root;
  }
}

/**
 * Writes a report the user asked for, refusing to follow a committed symbolic link (the file
 * itself or a folder above it) out of `workspace` or into its `.git` folder: a pull request
 * must not turn `sarif-file` or `--output` into a write elsewhere. Throws an Error whose
 * message says what to do.
 */
export function writeInside(target: string, text: string, workspace: string, options: { createFolders?: boolean } = {}): void {
  const realWorkspace = realpathOr(workspace);
  const lexicallyInside = isInside(path.resolve(target), path.resolve(workspace));
  if (lexicallyInside) {
    if (options.createFolders) {
      // Folders are created only below an existing folder that is itself inside.
      let existing = path.dirname(target);
      while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
      if (!isInside(realpathOr(existing), realWorkspace)) throw new Error(LINK_OUT);
      mkdirSync(path.dirname(target), { recursive: true });
    }
    const realFolder = realpathOr(path.dirname(target));
    let real = path.join(realFolder, path.basename(target));
    try {
      if (lstatSync(real).isSymbolicLink()) real = realpathSync(real);
    } catch {
      // the file does not exist yet (or is a dangling link, checked below)
    }
    let dangling = false;
    try {
      dangling = lstatSync(real).isSymbolicLink();
    } catch {
      dangling = false;
    }
    if (dangling || !isInside(real, realWorkspace) || isInside(real, path.join(realWorkspace, '.git'))) {
      throw new Error(LINK_OUT);
    }
    writeFileSync(real, text);
    return;
  }
  // A path the user named outside the workspace is theirs to choose.
  if (options.createFolders) mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
}

const LINK_OUT = 'the path is a symbolic link that leads outside the workspace: give a plain file path';

function realpathOr(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
