import { isUtf8 } from 'node:buffer';
import type { RawFinding } from '../model/raw-finding.js';
import { readYaml, type YamlProblem, type YamlText } from '../yaml/read-yaml.js';
import { diskFileSystem, type FileSystem } from '../io/file-system.js';

export interface ParsedFile {
  source: YamlText;
  /** The document as plain data; undefined when nothing usable could be read. */
  data: unknown;
  /** True when the YAML had errors: its data is a best effort and is not schema-checked. */
  broken: boolean;
  findings: RawFinding[];
}

export interface ParseLimits {
  /** Larger inventory files are not parsed (a finding says so). */
  maxFileBytes: number;
  /** Larger license files are not parsed: a real one is a few KB. */
  maxLicenseFileBytes: number;
  /** yaml's guard against alias expansion bombs ("billion laughs"). */
  maxAliasCount: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxLicenseFileBytes: 4 * 1024 * 1024,
  maxAliasCount: 100,
};

const RULE = 'inventory/yaml-syntax';

export function parseInventoryFile(file: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS, fs: FileSystem = diskFileSystem): ParsedFile {
  const empty = (message: string): ParsedFile => {
    const source = readYaml(file, '', { maxAliasCount: limits.maxAliasCount });
    return { source, data: undefined, broken: true, findings: [{ ruleId: RULE, message, where: source.rangeAt(0, 0), entity: file }] };
  };

  let buffer: Buffer;
  try {
    const size = fs.stat(file)?.size ?? 0;
    if (size > limits.maxFileBytes) {
      return empty(
        `the file is ${formatBytes(size)}, over the ${formatBytes(limits.maxFileBytes)} limit for one inventory file: split it into several files in a folder (or raise limits.inventoryFileMB)`,
      );
    }
    buffer = fs.readFile(file);
  } catch (error) {
    return empty(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'}): check that it exists and is readable`);
  }
  if (buffer.includes(0)) return empty('this is a binary file, not YAML: remove it from the inventory folder');
  const findings: RawFinding[] = [];
  // isUtf8 is a single native pass; a fatal TextDecoder costs more to set up than to run.
  const invalidUtf8 = !isUtf8(buffer);
  let text = buffer.toString('utf8');
  // A BOM is harmless to yaml but would shift every column by one.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const source = readYaml(file, text, {
    maxAliasCount: limits.maxAliasCount,
    strict: true,
    manyDocuments: true,
    reader: invalidUtf8 ? 'full' : 'auto',
  });
  if (invalidUtf8) {
    const offset = text.indexOf('\uFFFD');
    findings.push({
      ruleId: RULE,
      message: 'the file is not valid UTF-8: save it as UTF-8',
      where: source.rangeAt(offset, offset + 1),
      entity: file,
    });
  }
  for (const start of source.extraDocuments) {
    const separator = text.lastIndexOf('---', start);
    findings.push({
      ruleId: RULE,
      message: 'a second YAML document (after `---`) is not read: keep one document per file, or split it into two files',
      where: source.rangeAt(separator === -1 ? start : separator, start),
      entity: `${file}#documents`,
    });
  }
  for (const problem of [...source.errors, ...source.warnings]) {
    const end = problem.code === 'DUPLICATE_KEY' ? problem.start + duplicateKeyText(text, problem.start).length : problem.end;
    const message = describeYamlProblem(problem, text);
    // Identified by what is wrong, not where: a pull request that adds lines above an old
    // syntax problem does not make it new.
    findings.push({ ruleId: RULE, message, where: source.rangeAt(problem.start, end), entity: `${file}#${message}` });
  }
  if (source.dataProblem !== undefined) {
    findings.push({
      ruleId: RULE,
      message: source.badMerge
        ? 'a `<<` merge key names something that is not a mapping: merge only mappings (`<<: *defaults` where `&defaults` marks a mapping)'
        : `the file cannot be read as data: ${source.dataProblem.replace(/\.$/, '')}; remove the aliases (*name) that expand too far`,
      where: source.badMerge ? source.rangeAt(source.badMerge[0], source.badMerge[1]) : source.rangeAt(0, 0),
      entity: `${file}#aliases`,
    });
  }
  return { source, data: source.data, broken: source.broken, findings };
}

function describeYamlProblem(problem: YamlProblem, text: string): string {
  if (/Maximum call stack size exceeded/.test(problem.message)) {
    return 'the YAML nests too deeply to be read (thousands of levels): an inventory needs a handful; remove the nesting';
  }
  const summary = problem.message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/\.$/, '');
  switch (problem.code) {
    case 'DUPLICATE_KEY': {
      const key = duplicateKeyText(text, problem.start);
      return `the key \`${key}\` is repeated in this mapping: YAML keeps only one of the values; remove or rename one of them`;
    }
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation: YAML indents with spaces only';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return `${summary}: check the indentation and punctuation of this line`;
    default:
      return `${summary}: fix the YAML syntax here`;
  }
}

function duplicateKeyText(text: string, offset: number): string {
  return (/^[^:\n]*/.exec(text.slice(offset, offset + 200))?.[0] ?? '').trim();
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
