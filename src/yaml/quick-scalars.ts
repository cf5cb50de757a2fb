import { CST, isScalar, Schema, type ScalarTag } from 'yaml';

// Scalars as yaml's core schema resolves them, for the quick reader.

/** Thrown inside the reader to give the file to yaml's full parser; never escapes. */
export const DECLINE = Symbol('decline');

/** The core schema's scalar types, in yaml's order (strings are what matches none). */
const CORE_TAGS = new Schema({}).tags.filter(
  (tag): tag is ScalarTag & { test: RegExp } => tag.default === true && 'test' in tag && tag.test instanceof RegExp,
);
/**
 * One test for "might be anything but a string", made of those tags' own patterns: most
 * scalars are strings, and one failed match is cheaper than eight.
 */
const MAYBE_TYPED = CORE_TAGS.every((tag) => tag.test.flags === '')
  ? new RegExp(CORE_TAGS.map((tag) => `(?:${tag.test.source})`).join('|'))
  : /(?:)/;
const RESOLVE_OPTIONS = { intAsBigInt: false } as Parameters<ScalarTag['resolve']>[2];

/** Characters a plain scalar cannot start with (yaml reports them). */
const BAD_PLAIN_START = new Set([',', '%', '|', '>', '@', '`', '\t']);

export function plainValue(source: string): unknown {
  if (BAD_PLAIN_START.has(source[0]!)) throw DECLINE;
  if (!MAYBE_TYPED.test(source)) return source;
  for (const tag of CORE_TAGS) {
    if (tag.test.test(source)) {
      let failed = false;
      const resolved = tag.resolve(source, () => (failed = true), RESOLVE_OPTIONS);
      if (failed) throw DECLINE;
      return isScalar(resolved) ? resolved.value : resolved;
    }
  }
  return source;
}

export function doubleQuoted(source: string, offset: number): string {
  let failed = false;
  const resolved = CST.resolveAsScalar({ type: 'double-quoted-scalar', offset, indent: 0, source }, true, () => (failed = true));
  if (failed || !resolved) throw DECLINE;
  return resolved.value;
}
