import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import type { RawFinding } from '../model/raw-finding.js';
import type { MessageValues } from '../model/finding-data.js';
import type { SourceRange } from '../model/location.js';
import { readYaml, type YamlProblem, type YamlText } from '../yaml/read-yaml.js';
import { diskFileSystem, type FileSystem } from '../io/file-system.js';
import { capQuotes } from '../util/format.js';

export interface ParsedFile {
  source: YamlText;
  /** The document as plain data; undefined when nothing usable could be read. */
  data: unknown;
  /** True when the YAML had errors: its data is a best effort and is not schema-checked. */
  broken: boolean;
  findings: RawFinding[];
  /**
   * What puts parts of the file in doubt, each with its finding and offset into the text: each
   * repeated key (the key named); in a broken file the problem that broke it (what follows is a
   * best effort), else a second document, which is not read.
   */
  doubts: { finding: RawFinding; at: number; repeatedKey?: string }[];
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

/** A finding of inventory/yaml-syntax: one of its messages (src/rules/inventory/yaml-syntax.ts) with its values. */
function syntaxFinding(
  file: string,
  messageId: string,
  values: MessageValues,
  where: SourceRange,
  entity: string,
  keyed = false,
): RawFinding {
  return {
    ruleId: RULE,
    messageId,
    values,
    subjects: [path.basename(file)],
    where,
    entity,
    ...(keyed ? { keyedByMessage: true as const } : {}),
  };
}

export function parseInventoryFile(file: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS, fs: FileSystem = diskFileSystem): ParsedFile {
  const empty = (messageId: string, values: MessageValues = {}): ParsedFile => {
    const source = readYaml(file, '', { maxAliasCount: limits.maxAliasCount });
    const finding = syntaxFinding(file, messageId, values, source.rangeAt(0, 0), file);
    return { source, data: undefined, broken: true, findings: [finding], doubts: [{ finding, at: 0 }] };
  };

  let buffer: Buffer;
  try {
    const size = fs.stat(file)?.size ?? 0;
    if (size > limits.maxFileBytes) return empty('tooLarge', { size: formatBytes(size), limit: formatBytes(limits.maxFileBytes) });
    buffer = fs.readFile(file);
  } catch (error) {
    return empty('cannotRead', { code: (error as NodeJS.ErrnoException).code ?? 'error' });
  }
  const utf16 = decodeUtf16(buffer);
  if (utf16 === undefined && buffer.includes(0)) return empty(looksLikeUtf16(buffer) ? 'utf16' : 'binary');
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
    findings.push(syntaxFinding(file, 'invalidUtf8', {}, source.rangeAt(offset, offset + 1), file));
  }
  const doubts: ParsedFile['doubts'] = [];
  for (const start of source.extraDocuments) {
    const separator = text.lastIndexOf('---', start);
    const finding = syntaxFinding(
      file,
      'secondDocument',
      {},
      source.rangeAt(separator === -1 ? start : separator, start),
      `${file}#documents`,
    );
    if (doubts.length === 0) doubts.push({ finding, at: start });
    findings.push(finding);
  }
  // A broken file gets one syntax finding, its cause: yaml goes on to report every line the
  // first mistake threw out of step, and those are noise that hides it.
  const problems = source.broken ? firstCause(source.errors) : [...source.errors, ...source.warnings];
  let breaking: { at: number; finding: RawFinding } | undefined;
  const repeated: ParsedFile['doubts'] = [];
  for (const problem of problems) {
    const opener = problem.code === 'MISSING_CHAR' || problem.code === 'BAD_INDENT' ? unclosedFlowStart(text, problem) : undefined;
    const start = opener ?? problem.start;
    const end =
      problem.code === 'DUPLICATE_KEY'
        ? problem.start + duplicateKeyText(text, problem.start).length
        : opener !== undefined
          ? opener + 1
          : problem.end;
    const [messageId, values] = opener !== undefined ? unclosedMessage(text[opener]!) : describeYamlProblem(problem, text);
    // Identified by what is wrong, not where: a pull request that adds lines above an old
    // syntax problem does not make it new.
    const finding = syntaxFinding(file, messageId, values, source.rangeAt(start, end), `${file}#`, true);
    if (problem.code === 'DUPLICATE_KEY') repeated.push({ finding, at: problem.start, repeatedKey: duplicateKeyText(text, problem.start) });
    else if (!breaking || problem.start < breaking.at) breaking = { at: problem.start, finding };
    findings.push(finding);
  }
  if (source.dataProblem !== undefined) {
    const where = source.badMerge ? source.rangeAt(source.badMerge[0], source.badMerge[1]) : source.rangeAt(0, 0);
    const values: MessageValues = source.badMerge ? {} : { problem: source.dataProblem.replace(/\.$/, '') };
    findings.push(syntaxFinding(file, source.badMerge ? 'badMerge' : 'aliases', values, where, `${file}#aliases`));
  }
  if (source.broken && breaking) doubts.splice(0, doubts.length, ...repeated, breaking);
  else if (!source.broken) doubts.push(...repeated);
  return { source, data: source.data, broken: source.broken, findings, doubts };
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

/**
 * The clearest of a broken file's errors (a tab in the indentation explains all that follows
 * it, else the first), and the repeated keys above it: yaml found those before it lost its
 * way, and each is a mistake of its own.
 */
function firstCause(errors: readonly YamlProblem[]): YamlProblem[] {
  const broken = errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  if (broken.length === 0) return [...errors];
  const byStart = [...broken].sort((a, b) => a.start - b.start);
  const first = byStart[0]!;
  const tab = byStart.find((e) => e.code === 'TAB_AS_INDENT');
  // A tab two lines below an earlier error is not what broke the file.
  const cause = tab && tab.start <= first.start + 200 ? tab : first;
  return [...errors.filter((e) => e.code === 'DUPLICATE_KEY' && e.start < first.start), cause];
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

function unclosedMessage(bracket: string): [string, MessageValues] {
  return ['unclosed', { bracket, close: bracket === '{' ? '}' : ']', kind: bracket === '{' ? 'mapping' : 'list' }];
}

/** A message of inventory/yaml-syntax for one of yaml's problems, with its values. */
function describeYamlProblem(problem: YamlProblem, text: string): [string, MessageValues] {
  if (/Maximum call stack size exceeded/.test(problem.message)) return ['tooDeep', {}];
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
      return ['duplicateKey', { key: written.length > 40 ? `${written.slice(0, 37)}...` : written }];
    }
    case 'TAB_AS_INDENT':
      return ['tab', {}];
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return ['layout', { problem: summary }];
    default:
      return ['syntax', { problem: summary }];
  }
}

function duplicateKeyText(text: string, offset: number): string {
  return (/^[^:\n]*/.exec(text.slice(offset, offset + 200))?.[0] ?? '').trim();
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
