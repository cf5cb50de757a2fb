import { CST, isScalar, Schema, type ScalarTag } from 'yaml';
import { DOUBLE, PLAIN, SINGLE, type Tokens } from './quick-tokens.js';

// Scalars as yaml's core schema resolves them, for the quick reader (quick-reader.ts).

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

/** What the first character of a plain scalar says, by character code below 128. */
const STRING = 0;
const MAYBE_TYPED_START = 1;
const BAD_START = 2;
const START = new Uint8Array(128);
/**
 * The first characters of every null, boolean and number of the core schema (`~`, `null`,
 * `true`, `False`, `0o7`, `0x1F`, `-1`, `+.5`, `.inf`, `12e3`...): a scalar that starts
 * with anything else is a string without testing the tags' patterns (most scalars: names,
 * hostnames, ids).
 */
for (const c of '~nNtTfF+-.0123456789') START[c.charCodeAt(0)] = MAYBE_TYPED_START;
/** Characters a plain scalar cannot start with (yaml reports them). */
for (const c of ',%|>@`\t') START[c.charCodeAt(0)] = BAD_START;
const ZERO = 48;
const NINE = 57;

function plainValue(source: string): unknown {
  const first = source.charCodeAt(0);
  const start = first < 128 ? START[first] : STRING;
  if (start === STRING && source.length > 0) return source;
  if (start === BAD_START) throw DECLINE;
  if (!(first >= ZERO && first <= NINE) || source.length > 9) return typedValue(source);
  // Digits alone are an int (the core schema's `^[-+]?[0-9]+$`, read as parseInt does);
  // nine of them stay exact in a double.
  let value = 0;
  for (let i = 0; i < source.length; i++) {
    const digit = source.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return typedValue(source);
    value = value * 10 + digit;
  }
  return value;
}

function typedValue(source: string): unknown {
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

function doubleQuoted(source: string, offset: number): string {
  let failed = false;
  const resolved = CST.resolveAsScalar({ type: 'double-quoted-scalar', offset, indent: 0, source }, true, () => (failed = true));
  if (failed || !resolved) throw DECLINE;
  return resolved.value;
}

/** Strings interned (see ScalarReader.intern): short ones, and at most this many distinct per file. */
const INTERN_LENGTH = 64;
const INTERN_COUNT = 50_000;

/** The value of the scalar token at `at`, one string for each value a file repeats. */
export class ScalarReader {
  /** Interned strings; none when the caller keeps no data. */
  private readonly strings: Map<string, string> | undefined;

  constructor(
    private readonly text: string,
    private readonly t: Tokens,
    interning: boolean,
  ) {
    this.strings = interning ? new Map() : undefined;
  }

  read(at: number): unknown {
    const t = this.t;
    const source = this.text.slice(t.start[at]!, t.end[at]!);
    switch (t.kind[at]) {
      case PLAIN: {
        const value = plainValue(source);
        return typeof value === 'string' ? this.intern(value) : value;
      }
      case SINGLE:
        if (!/^'(?:[^']|'')*'$/.test(source)) throw DECLINE;
        return this.intern(source.slice(1, -1).replaceAll("''", "'"));
      case DOUBLE:
        if (/^"[^"\\]*"$/.test(source)) return this.intern(source.slice(1, -1));
        return this.intern(doubleQuoted(source, t.start[at]!));
      default:
        throw DECLINE;
    }
  }

  /**
   * One string for each value written many times in a file (keys, hostnames, ids, dates):
   * the data and the model built from it hold one copy each instead of one per mention,
   * and keys reach V8 already internalized.
   */
  private intern(value: string): string {
    const strings = this.strings;
    if (strings === undefined || value.length > INTERN_LENGTH) return value;
    const seen = strings.get(value);
    if (seen !== undefined) return seen;
    if (strings.size < INTERN_COUNT) strings.set(value, value);
    return value;
  }
}
