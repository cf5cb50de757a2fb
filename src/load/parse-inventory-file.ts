import { isUtf8 } from 'node:buffer';
import type { RawFinding } from '../model/raw-finding.js';
import { readYaml, type YamlProblem, type YamlText } from '../yaml/read-yaml.js';
import { diskFileSystem, type FileSystem } from '../io/file-system.js';
import { capQuotes } from '../util/format.js';

export interface ParsedFile {
  source: YamlText;
  /** The document as plain data; undefined when nothing usable could be read. */
  data: unknown;
  /** True when the YAML had errors: its data is a best effort and is not schema-checked. */
  broken: boolean;
  /** Where the first syntax problem is (offset into the text): what follows it is in doubt. */
  firstProblemAt?: number;
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
  const utf16 = decodeUtf16(buffer);
  if (utf16 === undefined && buffer.includes(0)) {
    if (looksLikeUtf16(buffer))
      return empty('UTF-16: save as UTF-8 (this file is UTF-16 without a byte order mark; in PowerShell use `Out-File -Encoding utf8`)');
    return empty('this is a binary file, not YAML: remove it from the inventory folder');
  }
  const findings: RawFinding[] = [];
  // isUtf8 is a single native pass; a fatal TextDecoder costs more to set up than to run.
  const invalidUtf8 = utf16 === undefined && !isUtf8(buffer);
  let text = utf16 ?? buffer.toString('utf8');
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
  // A broken file gets one syntax finding, its cause: yaml goes on to report every line the
  // first mistake threw out of step, and those are noise that hides it.
  const problems = source.broken ? firstCause(source.errors) : [...source.errors, ...source.warnings];
  for (const problem of problems) {
    const opener = problem.code === 'MISSING_CHAR' || problem.code === 'BAD_INDENT' ? unclosedFlowStart(text, problem) : undefined;
    const start = opener ?? problem.start;
    const end =
      problem.code === 'DUPLICATE_KEY'
        ? problem.start + duplicateKeyText(text, problem.start).length
        : opener !== undefined
          ? opener + 1
          : problem.end;
    const message = opener !== undefined ? unclosedMessage(text[opener]!) : describeYamlProblem(problem, text);
    // Identified by what is wrong, not where: a pull request that adds lines above an old
    // syntax problem does not make it new.
    findings.push({ ruleId: RULE, message, where: source.rangeAt(start, end), entity: `${file}#${message}` });
  }
  const firstProblemAt = problems.length > 0 ? Math.min(...problems.map((p) => p.start)) : undefined;
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
  return { source, data: source.data, broken: source.broken, findings, ...(firstProblemAt === undefined ? {} : { firstProblemAt }) };
}

/**
 * Windows PowerShell 5.1 writes UTF-16 with a byte order mark for `>` and `Out-File`: such a
 * file is text, not binary. Undefined when the buffer does not start with a UTF-16 BOM.
 */
function decodeUtf16(buffer: Buffer): string | undefined {
  if (buffer.length < 2) return undefined;
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.subarray(2, buffer.length - (buffer.length % 2)).toString('utf16le');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    const swapped = Buffer.from(buffer.subarray(2, buffer.length - (buffer.length % 2)));
    return swapped.swap16().toString('utf16le');
  }
  return undefined;
}

/** Text in UTF-16 without a BOM: ASCII characters leave every other byte zero. */
function looksLikeUtf16(buffer: Buffer): boolean {
  const sample = buffer.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  return pairs >= 4 && Math.max(evenZeros, oddZeros) >= pairs * 0.9 && Math.min(evenZeros, oddZeros) <= pairs * 0.05;
}

/** The clearest of a broken file's errors: a tab in the indentation explains all that follows it, else the first. */
function firstCause(errors: readonly YamlProblem[]): YamlProblem[] {
  const broken = errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  if (broken.length === 0) return [...errors];
  const byStart = [...broken].sort((a, b) => a.start - b.start);
  const first = byStart[0]!;
  const tab = byStart.find((e) => e.code === 'TAB_AS_INDENT');
  // A tab two lines below an earlier error is not what broke the file.
  return [tab && tab.start <= first.start + 200 ? tab : first];
}

/**
 * yaml reports an unclosed `{` or `[` where it gave up (the next line, or the end of the
 * file); the user must look where it opens. Finds the innermost bracket still open at the
 * error, skipping quoted text and comments.
 */
function unclosedFlowStart(text: string, problem: YamlProblem): number | undefined {
  if (!/end with an? [}\]]|flow (map|sequence|collection)/i.test(problem.message)) return undefined;
  const open: number[] = [];
  let quote = '';
  for (let i = 0; i < Math.min(problem.start, text.length); i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    // A quote opens a quoted scalar only where a scalar starts (`it's` is plain text).
    if ((c === '"' || c === "'") && /(^|[\s:,[{-])$/.test(text.slice(Math.max(0, i - 1), i))) quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i) - 1;
    else if (c === '{' || c === '[') open.push(i);
    else if ((c === '}' || c === ']') && open.length > 0) open.pop();
  }
  return open.pop();
}

function unclosedMessage(bracket: string): string {
  const close = bracket === '{' ? '}' : ']';
  return `this \`${bracket}\` is never closed: end it with \`${close}\` (a flow ${bracket === '{' ? 'mapping' : 'list'} is written on one line, or each following line indented more than its key)`;
}

function describeYamlProblem(problem: YamlProblem, text: string): string {
  if (/Maximum call stack size exceeded/.test(problem.message)) {
    return 'the YAML nests too deeply to be read (thousands of levels): an inventory needs a handful; remove the nesting';
  }
  // yaml quotes the offending source; a short start of it is enough to find it.
  const summary = capQuotes(
    problem.message
      .split('\n')[0]!
      .replace(/ at line \d+, column \d+:?$/, '')
      .replace(/\.$/, ''),
  );
  switch (problem.code) {
    case 'DUPLICATE_KEY': {
      const written = duplicateKeyText(text, problem.start);
      const key = written.length > 40 ? `${written.slice(0, 37)}...` : written;
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
