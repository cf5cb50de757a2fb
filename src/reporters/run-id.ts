/**
 * What tells two runs on one repository apart (two inventories, a matrix): the id given, else
 * the inventory paths. Safe in a marker, a title and a SARIF category: letters, digits and
 * `._/+-`. The action and the CLI name the same inventory alike, so their SARIF categories agree.
 */
export function runId(explicit: string, inventoryPaths: readonly string[]): string {
  const source = explicit || inventoryPaths.join('+') || 'inventory';
  return (
    source
      .toLowerCase()
      .replace(/[^a-z0-9._/+-]+/g, '-')
      .replace(/^[-./]+|[-./]+$/g, '')
      .slice(0, 60) || 'inventory'
  );
}

/** The SARIF category (upload-sarif's `category:`) of the run on these inventory paths. */
export function sarifCategory(inventoryPaths: readonly string[]): string {
  return `citrix-license-lint/${runId('', inventoryPaths)}`;
}
