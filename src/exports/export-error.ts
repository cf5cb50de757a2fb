/** An export that cannot be read as what it claims to be; the CLI names the file and exits 2. */
export class ExportError extends Error {
  override name = 'ExportError';
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}
