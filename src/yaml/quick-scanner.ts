import { LineStarts, type LinePositions } from './line-starts.js';
import type { PositionTable } from './positions.js';
import { Reader } from './quick-reader.js';
import { DECLINE } from './quick-scalars.js';
import { Tokens, tokenize } from './quick-tokens.js';

/**
 * A direct reader for the YAML that inventories are written in: block mappings and lists,
 * one-line flow collections (`{ a: 1 }`, `[a, b]`) and one-line scalars, with comments.
 * It scans the text itself, resolves scalars with yaml's core-schema tags, and builds the
 * plain data and the position table in one pass, without yaml's Document. It returns
 * undefined as soon as the text holds anything else (anchors, tags, block scalars,
 * multi-line scalars, a second document, a duplicate key, odd indentation...), and the
 * caller then parses the file with yaml's full parser, which also reports any error. So
 * for text it accepts, the result is the one yaml gives; tests check that on generated and
 * mutated text.
 *
 * Why: yaml's parser spends most of its time building the concrete syntax tree and the
 * Document (about 1.1 s of 1.3 s on a 2 MB file, and most of the memory), none of which
 * the linter needs once the data and positions are known.
 */
export interface QuickParse {
  data: unknown;
  positions: PositionTable;
  lineCounter: LinePositions;
}

export { MAX_QUICK_DEPTH } from './quick-reader.js';

export function quickParse(text: string): QuickParse | undefined {
  const read = readQuickly(text);
  if (!read) return undefined;
  return { ...read, lineCounter: new LineStarts(text) };
}

/**
 * Only the positions, and only those on the way to the path with these keys
 * (pathKeysAlong): what re-reading one item of a large file for one finding needs.
 */
export function quickPositions(text: string, along: ReadonlySet<string>): PositionTable | undefined {
  return readQuickly(text, along)?.positions;
}

function readQuickly(text: string, along?: ReadonlySet<string>): Omit<QuickParse, 'lineCounter'> | undefined {
  const tokens = Tokens.take(text.length);
  try {
    if (!tokenize(text, tokens)) return undefined;
    const reader = new Reader(text, tokens, along);
    const data = reader.document();
    return { data, positions: reader.positions.finish() };
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  } finally {
    Tokens.give(tokens);
  }
}

/**
 * Lets go of the token arrays kept from one file to the next (a few MB after a large file):
 * for the end of reading a set of files.
 */
export function releaseScanner(): void {
  Tokens.release();
}

/**
 * quickParse, with deep nesting (which overflows its recursive reader's stack) left to yaml,
 * which reports it. Any other exception is a bug in the scanner and is not hidden.
 */
export function tryQuickParse(text: string): QuickParse | undefined {
  try {
    return quickParse(text);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
