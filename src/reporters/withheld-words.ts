import type { Blocker, Finding, WithheldFinding } from '../model/finding.js';
import { plural } from '../util/format.js';
import { displayPath } from '../util/paths.js';

/** What a withheld finding waits for, in every format: "the inventory/schema error at f.yaml:82". */
export function blockerWords(blocker: Blocker, cwd: string): string {
  return `the ${blocker.ruleId} error at ${displayPath(blocker.file, cwd)}:${blocker.line}`;
}

/** The note a format that shows a withheld finding among the others puts before its message. */
export function withheldNote(finding: WithheldFinding, cwd: string): string {
  return `withheld until ${blockerWords(finding.waitsFor, cwd)} is fixed: its advice may rest on what could not be read`;
}

/** The summary's words for the withheld findings; empty when there are none. */
export function withheldCount(withheld: readonly Finding[]): string {
  if (withheld.length === 0) return '';
  return withheld.length === 1
    ? '1 finding withheld until the error it waits for is fixed'
    : `${plural(withheld.length, 'finding')} withheld until the errors they wait for are fixed`;
}

/** The finding a blocker names, as a key that a shown finding also has. */
export function blockerKey(blocker: Pick<Blocker, 'file' | 'line' | 'column' | 'fingerprint'>): string {
  return `${blocker.file}\0${blocker.line}\0${blocker.column}\0${blocker.fingerprint}`;
}
