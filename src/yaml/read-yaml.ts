import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  visit,
  type Document,
  type Node,
  type ParsedNode,
} from 'yaml';
import type { Path, SourceRange } from '../model/location.js';
import type { LinePositions } from './line-starts.js';
import { lookup, stepInto } from './position-lookup.js';
import { buildPositionTable, shapeOf, shownEnd, type PositionTable } from './positions.js';
import { releaseScanner, tryQuickParse } from './quick-scanner.js';

/**
 * The only way into YAML (text → data, problems, locate). Which reader ran is private: the
 * fast scanner for the plain subset inventories are written in, yaml's full parser for
 * anything else, which also reports every error.
 */
export interface YamlProblem {
  /** yaml's code: DUPLICATE_KEY, BAD_INDENT, TAB_AS_INDENT... */
  code: string;
  /** yaml's own message. */
  message: string;
  start: number;
  end: number;
}

export interface ReadYamlOptions {
  /** yaml's guard against alias expansion bombs ("billion laughs"). */
  maxAliasCount: number;
  /** yaml's strict mode. */
  strict?: boolean;
  /**
   * Read every document of the stream and list those after the first in `extraDocuments`
   * (otherwise a second document is one of yaml's errors).
   */
  manyDocuments?: boolean;
  /** `full` skips the fast scanner: for text that was not valid UTF-8, and for tests. */
  reader?: 'auto' | 'full';
}

export class YamlText {
  /**
   * The first document as plain data; undefined without a document or when it cannot be
   * built, and after `compact()`.
   */
  get data(): unknown {
    return this.plain;
  }
  private plain: unknown;
  /** yaml's errors, then its warnings (none when the fast scanner read the text). */
  readonly errors: readonly YamlProblem[];
  readonly warnings: readonly YamlProblem[];
  /** Where each document after the first starts. */
  readonly extraDocuments: readonly number[];
  /** Why the data could not be built (too many aliases), if so. */
  readonly dataProblem: string | undefined;
  /** Where a `<<` merges something that is not a mapping, when that is why the data could not be built. */
  readonly badMerge: [number, number] | undefined;
  /** True when the data is missing or a best effort: errors other than a repeated key (where the last value wins). */
  readonly broken: boolean;
  private readonly lineCounter: LinePositions;
  /** yaml's Document, kept until `compact()`: it answers `locate` exactly while alive. */
  private doc: Document.Parsed | undefined;
  private positions: PositionTable | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
    options: ReadYamlOptions,
  ) {
    const quick = options.reader === 'full' ? undefined : tryQuickParse(text);
    if (quick) {
      this.lineCounter = quick.lineCounter;
      this.positions = quick.positions;
      this.plain = quick.data;
      this.errors = [];
      this.warnings = [];
      this.extraDocuments = [];
      this.dataProblem = undefined;
      this.badMerge = undefined;
      this.broken = false;
      return;
    }
    const lineCounter = new LineCounter();
    this.lineCounter = lineCounter;
    const parseOptions = {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      // `<<: *defaults` brings in the anchored mapping's keys, as hand-kept YAML expects.
      merge: true,
      // yaml would otherwise print its warnings (a key that is a collection) on stderr through
      // process.emitWarning; they are its problems to report, not Node's.
      logLevel: 'error' as const,
      ...(options.strict ? { strict: true } : {}),
    };
    let docs: Document.Parsed[];
    if (options.manyDocuments) {
      const documents = parseAllDocuments(text, parseOptions);
      docs = Array.isArray(documents) ? documents : [];
    } else {
      docs = [parseDocument(text, parseOptions)];
    }
    const doc = docs[0];
    this.doc = doc;
    this.extraDocuments = docs.slice(1).map((extra) => extra.range[0]);
    const problem = (p: { code: string; message: string; pos: [number, number] }): YamlProblem => ({
      code: p.code,
      message: p.message,
      start: p.pos[0],
      end: p.pos[1],
    });
    this.errors = doc ? doc.errors.map(problem) : [];
    this.warnings = doc ? doc.warnings.map(problem) : [];
    let broken = doc === undefined || doc.errors.some((e) => e.code !== 'DUPLICATE_KEY');
    let data: unknown;
    let dataProblem: string | undefined;
    this.badMerge = undefined;
    if (doc) {
      try {
        data = doc.toJS({ maxAliasCount: options.maxAliasCount });
      } catch (error) {
        dataProblem = (error as Error).message;
        if (/Merge sources must be maps/.test(dataProblem)) this.badMerge = badMergeRange(doc);
        data = undefined;
        broken = true;
      }
    }
    this.plain = data;
    this.dataProblem = dataProblem;
    this.broken = broken;
  }

  /** A 1-based range from two offsets into the text. */
  rangeAt(start: number, end: number): SourceRange {
    return rangeAt({ file: this.file, lineCounter: this.lineCounter }, start, end);
  }

  /**
   * Turns a path inside the document into a 1-based range. A path that does not exist
   * (a missing key) falls back to the nearest node that does, so every finding has a line.
   * `onKey` points at the key of the last segment instead of its value (unknown keys).
   */
  locate(path: Path, onKey = false): SourceRange {
    return locate(
      { file: this.file, text: this.text, lineCounter: this.lineCounter, doc: this.doc, positions: this.positions },
      path,
      onKey,
    );
  }

  /**
   * Drops yaml's Document and keeps a table of positions: a Document costs several times
   * the memory of everything else, and the loader holds every file until the run ends.
   * Drops the data too, which the caller has taken by then: kept, every entry of every
   * file stayed alive until the end (about 5 MB more at the benchmark's M, and a longer
   * garbage collection).
   */
  compact(): void {
    this.plain = undefined;
    if (!this.doc) return;
    this.positions = buildPositionTable(this.doc, this.text);
    this.doc = undefined;
  }
}

