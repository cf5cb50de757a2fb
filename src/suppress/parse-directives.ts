import { isIsoDate } from '../util/dates.js';

export interface Directive {
  kind: 'next-line' | 'file';
  file: string;
  /** Line of the comment itself (1-based). */
  line: number;
  column: number;
  endColumn: number;
  /** The line it covers (next-line), or undefined for the whole file. */
  target?: number;
  /** The last line it covers: the end of the block entry starting on `target` (next-line). */
  targetEnd?: number;
  /** The text of the line it covers, trimmed (next-line): what identifies it wherever the lines move. */
  targetText?: string;
  ruleIds: string[];
  reason?: string;
  until?: string;
  /**
   * What is wrong with the directive, if anything, as a message of inventory/invalid-suppression;
   * such a directive suppresses nothing.
   */
  problem?: { id: 'badExpiry' | 'noRule' | 'noReason'; values: Record<string, string> };
}

const DIRECTIVE = /^(\s*)#\s*citrix-license-lint-(disable-next-line|disable)\b(.*)$/;

/**
 * Reads `# citrix-license-lint-disable-next-line <rule-id>[, <rule-id>] -- <reason>` and
 * `# citrix-license-lint-disable <rule-id> -- [until YYYY-MM-DD:] <reason>` from whole-line
 * comments. A reason is required, so that every exception is explained in the file.
 */
export function parseDirectives(file: string, text: string): Directive[] {
  const lines = text.split(/\r?\n/);
  const directives: Directive[] = [];
  let nextContent: (number | undefined)[] | undefined;
  const entryEnds = new Map<number, number>();
  lines.forEach((content, index) => {
    const match = DIRECTIVE.exec(content);
    if (!match) return;
    const [, indent, word, rest] = match;
    const [rulesPart, ...reasonParts] = rest!.split(/\s--\s?|^--\s?/);
    const reasonText = reasonParts.join(' -- ').trim();
    const directive: Directive = {
      kind: word === 'disable' ? 'file' : 'next-line',
      file,
      line: index + 1,
      column: indent!.length + 1,
      endColumn: content.trimEnd().length + 1,
      ruleIds: rulesPart!.split(/[\s,]+/).filter(Boolean),
    };
    if (directive.kind === 'next-line') {
      directive.target = (nextContent ??= nextContentLines(lines))[index + 1];
      // Many directives can name one entry (consecutive comments): its end is found once.
      if (directive.target !== undefined) {
        let end = entryEnds.get(directive.target);
        if (end === undefined) entryEnds.set(directive.target, (end = entryEnd(lines, directive.target - 1)));
        directive.targetEnd = end;
        directive.targetText = lines[directive.target - 1]!.trim();
      }
    }
    const until = /^until\s+(\S+?):\s*(.*)$/.exec(reasonText);
    if (until) {
      if (!isIsoDate(until[1]!)) directive.problem = { id: 'badExpiry', values: { until: until[1]! } };
      directive.until = until[1];
      directive.reason = until[2] || undefined;
    } else {
      directive.reason = reasonText || undefined;
    }
    if (directive.ruleIds.length === 0) directive.problem ??= { id: 'noRule', values: {} };
    else if (!directive.reason) directive.problem ??= { id: 'noReason', values: {} };
    directives.push(directive);
  });
  return directives;
}

/**
 * For each line index, the 1-based number of the first content line at or after it. One
 * backward pass: scanning forward from every directive was quadratic in a file of
 * consecutive comments (120k lines: 52 s).
 */
function nextContentLines(lines: readonly string[]): (number | undefined)[] {
  const next: (number | undefined)[] = new Array(lines.length + 1).fill(undefined);
  for (let i = lines.length - 1; i >= 0; i--) {
    const trimmed = lines[i]!.trim();
    next[i] = trimmed !== '' && !trimmed.startsWith('#') ? i + 1 : next[i + 1];
  }
  return next;
}

/**
 * The last line of the block entry that starts on line index `start`: an entry (`- ...`) or
 * a key whose value is on the lines below runs until a line indented no deeper than it.
 * Findings of an entry land on any of its lines (the hostname, the telemetry date...), so
 * a directive written above the entry covers them all. A plain `key: value` is one line.
 */
function entryEnd(lines: readonly string[], start: number): number {
  const first = lines[start]!;
  const indent = first.length - first.trimStart().length;
  const opensBlock = /^\s*-(\s|$)/.test(first) || /:\s*(#.*)?$/.test(first.trimEnd());
  if (!opensBlock) return start + 1;
  let end = start;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (line.length - line.trimStart().length <= indent) break;
    end = i;
  }
  return end + 1;
}
