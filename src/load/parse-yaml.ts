import { isUtf8 } from 'node:buffer';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Document, type YAMLError, type YAMLWarning } from 'yaml';
import type { RawFinding } from '../model/raw-finding.js';
import { rangeAt, type SourceFile } from './source-file.js';
import { diskFileSystem, type FileSystem } from './file-system.js';
import { tryQuickParse } from './quick-parse.js';

export interface ParsedFile {
  source: SourceFile;
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

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxFileBytes: 64 * 1024 * 1024, maxLicenseFileBytes: 4 * 1024 * 1024, maxAliasCount: 100 };

const RULE = 'inventory/yaml-syntax';

export function parseInventoryFile(file: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS, fs: FileSystem = diskFileSystem): ParsedFile {
  const lineCounter = new LineCounter();
  const empty = (message: string): ParsedFile => {
    const source: SourceFile = { file, text: '', lineCounter, doc: undefined };
    lineCounter.addNewLine(0);
    return { source, data: undefined, broken: true, findings: [{ ruleId: RULE, message, where: rangeAt(source, 0, 0), entity: file }] };
  };

  let buffer: Buffer;
  try {
    const size = fs.stat(file)?.size ?? 0;
    if (size > limits.maxFileBytes) {
      return empty(`the file is ${formatBytes(size)}, over the ${formatBytes(limits.maxFileBytes)} limit for one inventory file: split it into several files in a folder (or raise limits.inventoryFileMB)`);
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

  if (!invalidUtf8) {
    const quick = tryQuickParse(text);
    if (quick) return { source: { file, text, lineCounter: quick.lineCounter, doc: undefined, positions: quick.positions }, data: quick.data, broken: false, findings };
  }

  // merge: `<<: *defaults` brings in the anchored mapping's keys, as hand-kept YAML expects.
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, merge: true });
  const docs = Array.isArray(documents) ? documents : [];
  const doc = docs[0];
  const source: SourceFile = { file, text, lineCounter, doc };
  if (invalidUtf8) {
    const offset = text.indexOf('\uFFFD');
    findings.push({ ruleId: RULE, message: 'the file is not valid UTF-8: save it as UTF-8', where: rangeAt(source, offset, offset + 1), entity: file });
  }
  for (const extra of docs.slice(1)) {
    const start = extra.range[0];
    const separator = text.lastIndexOf('---', start);
    findings.push({
      ruleId: RULE,
      message: 'a second YAML document (after `---`) is not read: keep one document per file, or split it into two files',
      where: rangeAt(source, separator === -1 ? start : separator, start),
      entity: `${file}#documents`,
    });
  }
  const problems: (YAMLError | YAMLWarning)[] = doc ? [...doc.errors, ...doc.warnings] : [];
  for (const problem of problems) {
    const end = problem.code === 'DUPLICATE_KEY' ? problem.pos[0] + duplicateKeyText(text, problem.pos[0]).length : problem.pos[1];
    const message = describeYamlProblem(problem, text);
    // Identified by what is wrong, not where: a pull request that adds lines above an old
    // syntax problem does not make it new.
    findings.push({ ruleId: RULE, message, where: rangeAt(source, problem.pos[0], end), entity: `${file}#${message}` });
  }
  // A repeated key leaves the document intact (the last value wins), so the schema still runs.
  const broken = doc === undefined || doc.errors.some((e) => e.code !== 'DUPLICATE_KEY');
  let data: unknown;
  if (doc) {
    try {
      data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (error) {
      const mergesNonMap = /Merge sources must be maps/.test((error as Error).message);
      findings.push({
        ruleId: RULE,
        message: mergesNonMap
          ? 'a `<<` merge key names something that is not a mapping: merge only mappings (`<<: *defaults` where `&defaults` marks a mapping)'
          : `the file cannot be read as data: ${(error as Error).message.replace(/\.$/, '')}; remove the aliases (*name) that expand too far`,
        where: mergesNonMap ? badMergeRange(source, doc) : rangeAt(source, 0, 0),
        entity: `${file}#aliases`,
      });
      return { source, data: undefined, broken: true, findings };
    }
  }
  return { source, data, broken, findings };
}

/** Where the first `<<` whose value is not a mapping (or mappings) is; else the file's start. */
function badMergeRange(source: SourceFile, doc: Document.Parsed) {
  let at: [number, number] = [0, 0];
  const resolve = (node: unknown) => (isAlias(node) ? node.resolve(doc) : node);
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (!isScalar(key) || typeof key.value !== 'symbol' || key.value.description !== '<<') return undefined;
      const value = resolve(pair.value);
      const sources = isSeq(value) ? value.items.map(resolve) : [value];
      if (sources.every((item) => isMap(item))) return undefined;
      at = [key.range![0], (pair.value as { range?: [number, number] } | null)?.range?.[1] ?? key.range![1]];
      return visit.BREAK;
    },
  });
  return rangeAt(source, at[0], at[1]);
}

function describeYamlProblem(problem: YAMLError | YAMLWarning, text: string): string {
  if (/Maximum call stack size exceeded/.test(problem.message)) {
    return 'the YAML nests too deeply to be read (thousands of levels): an inventory needs a handful; remove the nesting';
  }
  const summary = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
  switch (problem.code) {
    case 'DUPLICATE_KEY': {
      const key = duplicateKeyText(text, problem.pos[0]);
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
