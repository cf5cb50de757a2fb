import type { EntityList } from '../model/entity-lists.js';

/**
 * What each rule concludes from besides the entity a finding is about: an orphaned
 * allocation is one whose hostname no license server has, so it reads every license server.
 * While an entity of such a list could not be read as written (a schema or syntax error),
 * the rule's findings may follow from that error, and their advice (return, remove, buy) is
 * not safe to follow: the engine holds them back until the error is fixed.
 * A rule not listed reads only the entity its finding is about.
 */
export const READS: Readonly<Record<string, readonly EntityList[]>> = {
  'allocation/inactive-entitlement': ['entitlements'],
  'allocation/orphaned-hostname': ['licenseServers', 'netscalerConsoles', 'netscalerInstances', 'entitlements'],
  'allocation/over-entitlement': ['allocations', 'entitlements'],
  // A host missing from a list that could not be read is not a host nobody wrote down.
  'collected/unlisted-host': ['licenseServers', 'netscalerConsoles', 'netscalerInstances'],
  'inventory/reference': ['entitlements', 'netscalerConsoles'],
  'license-file/inactive-perpetual': ['entitlements'],
  'license-file/unallocated': ['allocations', 'entitlements'],
  'licenses/in-use-exceeds-purchased': ['entitlements', 'licenseServers'],
  'licenses/installed-exceeds-purchased': ['entitlements', 'licenseServers', 'netscalerConsoles'],
  'netscaler-console/missing-license-files': ['netscalerInstances'],
  'netscaler-instance/las-version': ['netscalerConsoles'],
  'netscaler-instance/no-console': ['netscalerConsoles'],
};

/**
 * Rules that read only the identity of entities (hostname, id, a named reference): a schema
 * error in another field of an entity does not change their conclusion.
 */
export const IDENTITY_ONLY: ReadonlySet<string> = new Set(['inventory/duplicate', 'inventory/reference']);
