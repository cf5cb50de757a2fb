import type { Compared } from '../change/compare.js';
import { formatCount, plural } from '../util/format.js';
import { displayPath } from '../util/paths.js';

/**
 * How many inventory files the summary covers: `1 file`, or `1 file (12 read with its
 * inventory)` when a named file was read with the rest of its inventory.
 */
export function filesWords(result: Pick<Compared, 'files' | 'filesRead'>, noun = 'file'): string {
  const shown = result.files.length;
  const read = result.filesRead ?? shown;
  if (read <= shown) return plural(shown, noun);
  return `${plural(shown, noun)} (${formatCount(read)} read with ${shown === 1 ? 'its' : 'their'} inventory)`;
}

/**
 * The sentence saying that named files were linted on their own, since they are in no
 * declared or default inventory; empty when there are none. `quote` makes a path safe for
 * the format (a log, Markdown).
 */
export function aloneNote(result: Pick<Compared, 'alone'>, cwd: string, quote: (path: string) => string): string {
  const alone = result.alone ?? [];
  if (alone.length === 0) return '';
  const names = alone.map((file) => quote(displayPath(file, cwd))).join(', ');
  const them = alone.length === 1 ? 'it is' : 'they are';
  return `${names}: linted on ${alone.length === 1 ? 'its' : 'their'} own, as named: ${them} in no declared or default inventory (\`inventory:\` in .citrix-license-lint.yml, else inventory/ or inventory.yaml), so no other file was read.`;
}
