import path from 'node:path';
import process from 'node:process';
import { diskFileSystem, type FileSystem } from '../io/file-system.js';
import { UsageError } from '../util/errors.js';
import type { CliOptions } from './args.js';
import type { CliIo } from './io.js';

/** When no name is given: findings say `stdin.yaml`, in the current folder. */
const DEFAULT_STDIN_NAME = 'stdin.yaml';

async function readProcessStdin(): Promise<Buffer> {
  // Waiting on a terminal for an inventory nobody is typing looks like a hang.
  if (process.stdin.isTTY)
    throw new UsageError(
      '`-` reads the inventory from standard input, which is a terminal here: pipe the file in (citrix-license-lint - < inventory.yaml)',
    );
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The inputs to lint, with `-` replaced by the --stdin-filename path, and a file system in
 * which that path holds what standard input gave (as editors send an unsaved buffer). The
 * rest of the disk reads as usual, so references and license files resolve around it.
 */
export async function withStdin(options: CliOptions, io: CliIo, inputs: readonly string[]): Promise<{ inputs: string[]; fs?: FileSystem }> {
  if (!inputs.includes('-')) return { inputs: [...inputs] };
  const name = options.stdinFilename ?? DEFAULT_STDIN_NAME;
  const content = await (io.readStdin ?? readProcessStdin)();
  return { inputs: inputs.map((p) => (p === '-' ? name : p)), fs: overlay(diskFileSystem, path.resolve(io.cwd, name), content) };
}

/** `base`, with `file` holding `content` (whether or not it exists on disk). */
export function overlay(base: FileSystem, file: string, content: Buffer): FileSystem {
  const folder = path.dirname(file);
  const name = path.basename(file);
  // Its folder may be reached through a link (a temp folder on macOS): both paths are it.
  const realFolder = base.exists(folder) ? base.realpath(folder) : folder;
  const real = path.join(realFolder, name);
  const isIt = (f: string) => f === file || f === real;
  return {
    stat: (f) => (isIt(f) ? { isFile: true, isDirectory: false, size: content.length } : base.stat(f)),
    readdir(f) {
      const here = f === folder || f === realFolder;
      if (!base.exists(f)) return here ? [{ name, isFile: true, isDirectory: false, isSymbolicLink: false }] : base.readdir(f);
      const entries = base.readdir(f).filter((e) => !(here && e.name === name));
      return here ? [...entries, { name, isFile: true, isDirectory: false, isSymbolicLink: false }] : entries;
    },
    readFile: (f, limit) => (isIt(f) ? content.subarray(0, limit ?? content.length) : base.readFile(f, limit)),
    realpath: (f) => (isIt(f) ? real : base.realpath(f)),
    exists: (f) => isIt(f) || base.exists(f),
  };
}
