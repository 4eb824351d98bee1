/** A source file (or option) the importer cannot use, with the file's line when known. */
export class ImportError extends Error {
  override name = 'ImportError';

  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}
