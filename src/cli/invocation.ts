import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { CliIo } from './io.js';

const BIN = 'citrix-license-lint';

/** A path as one shell word (POSIX shells and PowerShell alike take single quotes). */
function shellWord(word: string): string {
  return /^[\w./\\:@+-]+$/.test(word) ? word : `'${word.replaceAll("'", "''")}'`;
}

function realpath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/**
 * How the user ran this CLI, as a command that works again where they are: `npx
 * citrix-license-lint` under npx, `citrix-license-lint` when that name on PATH is this very
 * script (an installed bin), else `node` and the path of the script they ran (a clone, a
 * release's dist/). Telling an npx or clone user to run `citrix-license-lint` gives them
 * "command not found".
 */
export function invocation(io: Pick<CliIo, 'cwd' | 'env' | 'script'>): string {
  if (io.env.npm_command === 'exec') return `npx ${BIN}`;
  const script = io.script;
  if (!script) return BIN;
  if (path.basename(script) === BIN) {
    const self = realpath(script);
    for (const folder of (io.env.PATH ?? '').split(path.delimiter)) {
      if (folder && self !== undefined && realpath(path.join(folder, BIN)) === self) return BIN;
    }
  }
  const relative = path.relative(io.cwd, script);
  return `node ${shellWord(relative.length < script.length && !path.isAbsolute(relative) ? relative : script)}`;
}
