import { isSourceRange } from '../model/location.js';
import type { Inventory } from '../model/inventory.js';
import type { RawFinding } from '../model/raw-finding.js';
import { ENTITY_LISTS, type EntityList } from '../model/entity-lists.js';
import type { Cause, Doubts } from '../load/doubts.js';
import type { RuleMeta } from '../rules/rule.js';
import { shortKey } from '../domain/host-names.js';

export interface HeldBack {
  /** The findings that stand: nothing unreadable could undo them. */
  kept: RawFinding[];
  /** The findings that wait, each with the error it waits for. */
  withheld: { finding: RawFinding; cause: Cause }[];
}

/**
 * Runs the rules named again on the inventory without what is in doubt (`namesOnly`: only the
 * entries whose names are in doubt), for the rules that declare a list `adds`.
 */
export type Rejudge = (ruleIds: ReadonlySet<string>, namesOnly: boolean) => readonly RawFinding[];

/**
 * Decides which rule findings rest on what the linter could not read. A finding about an
 * entity in doubt, or from a rule that reads a list (`meta.reads`) holding an entry in doubt
 * that it may concern, may follow from a schema or syntax error rather than from the
 * inventory as meant: its advice (return an allocation, remove licenses, buy more) must not be
 * followed, so it is withheld, and listed with the error it waits for. A rule whose lists
 * only add to its findings (`adds`) keeps those that its readable entries alone still give.
 */
export function holdBack(
  findings: readonly RawFinding[],
  doubts: Doubts,
  metaOf: (ruleId: string) => Pick<RuleMeta<string>, 'reads' | 'identityOnly' | 'evidenceOnly'> | undefined,
  rejudge: Rejudge,
): HeldBack {
  if (!doubts.any) return { kept: [...findings], withheld: [] };
  const allNames = doubts.names();
  const kept: RawFinding[] = [];
  const withheld: HeldBack['withheld'] = [];
  // Findings of rules with `adds` lists in doubt: confirmed on the readable entries, after.
  const toConfirm: { finding: RawFinding; cause: Cause; namesOnly: boolean }[] = [];
  for (const finding of findings) {
    // "Has no telemetry" about an entry a syntax error cut short after its `telemetry:` line is
    // about the block the error lost, not about the inventory: no finding at all.
    if (finding.absent && !isSourceRange(finding.where) && doubts.lostKey(finding.where.file, finding.where.path, finding.absent)) continue;
    const meta = metaOf(finding.ruleId);
    // Nothing in the inventory can undo what collected evidence alone shows (a date from the future).
    if (meta?.evidenceOnly) {
      kept.push(finding);
      continue;
    }
    const reads = meta?.reads ?? {};
    const names = subjectNames(finding.subjects);
    const cause = readCause(reads, 'any', (list) => doubts.concerns(list, names));
    if (cause) {
      withheld.push({ finding, cause });
      continue;
    }
    const added = readCause(reads, 'adds', (list) => doubts.touches(list));
    if (added) {
      toConfirm.push({ finding, cause: added, namesOnly: meta?.identityOnly === true });
      continue;
    }
    const own = ownCause(finding, doubts, allNames, meta?.identityOnly === true);
    if (own) withheld.push({ finding, cause: own });
    else kept.push(finding);
  }
  for (const namesOnly of [false, true]) {
    const group = toConfirm.filter((c) => c.namesOnly === namesOnly);
    if (group.length === 0) continue;
    const readable = new Map<string, RawFinding[]>();
    for (const finding of rejudge(new Set(group.map((c) => c.finding.ruleId)), namesOnly)) {
      const key = identity(finding);
      readable.set(key, [...(readable.get(key) ?? []), finding]);
    }
    for (const { finding, cause } of group) {
      // The same finding on the readable entries alone: shown as they give it (their amount).
      const confirmed = readable.get(identity(finding))?.shift();
      if (confirmed) kept.push(confirmed);
      else withheld.push({ finding, cause });
    }
  }
  return { kept, withheld };
}

/** The inventory without its entries in doubt (`namesOnly`: without those whose names are), for `Rejudge`. */
export function readableInventory(inventory: Inventory, doubts: Doubts, namesOnly: boolean): Inventory {
  const readable = { ...inventory };
  for (const list of ENTITY_LISTS) {
    (readable[list] as { at: { file: string; path: readonly (string | number)[] } }[]) = (
      inventory[list] as { at: { file: string; path: readonly (string | number)[] } }[]
    ).filter((entry) => !doubts.inDoubt(entry.at.file, entry.at.path, namesOnly));
  }
  return readable;
}

function readCause(
  reads: Partial<Record<EntityList, 'any' | 'adds'>>,
  mode: 'any' | 'adds',
  cause: (list: EntityList) => Cause | undefined,
): Cause | undefined {
  for (const list of ENTITY_LISTS) {
    if (reads[list] !== mode) continue;
    const found = cause(list);
    if (found) return found;
  }
  return undefined;
}

/** The doubt about the finding's own entity: where it is, or (in a license file) the host holding it. */
function ownCause(finding: RawFinding, doubts: Doubts, allNames: ReadonlyMap<string, Cause>, identityOnly: boolean): Cause | undefined {
  if (isSourceRange(finding.where)) {
    for (const name of subjectNames(finding.subjects)) {
      const cause = allNames.get(name);
      if (cause) return cause;
    }
    return undefined;
  }
  const { file, path } = finding.where;
  if (!identityOnly) return doubts.hasEntity(file, path);
  return doubts.inDoubt(file, path, true) ? doubts.hasEntity(file, path.slice(0, 2)) : undefined;
}

/**
 * What a finding is about (its subjects), lower-cased, each also by its short name, since an
 * allocation to `CTXLS01.corp.example` is one to the server `ctxls01`.
 */
export function subjectNames(subjects: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const subject of subjects) {
    if (subject === '') continue;
    names.add(subject.toLowerCase());
    names.add(shortKey(subject));
  }
  return names;
}

/** A finding as two runs of a rule both give it: its rule, entity and message. */
function identity(finding: RawFinding): string {
  return `${finding.ruleId}\0${finding.entity}\0${finding.messageId}`;
}
