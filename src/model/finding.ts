import type { FindingData } from './finding-data.js';

export type Severity = 'error' | 'warning';

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** The key of the rule's `meta.messages` the message was rendered from. */
  messageId: string;
  message: string;
  /** What the message says, as data: subjects, amount, due date, advice, placeholder values. */
  data: FindingData;
  /** Absolute path of the file the finding is about; reporters make it relative. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Rule id plus the entity the finding is about: stable when YAML moves around. */
  fingerprint: string;
  /** Set when an inline suppression covers the finding; it then fails nothing. */
  suppression?: { justification: string; file: string; line: number };
}

/** The error a withheld finding waits for: a syntax or schema error, at its cause. */
export interface Blocker {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  message: string;
  fingerprint: string;
}

/**
 * A finding held back because it may rest on what the linter could not read: its advice
 * waits until the blocking error is fixed. It is listed, counted and compared like any
 * other finding; it is only its advice that is not to be followed yet.
 */
export interface WithheldFinding extends Finding {
  waitsFor: Blocker;
}

export function byPosition(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
