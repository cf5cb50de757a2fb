/** The top-level lists of an inventory file that hold entities. */
export const ENTITY_LISTS = ['entitlements', 'licenseServers', 'allocations', 'netscalerConsoles', 'netscalerInstances'] as const;
export type EntityList = (typeof ENTITY_LISTS)[number];

export function isEntityList(key: unknown): key is EntityList {
  return (ENTITY_LISTS as readonly unknown[]).includes(key);
}
