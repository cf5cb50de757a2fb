import type { Path } from '../model/location.js';
import type { YamlText } from '../yaml/read-yaml.js';

/** A message of inventory/schema (`oddCount`, `lowerCaseProduct`) with its values. */
export interface ValueProblem {
  path: Path;
  messageId: 'oddCount' | 'lowerCaseProduct';
  values: Record<string, string | number>;
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
  const oddCounts = ODD_COUNT.test(source.text);
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
    problems.push({ path: [...path, key], messageId: 'oddCount', values: { key, noun: noun(), text, value } });
  };
  const product = (entry: Record<string, unknown>, path: Path, noun: () => string) => {
    const value = entry.product;
    if (typeof value !== 'string' || !/[a-z]/.test(value) || !/^[A-Za-z0-9_]+$/.test(value)) return;
    problems.push({
      path: [...path, 'product'],
      messageId: 'lowerCaseProduct',
      values: { noun: noun(), value, upper: value.toUpperCase() },
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

/** A `quantity:` or `count:` whose value is not plain digits, `uncounted`, or quoted. */
const ODD_COUNT = /\b(?:quantity|count)['"]?[ \t]*:\s*(?=\S)(?![-+]?[0-9]+[ \t]*(?:$|[,}\]#\r])|uncounted\b|['"])/m;

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
