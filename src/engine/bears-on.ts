import type { LoadedInventory } from '../load/load-inventory.js';

/** Loader findings that make the engine hold back rule findings resting on them (load/doubts.ts). */
const WITHHOLDING_RULES = new Set(['inventory/yaml-syntax', 'inventory/schema']);

/**
 * What bears on the verdict of the files named, when their inventory was read whole: their
 * own findings, those of the license files they name, and the syntax and schema errors of
 * the other files of the inventory: a part of the inventory that could not be read may hold
 * what would change the named files' verdict, so a reviewer of one file sees that the whole is
 * not readable. (The errors that withhold a shown finding show too: `lintExtent`.)
 */
export function bearsOn(named: ReadonlySet<string>, loaded: LoadedInventory): (at: { file: string; ruleId?: string }) => boolean {
  return ({ file, ruleId }) =>
    named.has(file) ||
    [...(loaded.licenseFileUsers.get(file) ?? [])].some((user) => named.has(user)) ||
    (ruleId !== undefined && WITHHOLDING_RULES.has(ruleId) && loaded.sources.has(file));
}