export function readYaml(file: string, text: string, options: ReadYamlOptions): YamlText {
  return new YamlText(file, text, options);
}

/**
 * Frees what the reader keeps between files to read the next one faster (its token arrays,
 * 7 MB after the benchmark's 2 MB files): call it once a set of files is read.
 */
export function doneReading(): void {
  releaseScanner();
}

/** The state `locate` works from: yaml's Document while it is alive, else a table of positions. */
export interface SourceFile {
  file: string;
  text: string;
  lineCounter: LinePositions;
  doc?: Document.Parsed;
  positions?: PositionTable;
}

export function rangeAt(source: Pick<SourceFile, 'file' | 'lineCounter'>, start: number, end: number): SourceRange {
  const from = source.lineCounter.linePos(start);
  const to = source.lineCounter.linePos(Math.max(end, start));
  return { file: source.file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/**
 * Turns a path inside the document into a 1-based range. A path that does not exist
 * (a missing key) falls back to the nearest node that does, so every finding has a line.
 * `onKey` points at the key of the last segment instead of its value (unknown keys).
 */
export function locate(source: SourceFile, path: Path, onKey = false): SourceRange {
  if (source.positions) {
    const found = lookup(source.positions, source.text, path, onKey);
    return found ? rangeAt(source, found.start, found.end) : rangeAt(source, 0, 0);
  }
  const doc = source.doc;
  if (!doc?.contents) return rangeAt(source, 0, 0);
  let node: Node | null = doc.contents;
  let keyNode: Node | null = null;
  let complete = true;
  for (const segment of path) {
    const next = stepInto(node, segment, doc);
    if (!next) {
      complete = false;
      break;
    }
    node = next.value;
    keyNode = next.key;
  }
  // The key of a path that stops short is not the key asked for: show the value reached.
  const target = (onKey && complete && keyNode ? keyNode : (node ?? keyNode)) as ParsedNode | null;
  if (!target?.range) return rangeAt(source, 0, 0);
  const [start, valueEnd] = target.range;
  return rangeAt(source, start, shownEnd(source.text, start, valueEnd, shapeOf(target)));
}

/** Where the first `<<` whose value is not a mapping (or a list of mappings) is. */
function badMergeRange(doc: Document.Parsed): [number, number] | undefined {
  let at: [number, number] | undefined;
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
  return at;
}
