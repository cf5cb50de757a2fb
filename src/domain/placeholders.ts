/**
 * The values `init` writes for an admin to replace. A starter inventory committed as it is
 * must not pass a pull-request check: inventory/placeholder reports each until replaced.
 */
export const STARTER = {
  entitlementId: 'example-subscription',
  hostname: 'REPLACE-hostname',
} as const;

/**
 * `example-subscription`, or a value that starts with the word REPLACE (`REPLACE`,
 * `REPLACE-hostname`, `REPLACE_ME`); a real name that merely starts with the letters
 * (`REPLACEMENT01`) is not one.
 */
export function isPlaceholder(value: string): boolean {
  if (value.startsWith('REPLACE')) return !/^[A-Za-z0-9]/.test(value.slice(7));
  return value === STARTER.entitlementId;
}
