/** The run cannot start: a bad option, a missing path, an invalid configuration (exit 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}
