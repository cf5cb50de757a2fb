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
  ruleIds: string[];
  reason?: string;
  until?: string;
  /** What is wrong with the directive, if anything; such a directive suppresses nothing. */
  problem?: string;
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
    if (directive.kind === 'next-line') directive.target = (nextContent ??= nextContentLines(lines))[index + 1];
    const until = /^until\s+(\S+?):\s*(.*)$/.exec(reasonText);
    if (until) {
      if (!isIsoDate(until[1]!)) directive.problem = `the expiry "${until[1]}" is not a date written YYYY-MM-DD`;
      directive.until = until[1];
      directive.reason = until[2] || undefined;
    } else {
      directive.reason = reasonText || undefined;
    }
    if (directive.ruleIds.length === 0) directive.problem ??= 'names no rule: write the rule id after the directive';
    else if (!directive.reason)
      directive.problem ??= 'has no reason: add ` -- <why this is an accepted exception>` so reviewers and auditors can judge it';
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
