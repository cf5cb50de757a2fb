import type { Path } from '../model/location.js';
import type { YamlText } from '../yaml/read-yaml.js';

export interface ValueProblem {
  path: Path;
  message: string;
}

/**
 * What the schema cannot see because YAML already turned the text into a value: counts
 * must be written as whole numbers (`1.000`, a European thousands separator, reads as 1),
 * and feature codes as Citrix writes them, in upper case (`xdt_plt_ud` matches no license).
 */
export function checkWrittenValues(data: unknown, source: YamlText): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const top = asRecord(data);
  if (!top) return problems;
  // Locating every count would cost a lookup per entity; most files write them all as plain
  // digits (or `uncounted`), which one pass over the text shows.
  const oddCounts = hasOddCount(source.text);
  let lines: string[] | undefined;
  const written = (path: Path): string => {
    lines ??= source.text.split('\n');
    const range = source.locate(path);
    if (range.line !== range.endLine) return '';
    return (lines[range.line - 1] ?? '').slice(range.column - 1, range.endColumn - 1).trim();
  };
  // `noun` is a function: its text is needed only for a problem, and entities are many.
  const count = (entry: Record<string, unknown>, key: string, path: Path, noun: () => string) => {
    const value = entry[key];
    if (!oddCounts || typeof value !== 'number' || !Number.isInteger(value)) return;
    const text = written([...path, key]);
    if (text === '' || /^[-+]?[0-9]+$/.test(text)) return;
    problems.push({
      path: [...path, key],
      message: `\`${key}\` of ${noun()} is written \`${text}\`, which YAML reads as ${value}: write the number with digits only, without separators (one thousand is 1000)`,
    });
  };
  const product = (entry: Record<string, unknown>, path: Path, noun: () => string) => {
    const value = entry.product;
    if (typeof value !== 'string' || !/[a-z]/.test(value) || !/^[A-Za-z0-9_]+$/.test(value)) return;
    problems.push({
      path: [...path, 'product'],
      message: `\`product\` of ${noun()} is \`${value}\`: Citrix writes feature codes in upper case and compares them as written; did you mean \`${value.toUpperCase()}\`?`,
    });
  };

  list(top.entitlements).forEach((entry, i) => {
    const noun = () => named('entitlement', entry.id, i);
    count(entry, 'quantity', ['entitlements', i], noun);
    product(entry, ['entitlements', i], noun);
  });
  // Allocations hold nothing else to check.
  if (oddCounts) {
    list(top.allocations).forEach((entry, i) => {
      count(entry, 'quantity', ['allocations', i], () => named('allocation', entry.entitlement, i));
    });
  }
  for (const hosts of ['licenseServers', 'netscalerConsoles'] as const) {
    list(top[hosts]).forEach((host, i) => {
      list(host.licenseFiles).forEach((file, j) => {
        list(file.features).forEach((feature, k) => {
          const path = [hosts, i, 'licenseFiles', j, 'features', k];
          const noun = () => named('feature', feature.product, k);
          count(feature, 'count', path, noun);
          product(feature, path, noun);
        });
      });
    });
  }
  return problems;
}

/**
 * What follows a `quantity` or `count` word when its value is not plain digits, `uncounted`,
 * or quoted. Tried only where such a word starts (hasOddCount): one regular expression
 * starting with `\b` and an alternation walked the whole text of every file.
 */
const ODD_COUNT_AFTER = /['"]?[ \t]*:\s*(?=\S)(?![-+]?[0-9]+[ \t]*(?:$|[,}\]#\r])|uncounted\b|['"])/my;

/** A `quantity:` or `count:` (the word whole) whose value is not plain digits, `uncounted`, or quoted. */
function hasOddCount(text: string): boolean {
  for (const word of COUNT_WORDS) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
      if (plainDigitsAfter(text, at + word.length)) continue;
      ODD_COUNT_AFTER.lastIndex = at + word.length;
      if (ODD_COUNT_AFTER.test(text)) return true;
    }
  }
  return false;
}

const COUNT_WORDS = ['quantity', 'count'];

/**
 * `: 123` at `at`, then the end of the line or of a flow entry, as nearly every count is
 * written: a value the pattern lets pass, found without running it.
 */
function plainDigitsAfter(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 58 || text.charCodeAt(at + 1) !== 32) return false;
  let i = at + 2;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === at + 2) return false;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  if (i >= text.length) return true;
  const end = text.charCodeAt(i);
  // A line break, or one of `,}]#`.
  return end === 10 || end === 13 || end === 44 || end === 125 || end === 93 || end === 35;
}

/** A character of `\w`: the word must start at a word boundary. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function named(noun: string, name: unknown, index: number): string {
  return typeof name === 'string' && name !== '' ? `${noun} \`${name}\`` : `${noun} #${index + 1}`;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The mappings of a list, keeping their indexes (holes for anything else). */
function list(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => asRecord(item) ?? {});
}
