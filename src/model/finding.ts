export type Severity = 'error' | 'warning';

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** In-process only (rule tests check coverage by it); no reporter prints it. */
  messageId?: string;
  message: string;
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

export function byPosition(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
