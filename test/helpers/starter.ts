import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STARTER } from '../../src/domain/placeholders.js';

/** The names an admin writes over `init`'s placeholders in these tests. */
export const OWN_VALUES = { entitlementId: 'uhmc-2026', hostname: 'ctxls01' } as const;

/** The starter inventory that `init` wrote in `root`, with its placeholders replaced as an admin would. */
export function replaceStarterPlaceholders(root: string): void {
  const file = path.join(root, 'inventory', 'licensing.yaml');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replaceAll(STARTER.entitlementId, OWN_VALUES.entitlementId).replaceAll(STARTER.hostname, OWN_VALUES.hostname));
}
