import type { CliIo } from './io.js';

/**
 * Whether the text report is coloured: --color/--no-color first, then NO_COLOR (no-color.org:
 * set and not empty), then FORCE_COLOR (set and not 0/false, as Node and chalk read it),
 * else only for a terminal. Never when the report goes to a file.
 */
export function useColor(flag: boolean | undefined, io: CliIo, toFile: boolean): boolean {
  if (toFile) return false;
  if (flag !== undefined) return flag;
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  return io.stdout.isTTY === true;
}
