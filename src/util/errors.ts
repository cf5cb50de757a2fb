/** The run cannot start: a bad option, a missing path, an invalid configuration (exit 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * The inputs name no inventory: a missing path, or a folder without YAML files. Linting an
 * older commit treats it as an empty inventory (it did not exist yet), so it has its own type.
 */
export class NoInventoryError extends UsageError {
  override name = 'NoInventoryError';
}
