import { NAME_KEYS } from '../load/doubts.js';
import type { LoadedInventory } from '../load/load-inventory.js';
import { ENTITY_LISTS, type EntityList } from '../model/entity-lists.js';
import { ruleById } from '../rules/index.js';
import { subjectNames } from './hold-back.js';

/** Loader findings that make the engine hold back rule findings resting on them (load/doubts.ts). */
const WITHHOLDING_RULES = new Set(['inventory/yaml-syntax', 'inventory/schema']);

/** What `bearsOn` needs of a finding: where it is, and (for a rule's finding) its rule and subjects. */
export interface BearingAt {
  file: string;
  ruleId?: string;
  data?: { subjects: readonly string[] };
  /** A withheld finding: the error it waits for. */
  waitsFor?: { file: string };
}

/**
 * What bears on the verdict of the files named, when their inventory was read whole: their
 * own findings, those of the license files they name, and the syntax and schema errors of
 * the other files of the inventory: a part of the inventory that could not be read may hold
 * what would change the named files' verdict, so a reviewer of one file sees that the whole is
 * not readable. A finding located in another file bears on them too when its rule concluded
 * from a list (`meta.reads`) whose entries in the named files name what the finding is about
 * (the lab file's allocation in an over-allocation located at the entitlement; the first of
 * two duplicates), and a withheld finding when the error it waits for is theirs. (The errors
 * that withhold a shown finding show too: `lintExtent`.)
 */
export function bearsOn(named: ReadonlySet<string>, loaded: LoadedInventory): (at: BearingAt) => boolean {
  let namedNames: Map<EntityList, Set<string>> | undefined;
  const takesPart = (ruleId: string, subjects: readonly string[]) => {
    const reads = ruleById(ruleId)?.meta.reads;
    if (!reads || subjects.length === 0) return false;
    namedNames ??= namesInFiles(named, loaded);
    const names = [...subjectNames(subjects)];
    return ENTITY_LISTS.some((list) => reads[list] !== undefined && names.some((name) => namedNames!.get(list)!.has(name)));
  };
  const inNamed = (file: string) => named.has(file) || [...(loaded.licenseFileUsers.get(file) ?? [])].some((user) => named.has(user));
  return ({ file, ruleId, data, waitsFor }) =>
    inNamed(file) ||
    (waitsFor !== undefined && inNamed(waitsFor.file)) ||
    (ruleId !== undefined && WITHHOLDING_RULES.has(ruleId) && loaded.sources.has(file)) ||
    (ruleId !== undefined && data !== undefined && takesPart(ruleId, data.subjects));
}

/** Per list, the names (lower case, and short) that the entries of the named files give or refer to. */
function namesInFiles(named: ReadonlySet<string>, loaded: LoadedInventory): Map<EntityList, Set<string>> {
  const byList = new Map<EntityList, Set<string>>();
  for (const list of ENTITY_LISTS) {
    const names = new Set<string>();
    for (const entry of loaded.inventory[list] as readonly { at: { file: string } }[]) {
      if (!named.has(entry.at.file)) continue;
      const fields = entry as unknown as Record<string, unknown>;
      const values = NAME_KEYS.map((key) => fields[key]).filter((value): value is string => typeof value === 'string');
      for (const name of subjectNames(values)) names.add(name);
    }
    byList.set(list, names);
  }
  return byList;
}
